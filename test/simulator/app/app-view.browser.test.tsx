/** @jsxImportSource react */

import { FONT_SIZE_PX } from "@flexkit/draw";
import { compressToEncodedURIComponent } from "lz-string";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { App } from "../../../packages/simulator/src/app/app.js";
import { CHAT_THEMES, FONT_SCALES } from "../../../packages/simulator/src/app/view-settings.js";

/** The simulator app's view controls (RENDERING.md §5), driven by clicks in real Chromium. */
let root: Root | undefined;
let host: HTMLElement | undefined;

function openApp(payload: unknown): HTMLElement {
  window.location.hash = `m=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
  host = document.createElement("div");
  host.style.cssText = "width: 1000px; height: 700px;";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<App />));
  return host;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
  window.location.hash = "";
});

const message = {
  type: "flex",
  altText: "scaling",
  contents: {
    type: "bubble",
    body: {
      type: "box",
      layout: "vertical",
      contents: [
        { type: "text", text: "follows the setting", scaling: true },
        { type: "text", text: "fixed" },
      ],
    },
  },
};

function select(view: HTMLElement, control: string): HTMLSelectElement {
  const element = view.querySelector<HTMLSelectElement>(`[data-control="${control}"]`);
  if (element === null) throw new Error(`no ${control} control`);
  return element;
}

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe("view controls", () => {
  it("a device preset sets the chat width, and the bubble follows the 80 % rule", async () => {
    const view = openApp(message);
    await userEvent.selectOptions(select(view, "device"), "android-360");
    const chat = view.querySelector("[data-chat]") as HTMLElement;
    await expect.poll(() => chat.getBoundingClientRect().width).toBe(360);
    // At once: the bubble follows in the same commit (an export right after sees it too).
    const bubble = view.querySelector('[data-flex="bubble"]') as HTMLElement;
    expect(bubble.getBoundingClientRect().width).toBeCloseTo(360 * 0.8, 0);
  });

  it("the dark theme darkens the chat, says Flex colours are kept, and leaves the bubble white", async () => {
    const view = openApp(message);
    await userEvent.selectOptions(select(view, "theme"), "dark");
    const chat = view.querySelector("[data-chat]") as HTMLElement;
    expect(getComputedStyle(chat).backgroundColor).toBe(rgb(CHAT_THEMES.dark.wallpaper));
    expect(view.querySelector("[data-dark-note]")?.textContent).toMatchInlineSnapshot(
      `"Dark theme changes the chat only: LINE does not document whether it adapts Flex colours."`,
    );
    const bubble = view.querySelector('[data-flex="bubble"]') as HTMLElement;
    expect(getComputedStyle(bubble).backgroundColor).toBe(rgb("#ffffff"));
  });

  it("a note near the controls lists what LINE does not document, open on a click", async () => {
    const view = openApp(message);
    const notes = view.querySelector<HTMLDetailsElement>("[data-undocumented-notes]");
    const summary = notes?.querySelector("summary");
    expect(summary?.textContent).toBe("What LINE does not document");
    const list = notes?.querySelector("ul") as HTMLElement;
    // Closed, the list is not shown (a closed <details> hides its content from rendering).
    expect(list.checkVisibility()).toBe(false);
    await userEvent.click(summary!);
    expect(list.checkVisibility()).toBe(true);
    expect(list.getBoundingClientRect().height).toBeGreaterThan(0);
    expect([...list.querySelectorAll("li")].map((item) => item.textContent)).toMatchInlineSnapshot(`
        [
          "Spaces in text: runs of spaces and leading spaces show as one space (or none) whether or not wrap is set, as in LINE's Flex Message Simulator; the phone apps may keep them.",
          "A box's borderWidth without a borderColor is drawn black (#000000).",
        ]
      `);
  });

  it("the font size setting scales only the components with scaling: true", async () => {
    const view = openApp(message);
    await userEvent.selectOptions(select(view, "font-scale"), "extra-large");
    const [scaled, fixed] = [...view.querySelectorAll('[data-flex="text"]')].map((el) =>
      Number.parseFloat(getComputedStyle(el).fontSize),
    );
    const extraLarge = FONT_SCALES.find((entry) => entry.id === "extra-large")?.scale ?? 0;
    expect(scaled).toBeCloseTo(FONT_SIZE_PX.md * extraLarge, 3);
    expect(fixed).toBe(FONT_SIZE_PX.md);
  });
});
