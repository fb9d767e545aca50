/// <reference types="vite/client" />

import {
  BORDER_WIDTH_PX,
  BUBBLE_MAX_WIDTH_PX,
  BUTTON_HEIGHT_PX,
  FONT_SIZE_PX,
  IMAGE_SIZE_PX,
  SPACE_PX,
} from "@flexkit/draw";
import { describe, expect, it } from "vitest";
import rendering from "../../../shared/spec/RENDERING.md?raw";

/**
 * The renderer's pixel table must be RENDERING.md §2's, number for number: the geometry tests
 * compare the DOM with pixels.ts, and this pins pixels.ts to the spec.
 */
function row(what: string): string {
  const line = rendering.split("\n").find((candidate) => candidate.startsWith(`| ${what} |`));
  if (line === undefined) throw new Error(`RENDERING.md §2 has no row "${what}"`);
  return line.split("|")[2] ?? "";
}

/** "xxs 11 · xs 13 · … px" → { xxs: 11, xs: 13, … }; only the part before any ";". */
function keywords(cell: string): Record<string, number> {
  const list = cell.split(";")[0] ?? "";
  return Object.fromEntries(
    [...list.matchAll(/([a-z0-9-]+) (\d+(?:\.\d+)?)/g)].map((m) => [m[1], Number(m[2])]),
  );
}

describe("pixels.ts is RENDERING.md §2", () => {
  it.each([
    ["Text/span/icon font size", FONT_SIZE_PX],
    ["spacing / margin / padding / offset keywords", SPACE_PX],
    ["cornerRadius keywords", SPACE_PX],
    ["borderWidth keywords", BORDER_WIDTH_PX],
    ["Bubble max width", BUBBLE_MAX_WIDTH_PX],
  ])("%s", (what, table) => {
    expect(table).toEqual(keywords(row(what)));
  });

  it("Image max width (size), full aside", () => {
    const { full: _full, ...sizes } = keywords(row("Image max width (`size`)"));
    expect(IMAGE_SIZE_PX).toEqual(sizes);
  });

  it("Button heights", () => {
    const heights = row("Button").match(/height md (\d+) \/ sm (\d+) px/);
    expect(BUTTON_HEIGHT_PX).toEqual({ md: Number(heights?.[1]), sm: Number(heights?.[2]) });
  });
});
