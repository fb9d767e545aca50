/** @jsxImportSource react */

import {
  BUBBLE_MAX_WIDTH_PX,
  BUBBLE_VIEWPORT_SHARE,
  CAROUSEL_GUTTER_PX,
  CHAT_WIDTH_VAR,
} from "@flexkit/draw";
import { compressToEncodedURIComponent } from "lz-string";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { App } from "../../../packages/simulator/src/app/app.js";
import { Chat } from "../../../packages/simulator/src/app/chat.js";
import { DEVICE_PRESETS } from "../../../packages/simulator/src/app/view-settings.js";
import { offlineImages } from "../../draw/offline-images.js";

/**
 * The chat around a message at each phone preset (RENDERING.md §2, §3, §5), in the real app with
 * its device control: nothing the chat draws is cut off at the chat's edge, a bubble keeps the
 * 80 % rule, and a carousel scrolls across the whole chat, under the avatar, so each of its
 * bubbles can be seen whole.
 */
const fixtures = import.meta.glob<unknown>(
  "../../../../shared/fixtures/real-world/flex/line-bot-sdk-java/{Receipt,Shopping}.json",
  { eager: true, import: "default" },
);

function fixture(name: string): unknown {
  const found = Object.entries(fixtures).find(([path]) => path.endsWith(`/${name}.json`));
  if (found === undefined) throw new Error(`no fixture ${name}`);
  return found[1];
}

/** A mega bubble (Receipt) and a carousel of three mega bubbles (Shopping). */
const receipt = fixture("Receipt");
const shopping = fixture("Shopping");

let root: Root | undefined;
let host: HTMLElement | undefined;

// The whole app fits the page, so what elementFromPoint finds is what a person would see.
beforeAll(() => page.viewport(1500, 800));

afterEach(() => {
  root?.unmount();
  host?.remove();
  window.location.hash = "";
});

async function openApp(contents: unknown, device: string): Promise<HTMLElement> {
  const message = { type: "flex", altText: "device", contents: offlineImages(contents) };
  window.location.hash = `m=${compressToEncodedURIComponent(JSON.stringify(message))}`;
  host = document.createElement("div");
  host.style.cssText = "width: 1500px; height: 800px;";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<App />));
  const select = host.querySelector<HTMLSelectElement>('[data-control="device"]');
  if (select === null) throw new Error("no device control");
  await userEvent.selectOptions(select, device);
  const width = DEVICE_PRESETS.find((preset) => preset.id === device)?.width;
  await expect.poll(() => rect(one(host!, "[data-chat-scroll]")).width).toBe(width);
  return host;
}

function one(view: HTMLElement, selector: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(`[data-chat] ${selector}`);
  if (element === null) throw new Error(`nothing matches ${selector}`);
  return element;
}

const rect = (element: Element) => element.getBoundingClientRect();

/** Inside the chat's visible width, to within a subpixel. */
function expectInside(inner: DOMRect, outer: DOMRect) {
  expect(inner.left).toBeGreaterThanOrEqual(outer.left - 0.5);
  expect(inner.right).toBeLessThanOrEqual(outer.right + 0.5);
}

const phones = DEVICE_PRESETS.filter(
  (preset): preset is Extract<(typeof DEVICE_PRESETS)[number], { width: number }> =>
    preset.width !== undefined && preset.id !== "line-pc",
);

describe("a bubble and its timestamp", () => {
  for (const { id, label, width } of phones) {
    it(`${label}: the bubble keeps the 80 % rule and the timestamp shows whole`, async () => {
      const view = await openApp(receipt, id);
      const chat = rect(one(view, "[data-chat-scroll]"));
      expect(chat.width).toBe(width);
      const bubble = rect(one(view, '[data-flex="bubble"]'));
      expect(bubble.width).toBeCloseTo(
        Math.min(width * BUBBLE_VIEWPORT_SHARE, BUBBLE_MAX_WIDTH_PX.mega),
        0,
      );
      const time = rect(one(view, "[data-time]"));
      expectInside(time, chat);
      expectInside(bubble, chat);
      // Beside the bubble's foot where there is room, under it where there is not; never on it.
      const beside = time.left >= bubble.right && time.bottom <= bubble.bottom + 0.5;
      const under = time.top >= bubble.bottom && time.right > bubble.left + bubble.width / 2;
      expect(beside || under).toBe(true);
      const scroll = one(view, "[data-chat-scroll]");
      expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);
    });
  }
});

describe("a carousel", () => {
  for (const { id, label, width } of phones) {
    it(`${label}: scrolls across the whole chat, under the avatar, and shows each bubble whole`, async () => {
      const view = await openApp(shopping, id);
      const scroll = one(view, "[data-chat-scroll]");
      const chat = rect(scroll);
      const carousel = one(view, '[data-flex="carousel"]');
      const avatar = one(view, "[data-avatar]");
      const bubbles = [...carousel.querySelectorAll<HTMLElement>('[data-flex="bubble"]')];
      const bubbleWidth = Math.min(width * BUBBLE_VIEWPORT_SHARE, BUBBLE_MAX_WIDTH_PX.mega);
      expect(rect(bubbles[0]!).width).toBeCloseTo(bubbleWidth, 0);

      // The carousel's window is the chat's width, wide enough for a bubble and its gutters.
      expect(rect(carousel).left).toBeCloseTo(chat.left, 0);
      expect(rect(carousel).right).toBeCloseTo(chat.right, 0);
      expect(carousel.clientWidth).toBeGreaterThanOrEqual(
        bubbleWidth + 2 * CAROUSEL_GUTTER_PX.outer,
      );
      // Unscrolled, the first bubble starts where a message does: right of the avatar.
      expect(rect(bubbles[0]!).left).toBeGreaterThan(rect(avatar).right);
      expect(scroll.scrollWidth).toBeLessThanOrEqual(scroll.clientWidth);

      // Scrolled, bubbles pass under the avatar, which stays on top.
      carousel.scrollLeft = rect(bubbles[0]!).left - chat.left;
      const a = rect(avatar);
      const below = a.bottom + 10;
      const atAvatar = document.elementFromPoint(a.left + a.width / 2, a.top + a.height / 2);
      expect(atAvatar?.closest("[data-avatar]")).toBe(avatar);
      const besideAvatar = document.elementFromPoint(a.left + a.width / 2, below);
      expect(besideAvatar?.closest('[data-flex="bubble"]')).toBe(bubbles[0]);

      // Every bubble can be brought whole into view, the last one with its timestamp.
      for (const bubble of bubbles) {
        bubble.scrollIntoView({ inline: "center", block: "nearest" });
        expectInside(rect(bubble), chat);
      }
      carousel.scrollLeft = carousel.scrollWidth;
      expectInside(rect(bubbles.at(-1)!), chat);
      const time = rect(one(view, "[data-time]"));
      expectInside(time, chat);
      expect(time.left).toBeGreaterThanOrEqual(rect(bubbles.at(-1)!).right);
    });
  }
});

describe("the chat's width", () => {
  it("is given to what it draws, and follows the chat when it is resized", async () => {
    host = document.createElement("div");
    host.style.cssText = "width: 360px; height: 700px;";
    document.body.append(host);
    root = createRoot(host);
    flushSync(() => root!.render(<Chat payload={offlineImages(receipt)} />));
    const area = one(host, "[data-chat-scroll]");
    const bubble = one(host, '[data-flex="bubble"]');
    const given = () => getComputedStyle(area).getPropertyValue(CHAT_WIDTH_VAR);
    // At once, so that what is measured right after drawing is right too.
    expect(given()).toBe(`${area.clientWidth}px`);
    expect(rect(bubble).width).toBeCloseTo(area.clientWidth * BUBBLE_VIEWPORT_SHARE, 1);
    host.style.width = "300px";
    await expect.poll(given).toBe(`${area.clientWidth}px`);
    expect(rect(bubble).width).toBeCloseTo(area.clientWidth * BUBBLE_VIEWPORT_SHARE, 1);
  });

  it("follows a width the app renders in the same commit, before anything can measure it", () => {
    host = document.createElement("div");
    document.body.append(host);
    root = createRoot(host);
    // As the app's device presets do: the chat's frame gets its width in the render that
    // redraws the chat. Export PNG or a person looks right after; no frame goes by.
    const draw = (width: number) =>
      flushSync(() =>
        root!.render(
          <div style={{ width, height: 700 }}>
            <Chat payload={offlineImages(receipt)} />
          </div>,
        ),
      );
    draw(430);
    const area = one(host, "[data-chat-scroll]");
    for (const width of [360, 300, 393]) {
      draw(width);
      expect(getComputedStyle(area).getPropertyValue(CHAT_WIDTH_VAR)).toBe(`${width}px`);
      expect(rect(one(host, '[data-flex="bubble"]')).width).toBeCloseTo(
        Math.min(width * BUBBLE_VIEWPORT_SHARE, BUBBLE_MAX_WIDTH_PX.mega),
        1,
      );
    }
  });
});
