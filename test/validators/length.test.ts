import { lenGraphemes, lenUtf16, utf8Length } from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FAMILY } from "./rule-helpers.js";

describe("lengths counted the way LINE counts them (RULES.md §10)", () => {
  it("counts UTF-16 code units by default: an apple is 2", () => {
    expect(lenUtf16("🍎")).toBe(2);
    expect(lenUtf16(FAMILY)).toBe(11);
  });
  it("counts grapheme clusters: a family is 1, CR LF is 1, ASCII is one per character", () => {
    expect(lenGraphemes(FAMILY)).toBe(1);
    expect(lenGraphemes("a\r\nb")).toBe(3);
    expect(lenGraphemes("a\n\rb")).toBe(4);
    expect(lenGraphemes("é")).toBe(1);
  });
  it("the ASCII fast path agrees with Intl.Segmenter", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 40 }), (text) => {
        expect(lenGraphemes(text)).toBe([...segmenter.segment(text)].length);
      }),
      { numRuns: 300, seed: 1 },
    );
  });
  it("counts UTF-8 bytes like TextEncoder, surrogate pairs and lone surrogates included", () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expect(utf8Length(text)).toBe(encoder.encode(text).length);
      }),
      { numRuns: 300, seed: 2 },
    );
  });
});
