/** @jsxImportSource react */

import {
  BUBBLE_VIEWPORT_SHARE,
  IMAGEMAP_BASE_WIDTH,
  IMAGEMAP_WIDTH_PX,
  TEMPLATE_ACTION_ROW_PX,
  TEMPLATE_CARD_WIDTH_PX,
  TEMPLATE_IMAGE_RATIO,
} from "@flexkit/draw";
import { MessageView } from "@flexkit/draw/react";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";

/** Non-Flex message views drawn in real Chromium; assertions read what a person sees. */
let root: Root | undefined;
let host: HTMLElement | undefined;

function draw(node: ReactNode, chatWidth = 430): HTMLElement {
  host = document.createElement("div");
  // The chat is an inline-size container: message widths are a share of it (RENDERING.md §2).
  host.style.cssText = `width: ${chatWidth}px; container-type: inline-size; font-family: sans-serif;`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(node));
  return host;
}

function show(message: unknown, chatWidth?: number): HTMLElement {
  return draw(<MessageView message={message} />, chatWidth);
}

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function rect(element: Element | null): DOMRect {
  if (element === null) throw new Error("element not drawn");
  return element.getBoundingClientRect();
}

function one(view: HTMLElement, selector: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(selector);
  if (element === null) throw new Error(`nothing matches ${selector}`);
  return element;
}

// A local image: tests never call the internet. 1×1 PNG.
const PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/** A 4×1 PNG: a wide image must not change a square frame's shape. */
const WIDE_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAABCAIAAAB2XpiaAAAADUlEQVR4nGP4z8AARwAd7wP95hFmHQAAAABJRU5ErkJggg==";

describe("text", () => {
  it("draws LINE emoji as chips at their $ placeholders, keeping the rest of the text", () => {
    const view = show({
      type: "text",
      text: "$ Hello $!",
      emojis: [
        { index: 0, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" },
        { index: 8, productId: "5ac1bfd5040ab15980c9b435", emojiId: "002" },
      ],
    });
    const bubble = one(view, '[data-message="text"]');
    const chips = [...bubble.querySelectorAll("[data-emoji]")];
    expect(chips.map((chip) => chip.getAttribute("data-emoji-id"))).toEqual(["001", "002"]);
    expect(bubble.textContent).toBe("☺ Hello ☺!");
  });

  it("leaves a $ that no emoji points at as text", () => {
    const view = show({
      type: "text",
      text: "Costs $5",
      emojis: [{ index: 0, productId: "p", emojiId: "e" }],
    });
    expect(one(view, '[data-message="text"]').textContent).toBe("Costs $5");
    expect(view.querySelectorAll("[data-emoji]")).toHaveLength(0);
  });

  it("wraps long text inside 80 % of the chat and keeps line breaks", () => {
    const view = show({ type: "text", text: `${"long ".repeat(60)}\nend` }, 400);
    const bubble = rect(view.querySelector('[data-message="text"]'));
    expect(bubble.width).toBeLessThanOrEqual(400 * BUBBLE_VIEWPORT_SHARE);
    expect(bubble.height).toBeGreaterThan(100);
    const unbroken = show({ type: "text", text: "x".repeat(400) }, 400);
    expect(rect(unbroken.querySelectorAll('[data-message="text"]')[0]!).width).toBeLessThanOrEqual(
      400 * BUBBLE_VIEWPORT_SHARE,
    );
  });
});

describe("textV2", () => {
  it("highlights mentions, substitutes emoji and unescapes {{ }}", () => {
    const view = show({
      type: "textV2",
      text: "Hi {user1} and {everyone} {smile} {{literal}}",
      substitution: {
        user1: { type: "mention", mentionee: { type: "user", userId: `U${"a".repeat(32)}` } },
        everyone: { type: "mention", mentionee: { type: "all" } },
        smile: { type: "emoji", productId: "5ac1bfd5040ab15980c9b435", emojiId: "003" },
      },
    });
    const bubble = one(view, '[data-message="textV2"]');
    expect(bubble.textContent).toBe("Hi @user1 and @All ☺ {literal}");
    const mentions = [...bubble.querySelectorAll<HTMLElement>("[data-mention]")];
    expect(mentions.map((m) => m.getAttribute("data-mention"))).toEqual([
      `U${"a".repeat(32)}`,
      "all",
    ]);
    expect(getComputedStyle(mentions[0]!).color).not.toBe(getComputedStyle(bubble).color);
    expect(bubble.querySelector("[data-emoji]")?.getAttribute("data-emoji-id")).toBe("003");
  });
});

describe("sticker, image, video, audio, location, coupon", () => {
  it("sticker: a square placeholder labelled with its package and sticker id", () => {
    const view = show({ type: "sticker", packageId: "446", stickerId: "1988" });
    const sticker = one(view, '[data-message="sticker"]');
    expect(sticker.textContent).toContain("package 446");
    expect(sticker.textContent).toContain("sticker 1988");
    const box = rect(sticker);
    expect(box.width).toBe(box.height);
  });

  it("image: the preview image", () => {
    const view = show({ type: "image", originalContentUrl: `${PNG}#o`, previewImageUrl: PNG });
    expect(one(view, '[data-message="image"]').getAttribute("src")).toBe(PNG);
  });

  it("video: the poster with a play button, which plays the video in place", () => {
    const view = show({ type: "video", originalContentUrl: "/no-video.mp4", previewImageUrl: PNG });
    const poster = one(view, '[data-message="video"]');
    expect(poster.querySelector("img")?.getAttribute("src")).toBe(PNG);
    expect(poster.querySelector("[data-play]")).not.toBeNull();
    flushSync(() => poster.click());
    const video = one(view, 'video[data-message="video"]');
    expect(video.getAttribute("src")).toBe("/no-video.mp4");
  });

  it("audio: a pill with the duration as m:ss", () => {
    const view = show({ type: "audio", originalContentUrl: "/a.m4a", duration: 65_400 });
    expect(one(view, "[data-duration]").textContent).toBe("1:05");
  });

  it("location: title, address and a map-like card", () => {
    const view = show({
      type: "location",
      title: "LINE Corporation",
      address: "1-6-1 Yotsuya, Shinjuku-ku, Tokyo",
      latitude: 35.687574,
      longitude: 139.72922,
    });
    expect(one(view, "[data-location-title]").textContent).toBe("LINE Corporation");
    expect(one(view, "[data-location-address]").textContent).toContain("Shinjuku-ku");
    expect(one(view, "[data-map]").getAttribute("title")).toBe("35.687574, 139.72922");
  });

  it("coupon: a card with the coupon id", () => {
    const view = show({ type: "coupon", couponId: "01JYNW8JMQVFBNVR1FZBX3Z4SW" });
    expect(one(view, "[data-coupon-id]").textContent).toBe("01JYNW8JMQVFBNVR1FZBX3Z4SW");
  });
});

describe("imagemap", () => {
  const imagemap = {
    type: "imagemap",
    baseUrl: "https://example.com/bot/images/rm001",
    altText: "Imagemap",
    baseSize: { width: 1040, height: 520 },
    actions: [
      {
        type: "uri",
        linkUri: "https://example.com/",
        area: { x: 0, y: 0, width: 520, height: 520 },
      },
      { type: "message", text: "Hello", area: { x: 520, y: 260, width: 520, height: 260 } },
    ],
  };

  it("is drawn at the message width with the base image's aspect ratio", () => {
    const view = show({ ...imagemap, baseUrl: PNG.replace(/,.*/, ",") });
    const box = rect(view.querySelector('[data-message="imagemap"]'));
    expect(box.width).toBe(IMAGEMAP_WIDTH_PX);
    expect(box.height).toBeCloseTo((IMAGEMAP_WIDTH_PX * 520) / IMAGEMAP_BASE_WIDTH, 1);
  });

  it("scales every tap area by width / 1040", () => {
    const view = show(imagemap, 300);
    const map = rect(view.querySelector('[data-message="imagemap"]'));
    const k = map.width / IMAGEMAP_BASE_WIDTH;
    expect(map.width).toBe(300 * BUBBLE_VIEWPORT_SHARE);
    const areas = [...view.querySelectorAll("[data-imagemap-area]")].map(rect);
    imagemap.actions.forEach(({ area }, index) => {
      const drawn = areas[index]!;
      expect(drawn.left - map.left).toBeCloseTo(area.x * k, 1);
      expect(drawn.top - map.top).toBeCloseTo(area.y * k, 1);
      expect(drawn.width).toBeCloseTo(area.width * k, 1);
      expect(drawn.height).toBeCloseTo(area.height * k, 1);
    });
  });

  it("loads {baseUrl}/{width} for the drawn width at the device pixel ratio", () => {
    const view = show(imagemap);
    // The mega bubble's 300 px at 1×, 2× and 3× are 300, 600 and 900 device pixels; the nearest
    // of 240/300/460/700/1040 to each (RENDERING.md §4).
    expect(IMAGEMAP_WIDTH_PX).toBe(300);
    const expected = { 1: 300, 2: 700, 3: 1040 }[window.devicePixelRatio];
    expect(one(view, "[data-imagemap-image]").getAttribute("src")).toBe(
      `https://example.com/bot/images/rm001/${expected}`,
    );
  });

  it("shows a labelled placeholder when the image does not load, keeping the areas", async () => {
    const view = show({ ...imagemap, baseUrl: "/no-such-imagemap" });
    await expect
      .poll(() => view.querySelector("[data-imagemap-missing]")?.textContent)
      .toMatch(/^Imagemapimage not loaded: \/no-such-imagemap\/\d+$/);
    expect(view.querySelectorAll("[data-imagemap-area]")).toHaveLength(2);
  });

  it("puts the video in its area", () => {
    const view = show({
      ...imagemap,
      video: {
        originalContentUrl: "/v.mp4",
        previewImageUrl: PNG,
        area: { x: 104, y: 52, width: 520, height: 260 },
        externalLink: { linkUri: "https://example.com/more", label: "See More" },
      },
    });
    const map = rect(view.querySelector('[data-message="imagemap"]'));
    const video = rect(view.querySelector("[data-imagemap-video]"));
    const k = map.width / IMAGEMAP_BASE_WIDTH;
    expect(video.left - map.left).toBeCloseTo(104 * k, 1);
    expect(video.width).toBeCloseTo(520 * k, 1);
    expect(view.querySelector("[data-imagemap-video] video")?.getAttribute("src")).toBe("/v.mp4");
  });
});

describe("templates", () => {
  const actions = [
    { type: "postback", label: "Buy", data: "action=buy" },
    { type: "message", label: "Tell me more", text: "more" },
    { type: "uri", label: "Open", uri: "https://example.com/" },
  ];

  it("buttons: a kilo-wide card with a 1.51:1 image, title, text and one 44 px row per action", () => {
    const view = show({
      type: "template",
      altText: "Buttons",
      template: {
        type: "buttons",
        thumbnailImageUrl: PNG,
        title: "Menu",
        text: "Please select",
        actions,
      },
    });
    const card = one(view, '[data-template="buttons"]');
    expect(rect(card).width).toBe(TEMPLATE_CARD_WIDTH_PX);
    const image = rect(card.querySelector('[data-template-image="rectangle"]'));
    expect(image.width / image.height).toBeCloseTo(TEMPLATE_IMAGE_RATIO.rectangle, 2);
    expect(one(card, "[data-template-title]").textContent).toBe("Menu");
    expect(getComputedStyle(one(card, "[data-template-title]")).fontWeight).toBe("700");
    const rows = [...card.querySelectorAll<HTMLElement>("[data-template-action]")];
    expect(rows.map((row) => row.textContent)).toEqual(["Buy", "Tell me more", "Open"]);
    for (const row of rows) {
      expect(rect(row).height).toBe(TEMPLATE_ACTION_ROW_PX);
      expect(rect(row).width).toBe(TEMPLATE_CARD_WIDTH_PX);
      expect(getComputedStyle(row).borderTopWidth).toBe("1px");
    }
  });

  it("buttons: a square contain image letterboxed on imageBackgroundColor", () => {
    const view = show({
      type: "template",
      altText: "Buttons",
      template: {
        type: "buttons",
        thumbnailImageUrl: PNG,
        imageAspectRatio: "square",
        imageSize: "contain",
        imageBackgroundColor: "#FF0000",
        text: "Square",
        actions,
      },
    });
    const frame = one(view, '[data-template-image="square"]');
    expect(rect(frame).width).toBe(rect(frame).height);
    expect(getComputedStyle(frame).backgroundColor).toBe("rgb(255, 0, 0)");
    expect(getComputedStyle(frame.querySelector("img")!).objectFit).toBe("contain");
  });

  it("is 80 % of a narrow chat (capped at the kilo width in a wide one)", () => {
    const view = show(
      {
        type: "template",
        altText: "c",
        template: { type: "confirm", text: "Sure?", actions: actions.slice(0, 2) },
      },
      300,
    );
    expect(rect(view.querySelector('[data-template="confirm"]')).width).toBe(
      300 * BUBBLE_VIEWPORT_SHARE,
    );
  });

  it("confirm: text, then its two actions side by side, each half the card", () => {
    const view = show({
      type: "template",
      altText: "Confirm",
      template: { type: "confirm", text: "Are you sure?", actions: actions.slice(0, 2) },
    });
    const [yes, no] = [...view.querySelectorAll("[data-template-action]")].map(rect);
    expect(yes!.top).toBe(no!.top);
    // Half each, give or take the 1 px hairline between them.
    expect(Math.abs(yes!.width - TEMPLATE_CARD_WIDTH_PX / 2)).toBeLessThanOrEqual(1);
    expect(no!.left).toBeCloseTo(yes!.right, 0);
  });

  it("carousel: columns side by side, all as tall as the tallest, scrollable", () => {
    const column = (text: string) => ({
      thumbnailImageUrl: PNG,
      title: "T",
      text,
      actions: actions.slice(0, 2),
    });
    const view = show(
      {
        type: "template",
        altText: "Carousel",
        template: {
          type: "carousel",
          columns: [column("short"), column("a much longer text ".repeat(6)), column("short")],
        },
      },
      430,
    );
    const columns = [...view.querySelectorAll('[data-template="carousel-column"]')].map(rect);
    expect(columns).toHaveLength(3);
    expect(new Set(columns.map((c) => c.height)).size).toBe(1);
    expect(new Set(columns.map((c) => c.top)).size).toBe(1);
    expect(columns[1]!.left).toBeGreaterThan(columns[0]!.right);
    const strip = one(view, '[data-template="carousel"]');
    expect(strip.scrollWidth).toBeGreaterThan(strip.clientWidth);
    // The actions line up at the bottom of every column.
    const lastRows = [...view.querySelectorAll('[data-template="carousel-column"]')].map((c) =>
      rect([...c.querySelectorAll("[data-template-action]")].at(-1)!),
    );
    expect(new Set(lastRows.map((r) => r.bottom)).size).toBe(1);
  });

  it("image carousel: square images with the label on a strip at the bottom", () => {
    const view = show({
      type: "template",
      altText: "Images",
      template: {
        type: "image_carousel",
        columns: [
          { imageUrl: WIDE_PNG, action: { type: "message", label: "Yes", text: "yes" } },
          { imageUrl: WIDE_PNG, action: { type: "uri", uri: "https://example.com/" } },
        ],
      },
    });
    const columns = [
      ...view.querySelectorAll<HTMLElement>('[data-template="image-carousel-column"]'),
    ];
    for (const column of columns) expect(rect(column).width).toBe(rect(column).height);
    const label = one(columns[0]!, "[data-template-label]");
    expect(label.textContent).toBe("Yes");
    expect(rect(label).bottom).toBe(rect(columns[0]!).bottom);
    expect(columns[1]!.querySelector("[data-template-label]")).toBeNull();
  });
});

describe("what cannot be drawn", () => {
  it("a message it cannot draw becomes an error card saying why", () => {
    const reasons = [
      { type: "richmessage" },
      { type: "template", altText: "x" },
      { type: "template", altText: "x", template: { type: "list" } },
      { type: "text" },
      { type: "flex", altText: "x" },
      "hello",
    ].map((message) => {
      const view = show(message);
      const text = one(view, "[data-render-error]").textContent;
      root?.unmount();
      view.remove();
      return text;
    });
    expect(reasons).toMatchInlineSnapshot(`
      [
        "Can't draw this message. "richmessage" is not a message type (text, textV2, sticker, image, video, audio, location, imagemap, template, flex, coupon)",
        "Can't draw this message. a template message needs a \`template\` object",
        "Can't draw this message. templates of type "list" do not exist (buttons, confirm, carousel, image_carousel)",
        "Can't draw this message. a text message needs a \`text\` string",
        "Can't draw this message. a flex message needs a \`contents\` object",
        "Can't draw this message. a message must be a JSON object",
      ]
    `);
  });

  it("half-valid messages still draw what they can, never throwing", () => {
    const view = show({
      type: "imagemap",
      baseUrl: 42,
      baseSize: "big",
      actions: [
        { type: "uri", area: { x: "0" } },
        null,
        { type: "message", area: { x: 0, y: 0, width: 10, height: 10 } },
      ],
    });
    expect(view.querySelectorAll("[data-imagemap-area]")).toHaveLength(1);
    expect(view.querySelector("[data-render-error]")).toBeNull();
  });
});
