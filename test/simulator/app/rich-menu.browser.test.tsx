/** @jsxImportSource react */
import { richMenuMarkup } from "@flexkit/draw";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Chat } from "../../../packages/simulator/src/app/chat.js";
import { ChatModeProvider } from "../../../packages/simulator/src/app/chat-mode/chat-mode.js";
import { EventsPanel } from "../../../packages/simulator/src/app/chat-mode/events-panel.js";

/**
 * Rich menus under the chat (RENDERING.md §6, RULES.md §15) in real Chromium: sizes measured,
 * taps clicked, the webhook events read from the events panel.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

function drawChat(payload: unknown, { width = 393, desktop = false } = {}): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = `width: ${width}px; font-family: sans-serif;`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root!.render(
      <ChatModeProvider desktop={desktop}>
        <div style={{ height: 700 }}>
          <Chat payload={payload} />
        </div>
        <EventsPanel />
      </ChatModeProvider>,
    ),
  );
  return host;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function one(view: ParentNode, selector: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(selector);
  if (element === null) throw new Error(`nothing matches ${selector}`);
  return element;
}

const events = (view: HTMLElement) =>
  [...view.querySelectorAll("[data-event-json]")].map((e) => JSON.parse(e.textContent ?? ""));
const userBubbles = (view: HTMLElement) =>
  [...view.querySelectorAll("[data-user-message]")].map((e) => e.textContent);

const area = (x: number, y: number, width: number, height: number, action: unknown) => ({
  bounds: { x, y, width, height },
  action,
});

/** A large menu (2500×1686): two rows of three. */
const large = {
  size: { width: 2500, height: 1686 },
  selected: true,
  name: "Large",
  chatBarText: "Tap here",
  areas: [
    area(0, 0, 833, 843, { type: "message", label: "Order", text: "I'd like to order" }),
    area(833, 0, 834, 843, { type: "postback", data: "menu=1", displayText: "Show the menu" }),
    area(1667, 0, 833, 843, { type: "uri", label: "Site", uri: "https://example.com" }),
    area(0, 843, 833, 843, { type: "postback", data: "close", inputOption: "closeRichMenu" }),
    area(833, 843, 834, 843, { type: "clipboard", label: "Coupon", clipboardText: "SAVE10" }),
    area(1667, 843, 833, 843, { type: "message", label: "Help", text: "help" }),
  ],
};

const tab = (alias: string, other: string, selected = true) => ({
  size: { width: 2500, height: 843 },
  selected,
  name: `Tab ${alias}`,
  chatBarText: alias,
  areas: [
    area(0, 0, 1250, 843, {
      type: "richmenuswitch",
      richMenuAliasId: other,
      data: `to-${other}`,
    }),
    area(1250, 0, 1250, 843, { type: "message", label: `In ${alias}`, text: alias }),
  ],
});

describe("a rich menu under the chat", () => {
  it("spans the chat's width at the menu's aspect ratio, areas scaled by the same factor", () => {
    const view = drawChat(large);
    const picture = one(view, "[data-rich-menu]");
    const box = picture.getBoundingClientRect();
    expect(box.width).toBe(393);
    // 393 × 1686 / 2500 (RENDERING.md §6).
    expect(box.height).toBeCloseTo((393 * 1686) / 2500, 0);
    const fifth = one(view, "[data-rich-menu-area='4']").getBoundingClientRect();
    expect(fifth.left - box.left).toBeCloseTo((833 * 393) / 2500, 0);
    expect(fifth.top - box.top).toBeCloseTo((843 * 393) / 2500, 0);
    expect(fifth.width).toBeCloseTo((834 * 393) / 2500, 0);
    // The chat bar under it: chatBarText with the arrow of an open menu.
    expect(one(view, "[data-rich-menu-toggle]").textContent).toBe("Tap here ▼");
    // The menu replaces the input bar (RENDERING.md §6).
    expect(view.querySelector("[data-input-bar]")).toBeNull();
  });

  it("without a picture, each area is outlined and captioned with its label, or its type and data", () => {
    const view = drawChat(large);
    const captions = [...view.querySelectorAll("[data-rich-menu-area]")].map((e) => e.textContent);
    expect(captions).toEqual([
      "Order",
      "postback: menu=1",
      "Site",
      "postback: close",
      "Coupon",
      "Help",
    ]);
    expect(getComputedStyle(one(view, "[data-rich-menu-area='0']")).borderTopStyle).toBe("dashed");
  });

  it("with a picture, areas are invisible until asked for, and the picture sits on white", () => {
    const pixel =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    const view = drawChat({ richMenus: { main: large }, images: { main: pixel } });
    const picture = one(view, "[data-rich-menu]");
    expect(picture.dataset.richMenuAlias).toBe("main");
    expect(one(picture, "img").getAttribute("src")).toBe(pixel);
    expect(getComputedStyle(picture).backgroundColor).toBe("rgb(255, 255, 255)");
    expect(one(view, "[data-rich-menu-area='0']").textContent).toBe("");
    expect(getComputedStyle(one(view, "[data-rich-menu-area='0']")).borderTopStyle).toBe("none");
    // The framework-free markup outlines them on request ("Show areas").
    const shown = document.createElement("div");
    shown.innerHTML = richMenuMarkup({ menu: large, image: pixel }, { showAreas: true });
    expect(one(shown, "[data-rich-menu-area='0']").textContent).toBe("Order");
  });

  it("a closed menu (selected: false) shows only the chat bar; the bar opens and closes it", async () => {
    const view = drawChat({ ...large, selected: false });
    expect(view.querySelector("[data-rich-menu]")).toBeNull();
    expect(one(view, "[data-rich-menu-toggle]").textContent).toBe("Tap here ▲");
    await userEvent.click(one(view, "[data-rich-menu-toggle]"));
    await expect.poll(() => view.querySelector("[data-rich-menu]")).not.toBeNull();
    expect(one(view, "[data-rich-menu-toggle]").textContent).toBe("Tap here ▼");
    await userEvent.click(one(view, "[data-rich-menu-toggle]"));
    await expect.poll(() => view.querySelector("[data-rich-menu]")).toBeNull();
  });

  it("areas do what the same actions do in a message; closeRichMenu closes it", async () => {
    const view = drawChat(large);
    await userEvent.click(one(view, "[data-rich-menu-area='0']"));
    await userEvent.click(one(view, "[data-rich-menu-area='1']"));
    await expect.poll(() => userBubbles(view)).toEqual(["I'd like to order", "Show the menu"]);
    await userEvent.click(one(view, "[data-rich-menu-area='4']"));
    await expect.poll(() => view.querySelector("[data-toast]")?.textContent).toMatch(/SAVE10/);
    await userEvent.click(one(view, "[data-rich-menu-area='3']"));
    await expect.poll(() => view.querySelector("[data-rich-menu]")).toBeNull();
    expect(events(view).map((e) => e.type)).toEqual(["message", "postback", "postback"]);
    expect(events(view)[1].postback).toEqual({ data: "menu=1" });
  });

  it("the keyboard icon switches to the input bar, and the input bar's menu icon back", async () => {
    const view = drawChat(large);
    await userEvent.click(one(view, "[data-rich-menu-keyboard]"));
    await expect.poll(() => view.querySelector("[data-input-bar]")).not.toBeNull();
    expect(view.querySelector("[data-rich-menu-view]")).toBeNull();
    await userEvent.click(one(view, "[data-show-rich-menu]"));
    await expect.poll(() => view.querySelector("[data-rich-menu]")).not.toBeNull();
    expect(view.querySelector("[data-input-bar]")).toBeNull();
  });

  it("richmenuswitch swaps to the alias's menu and posts SUCCESS; an unknown alias keeps the menu (RM-SWITCH-1, RM-9)", async () => {
    const view = drawChat({
      richMenus: { "tab-a": tab("tab-a", "tab-b"), "tab-b": tab("tab-b", "tab-c") },
      messages: [{ type: "text", text: "Pick a tab" }],
    });
    expect(one(view, "[data-rich-menu]").dataset.richMenuAlias).toBe("tab-a");
    expect(view.querySelector("[data-message=text]")?.textContent ?? "").toContain("Pick a tab");
    await userEvent.click(one(view, "[data-rich-menu-area='0']"));
    await expect.poll(() => one(view, "[data-rich-menu]").dataset.richMenuAlias).toBe("tab-b");
    expect(one(view, "[data-rich-menu-toggle]").textContent).toBe("tab-b ▼");
    await userEvent.click(one(view, "[data-rich-menu-area='0']"));
    await expect.poll(() => events(view).length).toBe(2);
    expect(one(view, "[data-rich-menu]").dataset.richMenuAlias).toBe("tab-b");
    expect(events(view).map((e) => e.postback)).toEqual([
      { data: "to-tab-b", params: { newRichMenuAliasId: "tab-b", status: "SUCCESS" } },
      { data: "to-tab-c", params: { status: "RICHMENU_ALIAS_ID_NOTFOUND" } },
    ]);
    // A switch posts nothing in the conversation.
    expect(userBubbles(view)).toEqual([]);
  });

  it("LINE for PC shows a note instead of the menu (RM-SHOW-3)", () => {
    const view = drawChat(large, { desktop: true });
    expect(view.querySelector("[data-rich-menu]")).toBeNull();
    expect(one(view, "[data-rich-menu-pc-note]").textContent).toContain("LINE for PC");
  });
});
