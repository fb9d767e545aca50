/** @jsxImportSource react */
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import { Chat } from "../../../packages/simulator/src/app/chat.js";
import { ChatModeProvider } from "../../../packages/simulator/src/app/chat-mode/chat-mode.js";
import { EventsPanel } from "../../../packages/simulator/src/app/chat-mode/events-panel.js";
import { SIMULATOR_USER_ID } from "../../../packages/simulator/src/app/chat-mode/webhook-events.js";

/**
 * Chat mode in real Chromium (RENDERING.md §4): the whole chat with its provider and events
 * panel; taps are real clicks, and assertions read what a person sees.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

function drawChat(payload: unknown, desktop = false): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = "width: 400px; font-family: sans-serif;";
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

function all(view: HTMLElement, selector: string): HTMLElement[] {
  return [...view.querySelectorAll<HTMLElement>(selector)];
}

function one(view: HTMLElement, selector: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(selector);
  if (element === null) throw new Error(`nothing matches ${selector}`);
  return element;
}

function byText(view: HTMLElement, selector: string, text: string): HTMLElement {
  const element = all(view, selector).find((e) => e.textContent === text);
  if (element === undefined) throw new Error(`no ${selector} reads ${JSON.stringify(text)}`);
  return element;
}

const userBubbles = (view: HTMLElement) =>
  all(view, "[data-user-message]").map((e) => e.textContent);

function events(view: HTMLElement): unknown[] {
  return all(view, "[data-event-json]").map((e) => JSON.parse(e.textContent ?? ""));
}

/** Every event carries these, in LINE's webhook shapes. */
const eventBase = {
  replyToken: expect.stringMatching(/^[0-9a-f]{32}$/),
  source: { type: "user", userId: SIMULATOR_USER_ID },
  timestamp: expect.any(Number),
  mode: "active",
  webhookEventId: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  deliveryContext: { isRedelivery: false },
};

const buttons = (actions: unknown[], extra: Record<string, unknown> = {}) => ({
  type: "template",
  altText: "Buttons",
  template: { type: "buttons", text: "Pick one", actions },
  ...extra,
});

describe("the chat", () => {
  it("shows up to five messages in order; a sender starts its own run with its name and avatar", () => {
    const icon =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";
    const view = drawChat([
      { type: "text", text: "one" },
      { type: "text", text: "two" },
      { type: "text", text: "three", sender: { name: "Cony", iconUrl: icon } },
      { type: "text", text: "four", sender: { name: "Cony", iconUrl: icon } },
      { type: "text", text: "five" },
    ]);
    expect(all(view, '[data-message="text"]').map((e) => e.textContent)).toEqual([
      "one",
      "two",
      "three",
      "four",
      "five",
    ]);
    expect(all(view, "[data-sender-name]").map((e) => e.textContent)).toEqual([
      "flexkit bot",
      "Cony",
      "flexkit bot",
    ]);
    expect(all(view, "[data-avatar]").map((e) => e.getAttribute("data-avatar"))).toEqual([
      "",
      icon,
      "",
    ]);
    expect(all(view, "[data-time]")).toHaveLength(5);
  });

  it("names the chat after the bot in the top bar, or the first message's sender.name, under a Today chip", () => {
    const plain = drawChat([{ type: "text", text: "one" }]);
    expect(one(plain, "[data-chat-title]").textContent).toBe("flexkit bot");
    expect(one(plain, "[data-date-chip]").textContent).toBe("Today");
    root?.unmount();
    plain.remove();
    const named = drawChat([
      { type: "text", text: "one", sender: { name: "Cony" } },
      { type: "text", text: "two", sender: { name: "Brown" } },
    ]);
    expect(one(named, "[data-chat-title]").textContent).toBe("Cony");
  });

  it("shows quick reply only for the last message", () => {
    const quickReply = {
      items: [{ type: "action", action: { type: "message", label: "Yes", text: "yes" } }],
    };
    const first = drawChat([
      { type: "text", text: "a", quickReply },
      { type: "text", text: "b" },
    ]);
    expect(first.querySelector("[data-quick-reply]")).toBeNull();
    root?.unmount();
    first.remove();
    const last = drawChat([
      { type: "text", text: "a" },
      { type: "text", text: "b", quickReply },
    ]);
    expect(one(last, "[data-quick-reply]").textContent).toBe("Yes");
  });

  it("draws quick reply buttons with their icons (default ones for camera, cameraRoll, location), scrollable", () => {
    const view = drawChat({
      type: "text",
      text: "Send us a photo",
      quickReply: {
        items: [
          { type: "action", action: { type: "camera", label: "Camera" } },
          { type: "action", action: { type: "cameraRoll", label: "Camera roll" } },
          { type: "action", action: { type: "location", label: "Location" } },
          ...Array.from({ length: 8 }, (_, i) => ({
            type: "action",
            imageUrl: `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>#${i}`,
            action: { type: "message", label: `Option ${i}`, text: `option ${i}` },
          })),
        ],
      },
    });
    const bar = one(view, "[data-quick-reply]");
    expect(all(bar, "[data-quick-reply-icon]")).toHaveLength(11);
    expect(bar.scrollWidth).toBeGreaterThan(bar.clientWidth);
    const barBox = bar.getBoundingClientRect();
    const input = one(view, "[data-input-bar]").getBoundingClientRect();
    expect(barBox.bottom).toBeLessThanOrEqual(input.top);
  });
});

describe("chat mode: what a tap does", () => {
  it("message action → the text as the user's green bubble, and a message event", async () => {
    const view = drawChat(buttons([{ type: "message", label: "Say hi", text: "Hi there" }]));
    await userEvent.click(byText(view, "[data-template-action]", "Say hi"));
    await expect.poll(() => userBubbles(view)).toEqual(["Hi there"]);
    const bubble = one(view, "[data-user-message]");
    expect(getComputedStyle(bubble).backgroundColor).toBe("rgb(133, 226, 73)");
    // On the right of the chat.
    expect(bubble.getBoundingClientRect().right).toBeGreaterThan(350);
    expect(events(view)).toEqual([
      {
        type: "message",
        message: {
          type: "text",
          id: expect.stringMatching(/^\d+$/),
          quoteToken: expect.any(String),
          text: "Hi there",
        },
        ...eventBase,
      },
    ]);
  });

  it("postback → displayText as the user's bubble and a postback event with data", async () => {
    const view = drawChat(
      buttons([
        { type: "postback", label: "Buy", data: "action=buy&itemid=111", displayText: "Buy it" },
        { type: "postback", label: "Quiet", data: "action=quiet" },
      ]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "Buy"));
    await userEvent.click(byText(view, "[data-template-action]", "Quiet"));
    await expect.poll(() => events(view)).toHaveLength(2);
    // No displayText: nothing is posted, the bot still gets the postback.
    expect(userBubbles(view)).toEqual(["Buy it"]);
    expect(events(view)).toEqual([
      { type: "postback", postback: { data: "action=buy&itemid=111" }, ...eventBase },
      { type: "postback", postback: { data: "action=quiet" }, ...eventBase },
    ]);
    expect(Object.keys(events(view)[0] as object)).toEqual([
      "type",
      "postback",
      "replyToken",
      "source",
      "timestamp",
      "mode",
      "webhookEventId",
      "deliveryContext",
    ]);
  });

  it("datetimepicker → a picker in its mode, starting at initial, bounded by min/max; OK sends params", async () => {
    const view = drawChat(
      buttons([
        {
          type: "datetimepicker",
          label: "Pick a day",
          data: "storeId=12345",
          mode: "date",
          initial: "2025-06-15",
          min: "2025-06-01",
          max: "2025-06-30",
        },
      ]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "Pick a day"));
    await expect.poll(() => view.querySelector("[data-sheet=picker]")).not.toBeNull();
    const input = one(view, "[data-picker-input]") as HTMLInputElement;
    expect([input.type, input.value, input.min, input.max]).toEqual([
      "date",
      "2025-06-15",
      "2025-06-01",
      "2025-06-30",
    ]);
    const ok = byText(view, "[data-sheet=picker] button", "OK") as HTMLButtonElement;
    await userEvent.fill(input, "2025-07-02");
    await expect.poll(() => ok.disabled).toBe(true);
    expect(one(view, "[data-picker-error]").textContent).toBe(
      "Choose a value from 2025-06-01 up to 2025-06-30.",
    );
    await userEvent.fill(input, "2025-06-20");
    await expect.poll(() => ok.disabled).toBe(false);
    await userEvent.click(ok);
    await expect
      .poll(() => events(view))
      .toEqual([
        {
          type: "postback",
          postback: { data: "storeId=12345", params: { date: "2025-06-20" } },
          ...eventBase,
        },
      ]);
    expect(view.querySelector("[data-sheet]")).toBeNull();
  });

  it("datetimepicker in datetime and time modes uses those inputs and params", async () => {
    const view = drawChat(
      buttons([
        {
          type: "datetimepicker",
          label: "When",
          data: "d",
          mode: "datetime",
          initial: "2025-01-01t10:00",
        },
        {
          type: "datetimepicker",
          label: "At",
          data: "t",
          mode: "time",
          min: "09:00",
          max: "17:00",
        },
      ]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "When"));
    await expect.poll(() => view.querySelector("[data-picker-input]")).not.toBeNull();
    const when = one(view, "[data-picker-input]") as HTMLInputElement;
    expect([when.type, when.value]).toEqual(["datetime-local", "2025-01-01T10:00"]);
    await userEvent.click(byText(view, "[data-sheet=picker] button", "OK"));
    await userEvent.click(byText(view, "[data-template-action]", "At"));
    await expect
      .poll(() => (view.querySelector("[data-picker-input]") as HTMLInputElement | null)?.type)
      .toBe("time");
    const at = one(view, "[data-picker-input]") as HTMLInputElement;
    expect([at.min, at.max]).toEqual(["09:00", "17:00"]);
    await userEvent.fill(at, "12:30");
    await userEvent.click(byText(view, "[data-sheet=picker] button", "OK"));
    await expect
      .poll(() => events(view).map((e) => (e as { postback: unknown }).postback))
      .toEqual([
        { data: "d", params: { datetime: "2025-01-01T10:00" } },
        { data: "t", params: { time: "12:30" } },
      ]);
  });

  it("uri with javascript: never runs: a sheet says it is blocked, and nothing happens", async () => {
    const before = document.title;
    const view = drawChat(
      buttons([{ type: "uri", label: "Evil", uri: "javascript:document.title='pwned'" }]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "Evil"));
    await expect
      .poll(() => view.querySelector("[data-sheet=uri]")?.textContent)
      .toContain("This link is blocked");
    expect(document.title).toBe(before);
    expect(events(view)).toEqual([]);
  });

  it("uri with tel: or line: is shown, not followed", async () => {
    const view = drawChat(buttons([{ type: "uri", label: "Call", uri: "tel:0312345678" }]));
    await userEvent.click(byText(view, "[data-template-action]", "Call"));
    await expect
      .poll(() => view.querySelector("[data-sheet-uri]")?.textContent)
      .toBe("tel:0312345678");
    expect(one(view, "[data-sheet=uri]").textContent).toContain("LINE would open this tel: link");
  });

  it("uri on LINE for PC follows altUri.desktop; on a phone, uri", async () => {
    const action = {
      type: "uri",
      label: "Open",
      uri: "tel:0312345678",
      altUri: { desktop: "line://pc" },
    };
    for (const [desktop, shown] of [
      [true, "line://pc"],
      [false, "tel:0312345678"],
    ] as const) {
      const view = drawChat(buttons([action]), desktop);
      await userEvent.click(byText(view, "[data-template-action]", "Open"));
      await expect.poll(() => view.querySelector("[data-sheet-uri]")?.textContent).toBe(shown);
      root?.unmount();
      view.remove();
    }
  });

  it("clipboard → copies the text and shows a toast", async () => {
    const view = drawChat(
      buttons([{ type: "clipboard", label: "Copy code", clipboardText: "SAVE10" }]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "Copy code"));
    await expect.poll(() => view.querySelector("[data-toast]")?.textContent).toBe("Copied: SAVE10");
    const paste = document.createElement("textarea");
    view.append(paste);
    paste.focus();
    await userEvent.keyboard("{Control>}v{/Control}");
    expect(paste.value).toBe("SAVE10");
  });

  for (const [type, says] of [
    ["camera", "LINE would open the camera"],
    ["cameraRoll", "LINE would open the camera roll"],
    ["location", "LINE would open the location picker"],
  ] as const) {
    it(`${type} → a sheet saying what the app would open; quick reply goes after the tap`, async () => {
      const view = drawChat({
        type: "text",
        text: "?",
        quickReply: { items: [{ type: "action", action: { type, label: type } }] },
      });
      await userEvent.click(one(view, `[data-quick-reply-item=${type}]`));
      await expect.poll(() => view.querySelector(`[data-sheet=app]`)?.textContent).toContain(says);
      expect(view.querySelector("[data-quick-reply]")).toBeNull();
    });
  }

  it("richmenuswitch says it only works in rich menus; an unknown action type does nothing but say so", async () => {
    const view = drawChat(
      buttons([
        { type: "richmenuswitch", label: "Switch", richMenuAliasId: "menu-b", data: "switch" },
        { type: "teleport", label: "Beam me up" },
      ]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "Switch"));
    await expect
      .poll(() => view.querySelector("[data-sheet=app]")?.textContent)
      .toContain("This action works only in rich menus");
    await userEvent.click(byText(view, "[data-sheet=app] button", "Close"));
    await userEvent.click(byText(view, "[data-template-action]", "Beam me up"));
    await expect
      .poll(() => view.querySelector("[data-toast]")?.textContent)
      .toBe('Unknown action type "teleport": nothing happens');
    expect(events(view)).toEqual([]);
  });

  it("an imagemap uri area follows its linkUri; a javascript: linkUri is blocked", async () => {
    const view = drawChat({
      type: "imagemap",
      baseUrl: "/nothing",
      altText: "map",
      baseSize: { width: 1040, height: 520 },
      actions: [
        { type: "uri", linkUri: "tel:0312345678", area: { x: 0, y: 0, width: 520, height: 520 } },
        {
          type: "uri",
          linkUri: "javascript:document.title='pwned'",
          area: { x: 520, y: 0, width: 520, height: 520 },
        },
      ],
    });
    const [left, right] = all(view, "[data-imagemap-area]");
    await userEvent.click(left!);
    await expect
      .poll(() => view.querySelector("[data-sheet-uri]")?.textContent)
      .toBe("tel:0312345678");
    await userEvent.click(byText(view, "[data-sheet=uri] button", "Close"));
    const before = document.title;
    await userEvent.click(right!);
    await expect
      .poll(() => view.querySelector("[data-sheet=uri]")?.textContent)
      .toContain("This link is blocked");
    expect(view.querySelector("[data-sheet=uri]")?.textContent).not.toContain("has no uri");
    expect(document.title).toBe(before);
  });

  it("outlines an imagemap area on hover", async () => {
    const view = drawChat({
      type: "imagemap",
      baseUrl: "/nothing",
      altText: "map",
      baseSize: { width: 1040, height: 520 },
      actions: [{ type: "message", text: "hi", area: { x: 0, y: 0, width: 520, height: 520 } }],
    });
    const area = one(view, "[data-imagemap-area]");
    expect(getComputedStyle(area).outlineStyle).toBe("none");
    await userEvent.hover(area);
    await expect.poll(() => getComputedStyle(area).outlineStyle).toBe("solid");
  });

  it("postback inputOption: openKeyboard fills the input bar, openVoice opens the recorder, openRichMenu without a menu says there is none", async () => {
    const view = drawChat(
      buttons([
        {
          type: "postback",
          label: "Type",
          data: "k",
          inputOption: "openKeyboard",
          fillInText: "My order number is ",
        },
        { type: "postback", label: "Talk", data: "v", inputOption: "openVoice" },
        { type: "postback", label: "Menu", data: "m", inputOption: "openRichMenu" },
        { type: "postback", label: "Hide", data: "h", inputOption: "closeRichMenu" },
      ]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "Type"));
    const input = one(view, "[data-chat-input]") as HTMLInputElement;
    await expect.poll(() => input.value).toBe("My order number is ");
    expect(one(view, "[data-input-bar]").getAttribute("data-keyboard")).toBe("open");
    expect(document.activeElement).toBe(input);
    await userEvent.click(byText(view, "[data-template-action]", "Talk"));
    await expect.poll(() => view.querySelector("[data-sheet=voice]")).not.toBeNull();
    await userEvent.click(byText(view, "[data-sheet=voice] button", "Close"));
    await userEvent.click(byText(view, "[data-template-action]", "Menu"));
    await expect
      .poll(() => view.querySelector("[data-rich-menu-empty]")?.textContent)
      .toContain("No rich menu here");
    await userEvent.click(byText(view, "[data-template-action]", "Hide"));
    await expect.poll(() => view.querySelector("[data-rich-menu-empty]")).toBeNull();
    expect(events(view).map((e) => (e as { postback: { data: string } }).postback.data)).toEqual([
      "k",
      "v",
      "m",
      "h",
    ]);
  });

  it("what the user types in the input bar is sent as their message", async () => {
    const view = drawChat({ type: "text", text: "Ask me anything" });
    await userEvent.type(one(view, "[data-chat-input]"), "Where is my order?{Enter}");
    await expect.poll(() => userBubbles(view)).toEqual(["Where is my order?"]);
    expect((events(view)[0] as { message: { text: string } }).message.text).toBe(
      "Where is my order?",
    );
  });

  it("Flex actions are tappable: a button, a box and a bubble", async () => {
    const view = drawChat({
      type: "flex",
      altText: "Flex",
      contents: {
        type: "bubble",
        action: { type: "message", label: "bubble", text: "tapped the bubble" },
        body: {
          type: "box",
          layout: "vertical",
          contents: [
            {
              type: "box",
              layout: "vertical",
              action: { type: "postback", label: "box", data: "box=1" },
              contents: [{ type: "text", text: "Tap this box" }],
            },
            { type: "text", text: "Elsewhere" },
            {
              type: "button",
              action: { type: "message", label: "Order", text: "I want to order" },
            },
          ],
        },
      },
    });
    await userEvent.click(byText(view, '[data-flex="button"] button', "Order"));
    await userEvent.click(byText(view, '[data-flex="text"]', "Tap this box"));
    await userEvent.click(byText(view, '[data-flex="text"]', "Elsewhere"));
    await expect.poll(() => events(view)).toHaveLength(3);
    expect(userBubbles(view)).toEqual(["I want to order", "tapped the bubble"]);
    expect((events(view)[1] as { postback: unknown }).postback).toEqual({ data: "box=1" });
  });

  it("Flex texts and images with an action are tappable, by click or keyboard", async () => {
    const view = drawChat({
      type: "flex",
      altText: "Flex",
      contents: {
        type: "bubble",
        hero: {
          type: "image",
          url: "/hero.png",
          size: "full",
          action: { type: "postback", label: "hero", data: "hero=1" },
        },
        body: {
          type: "box",
          layout: "vertical",
          contents: [
            {
              type: "text",
              text: "Link text",
              action: { type: "message", label: "t", text: "from text" },
            },
          ],
        },
      },
    });
    await userEvent.click(one(view, '[data-flex="image"]'));
    const text = byText(view, '[data-flex="text"]', "Link text");
    text.focus();
    await userEvent.keyboard("{Enter}");
    await expect.poll(() => events(view)).toHaveLength(2);
    expect((events(view)[0] as { postback: unknown }).postback).toEqual({ data: "hero=1" });
    expect(userBubbles(view)).toEqual(["from text"]);
  });

  it("imagemap areas act when tapped; image carousel columns too", async () => {
    const view = drawChat([
      {
        type: "imagemap",
        baseUrl: "/nothing",
        altText: "map",
        baseSize: { width: 1040, height: 520 },
        actions: [
          { type: "message", text: "left half", area: { x: 0, y: 0, width: 520, height: 520 } },
          {
            type: "clipboard",
            clipboardText: "COPIED",
            area: { x: 520, y: 0, width: 520, height: 520 },
          },
        ],
      },
      {
        type: "template",
        altText: "images",
        template: {
          type: "image_carousel",
          columns: [
            { imageUrl: "/none.png", action: { type: "message", label: "Pick", text: "picked" } },
          ],
        },
      },
    ]);
    const [left, right] = all(view, "[data-imagemap-area]");
    await userEvent.click(left!);
    await userEvent.click(right!);
    await userEvent.click(one(view, '[data-template="image-carousel-column"]'));
    await expect.poll(() => userBubbles(view)).toEqual(["left half", "picked"]);
    await expect.poll(() => view.querySelector("[data-toast]")?.textContent).toBe("Copied: COPIED");
  });

  it("a template's defaultAction runs when its image, title or text is tapped", async () => {
    const view = drawChat(
      buttons([{ type: "message", label: "Row", text: "row" }], {
        template: {
          type: "buttons",
          title: "Brown's cafe",
          text: "Open 9–5",
          defaultAction: { type: "postback", label: "View", data: "cafe=1" },
          actions: [{ type: "message", label: "Row", text: "row" }],
        },
      }),
    );
    await userEvent.click(byText(view, "[data-template-title]", "Brown's cafe"));
    await userEvent.click(byText(view, "[data-template-action]", "Row"));
    await expect.poll(() => events(view)).toHaveLength(2);
    expect((events(view)[0] as { postback: unknown }).postback).toEqual({ data: "cafe=1" });
    expect(userBubbles(view)).toEqual(["row"]);
  });

  it("scrolls the chat to the user's new message", async () => {
    const view = drawChat([
      buttons([{ type: "message", label: "Answer", text: "My answer" }]),
      ...Array.from({ length: 4 }, () => ({ type: "text", text: "line\n".repeat(12) })),
    ]);
    await userEvent.click(byText(view, "[data-template-action]", "Answer"));
    await expect.poll(() => userBubbles(view)).toEqual(["My answer"]);
    const scroller = one(view, "[data-chat-scroll]").getBoundingClientRect();
    await expect
      .poll(() => one(view, "[data-user-message]").getBoundingClientRect().bottom)
      .toBeLessThanOrEqual(scroller.bottom);
  });

  it("an imagemap video shows its externalLink label after playback, and the label acts", async () => {
    const view = drawChat({
      type: "imagemap",
      baseUrl: "/nothing",
      altText: "video map",
      baseSize: { width: 1040, height: 1040 },
      actions: [{ type: "message", text: "x", area: { x: 0, y: 0, width: 10, height: 10 } }],
      video: {
        originalContentUrl: "/clip.mp4",
        previewImageUrl: "/clip.png",
        area: { x: 0, y: 0, width: 1040, height: 585 },
        externalLink: { linkUri: "line://nv/chat", label: "See More" },
      },
    });
    expect(view.querySelector("[data-external-link]")).toBeNull();
    // The end of playback, as the media element reports it.
    one(view, "[data-imagemap-video] video").dispatchEvent(new Event("ended"));
    await expect
      .poll(() => view.querySelector("[data-external-link]")?.textContent)
      .toBe("See More ›");
    await userEvent.click(one(view, "[data-external-link]"));
    await expect
      .poll(() => view.querySelector("[data-sheet-uri]")?.textContent)
      .toBe("line://nv/chat");
  });

  it("the events panel lists every event in order and copies each as JSON", async () => {
    const view = drawChat(
      buttons([
        { type: "message", label: "First", text: "first" },
        { type: "postback", label: "Second", data: "second" },
      ]),
    );
    await userEvent.click(byText(view, "[data-template-action]", "First"));
    await userEvent.click(byText(view, "[data-template-action]", "Second"));
    await expect
      .poll(() => all(view, "[data-event]").map((e) => e.getAttribute("data-event")))
      .toEqual(["message", "postback"]);
    expect(one(view, "[data-events-panel] h2").textContent).toBe("Webhook events (2)");
    const copy = all(view, "[data-copy-event]")[1]!;
    await userEvent.click(copy);
    await expect.poll(() => copy.textContent).toBe("Copied");
    // Reading the clipboard needs a permission; pasting it does not.
    const paste = document.createElement("textarea");
    view.append(paste);
    paste.focus();
    await userEvent.keyboard("{Control>}v{/Control}");
    expect(JSON.parse(paste.value)).toEqual(events(view)[1]);
  });

  it("copies an event even when the browser refuses the Clipboard API (plain http, no permission)", async () => {
    const view = drawChat(buttons([{ type: "postback", label: "Go", data: "go" }]));
    await userEvent.click(byText(view, "[data-template-action]", "Go"));
    const refuse = () =>
      Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
    const writeText = navigator.clipboard.writeText;
    navigator.clipboard.writeText = refuse;
    try {
      const copy = one(view, "[data-copy-event]");
      await userEvent.click(copy);
      await expect.poll(() => copy.textContent).toBe("Copied");
    } finally {
      navigator.clipboard.writeText = writeText;
    }
    const paste = document.createElement("textarea");
    view.append(paste);
    paste.focus();
    await userEvent.keyboard("{Control>}v{/Control}");
    expect(JSON.parse(paste.value)).toEqual(events(view)[0]);
  });
});
