/** @jsxImportSource react */

import { FONT_SIZE_PX, TEXT_LINE_HEIGHT } from "@flexkit/draw";
import { Bubble } from "@flexkit/draw/react";
import type { FlexBox, FlexComponent } from "@flexkit/validators";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";

/**
 * Text `gravity` places a text's lines vertically in the height its box gives it: top by default,
 * center, bottom; a baseline box ignores it (RENDERING.md §1). Drawn in real Chromium; a Range
 * around the text's characters is where its glyph line boxes are.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function draw(box: FlexBox): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = "width: 400px; container-type: inline-size; font-family: sans-serif;";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Bubble bubble={{ type: "bubble", body: box }} />));
  return host;
}

/** The text element and the box its characters' line boxes take. */
function lines(view: HTMLElement, index = 0): { element: DOMRect; glyphs: DOMRect } {
  const element = view.querySelectorAll<HTMLElement>('[data-flex="text"]')[index];
  if (element === undefined) throw new Error(`no text #${index}`);
  const range = document.createRange();
  range.selectNodeContents(element);
  return { element: element.getBoundingClientRect(), glyphs: range.getBoundingClientRect() };
}

/** Where the glyphs sit in the text's own height: 0 = top, 0.5 = centred, 1 = bottom. */
function placement({ element, glyphs }: { element: DOMRect; glyphs: DOMRect }): number {
  return (glyphs.top - element.top) / (element.height - glyphs.height);
}

const tall = (contents: FlexComponent[], layout: FlexBox["layout"] = "vertical"): FlexBox => ({
  type: "box",
  layout,
  height: "200px",
  // No block padding: the box's height is all the texts'.
  paddingAll: "none",
  contents,
});

const LONG = "The quick brown fox jumps over the lazy dog. ".repeat(6);
const LINE_PX = FONT_SIZE_PX.md * TEXT_LINE_HEIGHT;

const GRAVITIES = [
  ["top", 0],
  ["center", 0.5],
  ["bottom", 1],
] as const;

describe("text gravity in a vertical box", () => {
  for (const [gravity, at] of GRAVITIES) {
    it(`${gravity}: a growing text's line sits at the ${gravity} of its height`, () => {
      const view = draw(tall([{ type: "text", text: "Brown Cafe", flex: 1, gravity }]));
      const drawn = lines(view);
      // The text did grow: otherwise there is nothing to place.
      expect(drawn.element.height).toBeCloseTo(200, 0);
      expect(placement(drawn)).toBeCloseTo(at, 1);
    });
  }

  it("defaults to top", () => {
    const view = draw(tall([{ type: "text", text: "Brown Cafe", flex: 1 }]));
    expect(placement(lines(view))).toBeCloseTo(0, 1);
  });

  it("places a wrapped text's lines as one block", () => {
    const view = draw(
      tall([{ type: "text", text: "one\ntwo\nthree", wrap: true, flex: 1, gravity: "bottom" }]),
    );
    const drawn = lines(view);
    expect(drawn.glyphs.height).toBeGreaterThan(2 * FONT_SIZE_PX.md);
    expect(placement(drawn)).toBeCloseTo(1, 1);
  });

  it("places the kept lines of a maxLines text, and still hides the rest", () => {
    const view = draw(
      tall([{ type: "text", text: LONG, wrap: true, maxLines: 2, flex: 1, gravity: "center" }]),
    );
    const place = view.querySelector('[data-layout="vertical"]')!.getBoundingClientRect();
    const text = view.querySelector<HTMLElement>('[data-flex="text"]')!;
    const kept = text.getBoundingClientRect();
    // Two lines are shown, cut with Chromium's "…", centred in the 200 px the text takes.
    expect(kept.height).toBeCloseTo(2 * LINE_PX, 0);
    expect(text.scrollHeight).toBeGreaterThan(text.clientHeight);
    expect(kept.top - place.top).toBeCloseTo((place.height - kept.height) / 2, 0);
  });

  it("keeps a one-line text cut with an ellipsis while placing it", () => {
    const view = draw(tall([{ type: "text", text: LONG, flex: 1, gravity: "center" }]));
    const element = view.querySelector<HTMLElement>('[data-flex="text"]')!;
    expect(getComputedStyle(element).textOverflow).toBe("ellipsis");
    expect(element.scrollWidth).toBeGreaterThan(element.clientWidth);
    expect(placement(lines(view))).toBeCloseTo(0.5, 1);
  });
});

describe("text gravity elsewhere", () => {
  for (const [gravity, at] of GRAVITIES) {
    it(`${gravity} in a horizontal box places the text on the cross axis`, () => {
      const view = draw(
        tall(
          [
            { type: "text", text: "tall\nneighbour", wrap: true, size: "3xl" },
            { type: "text", text: "placed", gravity },
          ],
          "horizontal",
        ),
      );
      const row = view.querySelector('[data-layout="horizontal"]')!.getBoundingClientRect();
      const { glyphs } = lines(view, 1);
      expect((glyphs.top - row.top) / (row.height - glyphs.height)).toBeCloseTo(at, 1);
    });
  }

  it("a maxLines text stretched by its row still shows only its kept lines", () => {
    const view = draw({
      type: "box",
      layout: "horizontal",
      paddingAll: "none",
      contents: [
        { type: "text", text: "a\nb\nc\nd\ne\nf", wrap: true },
        { type: "text", text: LONG, wrap: true, maxLines: 2 },
      ],
    });
    const row = view.querySelector('[data-layout="horizontal"]')!.getBoundingClientRect();
    const clamped = view.querySelectorAll<HTMLElement>('[data-flex="text"]')[1]!;
    const kept = clamped.getBoundingClientRect();
    expect(kept.height).toBeCloseTo(2 * LINE_PX, 0);
    expect(row.height).toBeCloseTo(6 * LINE_PX, 0);
    expect(kept.top).toBeCloseTo(row.top, 0);
  });

  it("is ignored in a baseline box: the text stays on the shared baseline", () => {
    const view = draw(
      tall(
        [
          { type: "text", text: "Big", size: "3xl" },
          { type: "text", text: "small", size: "xs", gravity: "top" },
        ],
        "baseline",
      ),
    );
    const [big, small] = [0, 1].map((index) => lines(view, index).glyphs);
    // Different sizes on one baseline: the smaller text's glyph box ends near the bigger one's.
    expect(Math.abs(big!.bottom - small!.bottom)).toBeLessThan(8);
    expect(small!.top).toBeGreaterThan(big!.top + 10);
  });
});
