/** @jsxImportSource react */

import { FONT_SIZE_PX, TEXT_LINE_HEIGHT } from "@flexkit/draw";
import { Bubble } from "@flexkit/draw/react";
import type { FlexBox, FlexBubble, FlexComponent } from "@flexkit/validators";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { darkRuns, devicePixels } from "./device-pixels.js";

/**
 * Where a side-by-side of LINE's showcase templates found the renderer unlike LINE (issue 18;
 * RENDERING.md §1, §2, §7), measured as a person sees it: device pixels, computed sizes and
 * positions.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function draw(bubble: FlexBubble, chatWidth = 400): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = `width: ${chatWidth}px; container-type: inline-size; font-family: sans-serif;`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Bubble bubble={bubble} />));
  return host;
}

const bodyOf = (...contents: FlexComponent[]): FlexBubble => ({
  type: "bubble",
  body: { type: "box", layout: "vertical", contents },
});

const box = (
  layout: FlexBox["layout"],
  contents: FlexComponent[],
  props: Partial<FlexBox> = {},
): FlexBox => ({ type: "box", layout, contents, ...props });

function rect(element: Element | null | undefined): DOMRect {
  if (element === null || element === undefined) throw new Error("element not drawn");
  return element.getBoundingClientRect();
}

function marked(view: HTMLElement, selector: string): HTMLElement {
  const found = view.querySelector<HTMLElement>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}

const picture = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==";
const LINE_PX = FONT_SIZE_PX.md * TEXT_LINE_HEIGHT;

describe("1. separators: a 1 px border scaled by 0.5 (RENDERING.md §2)", () => {
  // Gaps that put every separator but the last at a fraction of a CSS pixel; black on the white
  // bubble, so that a pixel's intensity is the line's coverage. The last one is its box's last
  // child, at its far edge: its line is drawn inside the box, not clipped.
  const gap = (size: `${number}px`, across: boolean): FlexBox =>
    box("vertical", [], across ? { height: size } : { width: size });
  const line: FlexComponent = { type: "separator", color: "#000000" };
  const sizes = ["10.3px", "10.3px", "7.7px", "12.7px"] as const;

  function drawLines(layout: "vertical" | "horizontal", direction?: "rtl"): HTMLElement {
    const across = layout === "vertical";
    const view = draw({
      ...bodyOf(
        box(
          layout,
          sizes.flatMap((size) => [gap(size, across), line]),
          across ? { paddingAll: "none" } : { paddingAll: "none", height: "20px" },
        ),
      ),
      ...(direction === undefined ? {} : { direction }),
    });
    return marked(view, `[data-flex="box"] > [data-layout="${layout}"]`);
  }

  for (const layout of ["vertical", "horizontal"] as const) {
    const along = (pixels: { width: number; height: number }) =>
      layout === "vertical"
        ? { x: Math.floor(pixels.width / 2) }
        : { y: Math.floor(pixels.height / 2) };

    it(`in a ${layout} box: one crisp device pixel each at 2×`, async () => {
      const pixels = await devicePixels(drawLines(layout), 2);
      const runs = darkRuns(pixels, along(pixels));
      expect(runs.map((run) => run.length)).toEqual([1, 1, 1, 1]);
      for (const run of runs) expect(run.darkest).toBeLessThan(16);
    });

    it(`in a ${layout} box: a half-intensity line each at 1×`, async () => {
      const pixels = await devicePixels(drawLines(layout), 1);
      const runs = darkRuns(pixels, along(pixels));
      expect(runs.map((run) => run.length)).toEqual([1, 1, 1, 1]);
      for (const run of runs) expect(run.darkest).toBeGreaterThan(80);
      for (const run of runs) expect(run.darkest).toBeLessThan(176);
    });
  }

  it("in an rtl bubble's horizontal box: one crisp device pixel each at 2×", async () => {
    const pixels = await devicePixels(drawLines("horizontal", "rtl"), 2);
    const runs = darkRuns(pixels, { y: Math.floor(pixels.height / 2) });
    expect(runs.map((run) => run.length)).toEqual([1, 1, 1, 1]);
    for (const run of runs) expect(run.darkest).toBeLessThan(16);
  });

  it("adds no height down a list", () => {
    const view = draw(
      bodyOf(
        box(
          "vertical",
          [
            { type: "text", text: "a" },
            { type: "separator" },
            { type: "text", text: "b" },
            { type: "separator" },
            { type: "text", text: "c" },
          ],
          { paddingAll: "none" },
        ),
      ),
    );
    const list = rect(marked(view, '[data-flex="box"] > [data-layout="vertical"]'));
    expect(list.height).toBeCloseTo(3 * LINE_PX, 1);
  });
});

describe("2. a filler grows in a vertical box too (RENDERING.md §1)", () => {
  it("centres a text between two fillers in a 60 px box", () => {
    const view = draw(
      bodyOf(
        box(
          "vertical",
          [{ type: "filler" }, { type: "text", text: "Add to cart" }, { type: "filler" }],
          { height: "60px", paddingAll: "none" },
        ),
      ),
    );
    const column = rect(marked(view, '[data-flex="box"] > [data-layout="vertical"]'));
    const text = rect(marked(view, '[data-flex="text"]'));
    expect(column.height).toBe(60);
    expect(text.top - column.top).toBeCloseTo((60 - LINE_PX) / 2, 1);
    expect(column.bottom - text.bottom).toBeCloseTo((60 - LINE_PX) / 2, 1);
  });
});

describe("3. a full image is as wide as its box, even sized by its content (RENDERING.md §1)", () => {
  it("absolute with only offsetTop and offsetStart: a background under a white title", () => {
    const view = draw(
      bodyOf(
        box(
          "vertical",
          [
            {
              type: "image",
              url: picture,
              size: "full",
              aspectRatio: "2:1",
              aspectMode: "cover",
              position: "absolute",
              offsetTop: "0px",
              offsetStart: "0px",
            },
            { type: "text", text: "Summary", color: "#ffffff" },
          ],
          { paddingAll: "none", height: "100px" },
        ),
      ),
    );
    const frame = rect(marked(view, '[data-flex="box"] > [data-layout="vertical"]'));
    const area = rect(marked(view, "[data-image-area]"));
    expect(area.width).toBe(frame.width);
    expect(area.height).toBe(frame.width / 2);
  });

  it("flex 0 in a horizontal box", () => {
    const view = draw(
      bodyOf(
        box("horizontal", [{ type: "image", url: picture, size: "full", flex: 0 }], {
          paddingAll: "none",
        }),
      ),
    );
    const row = rect(marked(view, '[data-layout="horizontal"]'));
    expect(row.width).toBeGreaterThan(200);
    expect(rect(marked(view, "[data-image-area]")).width).toBe(row.width);
  });
});

describe("4. icons in a baseline row sit in a 1.4 em line, like text (RENDERING.md §2)", () => {
  it("a 3xl icon beside sm text makes a 49 px row", () => {
    const view = draw(
      bodyOf(
        box(
          "baseline",
          [
            { type: "icon", url: picture, size: "3xl" },
            { type: "text", text: "4.6 · 312 reviews", size: "sm" },
          ],
          { paddingAll: "none" },
        ),
      ),
    );
    const row = rect(marked(view, '[data-layout="baseline"]'));
    expect(row.height).toBeCloseTo(FONT_SIZE_PX["3xl"] * TEXT_LINE_HEIGHT, 1);
    // The picture is still 1em, on the text's baseline.
    const icon = rect(marked(view, '[data-flex="icon"] > span'));
    expect(icon.height).toBe(FONT_SIZE_PX["3xl"]);
  });
});

describe("5. a horizontal box under alignItems keeps its width (RENDERING.md §1)", () => {
  it("spans its vertical box, and its texts split it", () => {
    const view = draw(
      bodyOf(
        box(
          "vertical",
          [
            box("horizontal", [
              { type: "text", text: "Departure" },
              { type: "text", text: "Arrival" },
            ]),
          ],
          { alignItems: "center", paddingAll: "none" },
        ),
      ),
    );
    const column = rect(marked(view, '[data-flex="box"] > [data-layout="vertical"]'));
    const row = rect(marked(view, '[data-layout="horizontal"]'));
    expect(row.width).toBe(column.width);
    const [departure, arrival] = [...view.querySelectorAll('[data-flex="text"]')].map(rect);
    expect(departure!.width).toBeCloseTo(column.width / 2, 1);
    expect(arrival!.width).toBeCloseTo(column.width / 2, 1);
  });
});

describe("6. spaces in text: collapsed whether or not wrap is set (RENDERING.md §7)", () => {
  /** The width the characters of text #index take (not the text element's). */
  function glyphWidth(view: HTMLElement, index: number): number {
    const element = view.querySelectorAll('[data-flex="text"]')[index];
    if (element === undefined) throw new Error(`no text #${index}`);
    const range = document.createRange();
    range.selectNodeContents(element);
    return range.getBoundingClientRect().width;
  }

  it("runs of spaces and leading spaces draw as one space, or none, in both modes", () => {
    const view = draw(
      bodyOf(
        { type: "text", text: "   Total:     ¥900" },
        { type: "text", text: "   Total:     ¥900", wrap: true },
        { type: "text", text: "Total: ¥900" },
      ),
    );
    const [oneLine, wrapped, single] = [0, 1, 2].map((index) => glyphWidth(view, index));
    expect(wrapped).toBeCloseTo(oneLine!, 1);
    expect(oneLine).toBeCloseTo(single!, 1);
  });

  it("wrap still honours \\n", () => {
    const view = draw(bodyOf({ type: "text", text: "first\n  second", wrap: true }));
    const text = rect(marked(view, '[data-flex="text"]'));
    expect(text.height).toBeCloseTo(2 * LINE_PX, 1);
  });
});

describe("borderWidth without borderColor (RENDERING.md §7)", () => {
  it("is drawn black, as the simulator's notes say", () => {
    const view = draw(bodyOf(box("vertical", [], { borderWidth: "medium", height: "20px" })));
    const framed = getComputedStyle(marked(view, '[data-flex="box"] > [data-layout="vertical"]'));
    expect([framed.borderTopWidth, framed.borderTopStyle, framed.borderTopColor]).toEqual([
      "2px",
      "solid",
      "rgb(0, 0, 0)",
    ]);
  });
});
