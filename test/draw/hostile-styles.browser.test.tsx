/** @jsxImportSource react */
import { MessageView } from "@flexkit/draw/react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";

/**
 * A `#m=` link draws a stranger's JSON: no value of it may make the viewer's browser fetch a URL
 * through a style (a colour is a colour, never `url(…)`), nor leave a `url()` in a computed style
 * where the message gives none. Drawn in real Chromium; the "requests" are the page's resource
 * timing entries, for URLs on the test server itself (the browser is offline otherwise).
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function show(...messages: unknown[]): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = "width: 430px; container-type: inline-size;";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() =>
    root!.render(messages.map((message, index) => <MessageView key={index} message={message} />)),
  );
  return host;
}

/** A fresh URL on the test server per run, so an earlier run's entries never count. */
const run = Math.random().toString(36).slice(2);
const probe = (name: string) => `${location.origin}/__flexkit-probe/${run}/${name}.png`;
const requested = (name: string) => performance.getEntriesByName(probe(name)).length > 0;

/**
 * Waits until the browser has fetched a background set after the message was drawn: its styles
 * were computed, and any background image in them was asked for in the same pass.
 */
async function stylesLoaded(view: HTMLElement): Promise<void> {
  const control = document.createElement("div");
  control.style.cssText = `width: 1px; height: 1px; background-image: url("${probe("control")}")`;
  view.append(control);
  for (const element of view.querySelectorAll("*")) getComputedStyle(element).backgroundImage;
  await expect.poll(() => requested("control")).toBe(true);
  control.remove();
}

/** Every element of `view` whose computed style holds a url() (the control is gone by then). */
function withUrls(view: HTMLElement): string[] {
  const found: string[] = [];
  for (const element of view.querySelectorAll<HTMLElement>("*")) {
    const style = getComputedStyle(element);
    for (const property of ["background-image", "border-image-source", "list-style-image"]) {
      const value = style.getPropertyValue(property);
      if (value.includes("url(")) found.push(`${element.tagName} ${property}: ${value}`);
    }
  }
  return found;
}

const actions = [{ type: "message", label: "Hi", text: "hi" }];

describe("a hostile colour never fetches", () => {
  it("template imageBackgroundColor: buttons and every carousel column", async () => {
    const view = show(
      {
        type: "template",
        altText: "buttons",
        template: {
          type: "buttons",
          thumbnailImageUrl: probe("thumbnail"),
          imageBackgroundColor: `url(${probe("buttons")})`,
          text: "x",
          actions,
        },
      },
      {
        type: "template",
        altText: "carousel",
        template: {
          type: "carousel",
          columns: [
            {
              thumbnailImageUrl: probe("thumbnail"),
              imageBackgroundColor: `#fff url(${probe("column")})`,
              text: "x",
              actions,
            },
          ],
        },
      },
    );
    await stylesLoaded(view);
    expect([requested("buttons"), requested("column")]).toEqual([false, false]);
    expect(withUrls(view)).toEqual([]);
    root?.unmount();
    host?.remove();
    // Still a colour: a valid one is drawn as before.
    const valid = show({
      type: "template",
      altText: "buttons",
      template: {
        type: "buttons",
        thumbnailImageUrl: probe("thumbnail"),
        imageBackgroundColor: "#FF0000",
        text: "x",
        actions,
      },
    });
    const frame = valid.querySelector<HTMLElement>("[data-template-image]")!;
    expect(getComputedStyle(frame).backgroundColor).toBe("rgb(255, 0, 0)");
  });

  it("Flex button colour and box gradient inside a video's altContent (which inherits the poster)", async () => {
    const view = show({
      type: "flex",
      altText: "video",
      contents: {
        type: "bubble",
        hero: {
          type: "video",
          url: "https://flexkit.invalid/v.mp4",
          previewUrl: probe("poster"),
          aspectRatio: "16:9",
          altContent: {
            type: "box",
            layout: "vertical",
            // Ends the gradient and adds a layer: the poster's custom property.
            background: {
              type: "linearGradient",
              angle: "0deg, #000, #fff), var(--fx-poster",
              startColor: "#000000",
              endColor: "#ffffff",
            },
            contents: [
              {
                type: "button",
                style: "primary",
                color: "var(--fx-poster)",
                action: { type: "message", label: "Go", text: "go" },
              },
            ],
          },
        },
      },
    });
    view.querySelector<HTMLElement>("[data-video-toggle]")!.click();
    await stylesLoaded(view);
    const video = view.querySelector<HTMLElement>('[data-flex="video"]')!;
    expect(video.dataset.showing).toBe("altContent");
    expect(withUrls(view)).toEqual([]);
  });
});
