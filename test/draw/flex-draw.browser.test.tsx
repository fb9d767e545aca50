/** @jsxImportSource react */

import { bubbleMarkup, drawFlex, drawn } from "@flexkit/draw";
import { Bubble } from "@flexkit/draw/react";
import type { FlexBubble } from "@flexkit/validators";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { userEvent } from "vitest/browser";

/**
 * The renderer's markup in a real page (draw/src/flex/markup.ts, draw.ts): what a stranger's JSON
 * can do there (nothing but be drawn), and taps, keys and the video switch through the one pair
 * of listeners drawFlex adds.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;
const stops: (() => void)[] = [];

function newHost(): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = "width: 400px; container-type: inline-size;";
  document.body.append(host);
  return host;
}

/** `bubble` drawn by drawFlex alone into a new host, its taps going to a mock. */
function drawBubble(bubble: FlexBubble) {
  const onAction = vi.fn();
  const holder = newHost();
  stops.push(
    drawFlex(
      holder,
      drawn((drawing) => bubbleMarkup(bubble, {}, drawing)),
      () => onAction,
    ),
  );
  return { onAction, holder };
}

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  root?.unmount();
  root = undefined;
  host?.remove();
});

const picture = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";

describe("a stranger's JSON", () => {
  it("is drawn as text and refused values, and adds no element, handler or fetch", () => {
    const hostile = {
      type: "bubble",
      size: 'mega" onmouseover="alert(1)',
      body: {
        type: "box",
        layout: 'vertical" onclick="alert(1)',
        backgroundColor: "red;background-image:url(https://example.com/track)",
        contents: [
          { type: "text", text: '<img src=x onerror="alert(1)"><script>alert(2)</script>' },
          {
            type: "text",
            text: "x",
            color: "#000;x:y",
            contents: [{ type: "span", text: "</div><b>" }],
          },
          { type: "image", url: `${picture}");background:url("https://example.com/track` },
        ],
      },
    } as unknown as FlexBubble;
    const view = newHost();
    root = createRoot(view);
    flushSync(() => root!.render(<Bubble bubble={hostile} />));
    const elements = [...view.querySelectorAll("*")];
    expect(view.querySelectorAll("img, script, b").length).toBe(0);
    expect(
      elements
        .flatMap((element) => element.getAttributeNames())
        .filter((name) => name.startsWith("on")),
    ).toEqual([]);
    const [first, second] = view.querySelectorAll<HTMLElement>('[data-flex="text"]');
    expect(first?.textContent).toBe('<img src=x onerror="alert(1)"><script>alert(2)</script>');
    expect(second?.textContent).toBe("</div><b>");
    expect(second?.style.color).toBe("");
    const box = view.querySelector<HTMLElement>('[data-flex="box"]');
    expect(box?.style.backgroundColor).toBe("");
    expect(box?.style.backgroundImage).toBe("");
    // The whole URL stays one URL, quote and all.
    const area = view.querySelector<HTMLElement>("[data-image-area]");
    expect(area?.style.backgroundImage).toBe(
      `url("${picture}\\");background:url(\\"https://example.com/track")`,
    );
  });
});

describe("drawFlex, without React", () => {
  const textAction = { type: "postback", label: "text", data: "t=1" } as const;
  const tappable: FlexBubble = {
    type: "bubble",
    action: { type: "message", label: "bubble", text: "bubble" },
    body: {
      type: "box",
      layout: "vertical",
      action: { type: "message", label: "box", text: "box" },
      contents: [
        { type: "text", text: "plain" },
        { type: "text", text: "tap me", action: textAction },
        { type: "button", action: { type: "uri", label: "Open", uri: "https://example.com" } },
      ],
    },
  };

  function drawTappable() {
    const { onAction, holder } = drawBubble(tappable);
    const [plain, text] = holder.querySelectorAll<HTMLElement>('[data-flex="text"]');
    return { onAction, holder, plain: plain!, text: text! };
  }

  it("gives a tap to the innermost element with an action, once", async () => {
    const { onAction, holder, plain, text } = drawTappable();
    await userEvent.click(text);
    expect(onAction.mock.calls).toEqual([[textAction, "message"]]);
    await userEvent.click(plain);
    expect(onAction.mock.lastCall).toEqual([tappable.body!.action, "message"]);
    await userEvent.click(holder.querySelector("button")!);
    expect(onAction.mock.lastCall?.[0]).toEqual({
      type: "uri",
      label: "Open",
      uri: "https://example.com",
    });
    expect(onAction).toHaveBeenCalledTimes(3);
  });

  it("taps a focused element with Enter or Space, as a button", async () => {
    const { onAction, text } = drawTappable();
    expect(text.getAttribute("role")).toBe("button");
    text.focus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(onAction.mock.calls).toEqual([
      [textAction, "message"],
      [textAction, "message"],
    ]);
  });

  it("lets a <button> tap by itself on Enter: once", async () => {
    const { onAction, holder } = drawTappable();
    holder.querySelector("button")!.focus();
    await userEvent.keyboard("{Enter}");
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it("stops listening when stopped", async () => {
    const { onAction, text } = drawTappable();
    stops.pop()?.();
    await userEvent.click(text);
    expect(onAction).not.toHaveBeenCalled();
  });
});

describe("video switch", () => {
  const video: FlexBubble = {
    type: "bubble",
    hero: {
      type: "video",
      url: "https://flexkit.invalid/v.mp4",
      previewUrl: picture,
      aspectRatio: "16:9",
      altContent: {
        type: "image",
        url: picture,
        size: "full",
        action: { type: "uri", label: "Watch", uri: "https://example.com/watch" },
      },
    },
  };

  it("switches by keyboard too, and the altContent drawn then is tappable", async () => {
    const { onAction, holder } = drawBubble(video);
    const element = holder.querySelector<HTMLElement>('[data-flex="video"]')!;
    const toggle = holder.querySelector<HTMLElement>("[data-video-toggle]")!;
    expect(toggle.getAttribute("aria-label")).toBe("Show altContent");
    toggle.focus();
    await userEvent.keyboard("{Enter}");
    expect(element.dataset.showing).toBe("altContent");
    expect(toggle.getAttribute("aria-label")).toBe("Show video");
    const image = element.querySelector<HTMLElement>('[data-flex="image"]')!;
    expect(image.checkVisibility()).toBe(true);
    // Neither the poster nor its play mark shows behind the altContent.
    expect(getComputedStyle(element).backgroundImage).toBe("none");
    await userEvent.click(image);
    expect(onAction).toHaveBeenCalledWith(
      { type: "uri", label: "Watch", uri: "https://example.com/watch" },
      "message",
    );
    await userEvent.click(toggle);
    expect(element.dataset.showing).toBe("poster");
    expect(image.checkVisibility()).toBe(false);
    expect(getComputedStyle(element).backgroundImage).toContain("image/svg+xml");
  });
});
