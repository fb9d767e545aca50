/** @jsxImportSource react */
import type { FlexBubble, FlexComponent } from "@flexkit/validators";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { Bubble } from "../../packages/simulator/src/render/flex/bubble.js";
import {
  BUBBLE_MAX_WIDTH_PX,
  FONT_SIZE_PX,
  SPACE_PX,
} from "../../packages/simulator/src/render/pixels.js";

/** Components drawn in real Chromium; assertions read computed geometry and style. */
let root: Root | undefined;
let host: HTMLElement | undefined;

function draw(node: ReactNode, chatWidth = 1000): HTMLElement {
  host = document.createElement("div");
  // The chat is an inline-size container: bubble widths are a share of it (RENDERING.md §2).
  host.style.cssText = `width: ${chatWidth}px; container-type: inline-size; font-family: sans-serif;`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(node));
  return host;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
});

const body = (...contents: FlexComponent[]): FlexBubble => ({
  type: "bubble",
  body: { type: "box", layout: "vertical", contents },
});

function rect(element: Element | null): DOMRect {
  if (element === null) throw new Error("element not drawn");
  return element.getBoundingClientRect();
}

describe("bubble", () => {
  for (const [size, width] of Object.entries(BUBBLE_MAX_WIDTH_PX)) {
    it(`${size} is at most ${width} px wide`, () => {
      const view = draw(<Bubble bubble={{ ...body(), size: size as FlexBubble["size"] }} />);
      expect(rect(view.querySelector('[data-flex="bubble"]')).width).toBe(width);
    });
  }

  it("is 80 % of a narrow chat", () => {
    const view = draw(<Bubble bubble={body()} />, 300);
    expect(rect(view.querySelector('[data-flex="bubble"]')).width).toBe(240);
  });
});

describe("text", () => {
  for (const [size, px] of Object.entries(FONT_SIZE_PX)) {
    it(`size ${size} draws at ${px} px`, () => {
      const view = draw(<Bubble bubble={body({ type: "text", text: "Aa", size: size as "md" })} />);
      const text = view.querySelector('[data-flex="text"]') as HTMLElement;
      expect(getComputedStyle(text).fontSize).toBe(`${px}px`);
    });
  }
});

describe("box", () => {
  it("shares a horizontal box's width 1:2 between flex 1 and flex 2", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "horizontal",
          contents: [
            { type: "text", text: "a", flex: 1 },
            { type: "text", text: "b", flex: 2 },
          ],
        })}
      />,
    );
    const [a, b] = [
      ...view.querySelectorAll('[data-layout="horizontal"] > [data-flex="text"]'),
    ].map((el) => rect(el).width);
    expect(b! / a!).toBeCloseTo(2, 2);
  });

  it("puts spacing md (8 px) between children, and a child's margin replaces it", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "vertical",
          spacing: "md",
          contents: [
            { type: "text", text: "a" },
            { type: "text", text: "b" },
            { type: "text", text: "c", margin: "xxl" },
          ],
        })}
      />,
    );
    const [a, b, c] = [
      ...view.querySelectorAll(
        '[data-layout="vertical"] [data-layout="vertical"] > [data-flex="text"]',
      ),
    ].map(rect);
    expect(b!.top - a!.bottom).toBe(SPACE_PX.md);
    expect(c!.top - b!.bottom).toBe(SPACE_PX.xxl);
  });
});
