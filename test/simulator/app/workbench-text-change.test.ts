import { describe, expect, it } from "vitest";
import { textChange } from "../../../packages/simulator/src/app/workbench/text-change.js";

/** `before` with the change applied, as CodeMirror applies it. */
function apply(before: string, change: ReturnType<typeof textChange>): string {
  if (change === undefined) return before;
  return before.slice(0, change.from) + change.insert + before.slice(change.to);
}

describe("textChange: the least change that turns one text into another", () => {
  it("is nothing for the same text", () => {
    expect(textChange('{ "text": "Hi" }', '{ "text": "Hi" }')).toBeUndefined();
  });

  it("a keystroke inserts, deletes or replaces only what differs", () => {
    expect(textChange('"text": "Hel"', '"text": "Hell"')).toEqual({
      from: 12,
      to: 12,
      insert: "l",
    });
    expect(textChange('"text": "Hell"', '"text": "Hel"')).toEqual({ from: 12, to: 13, insert: "" });
    expect(textChange('"size": "md",', '"size": "xl",')).toEqual({ from: 9, to: 11, insert: "xl" });
  });

  it("never takes the same character as both prefix and suffix", () => {
    // "aa" → "aaa": the whole of "aa" is a common prefix; the suffix must not overlap it.
    expect(textChange("aa", "aaa")).toEqual({ from: 2, to: 2, insert: "a" });
    expect(textChange("aaa", "aa")).toEqual({ from: 2, to: 3, insert: "" });
    expect(textChange("", "abc")).toEqual({ from: 0, to: 0, insert: "abc" });
    expect(textChange("abc", "")).toEqual({ from: 0, to: 3, insert: "" });
  });

  it("never splits a character written as two UTF-16 units", () => {
    // 😀 (U+1F600) and 😃 (U+1F603) share their first unit, 😀 and 🈀 (U+1F200) their last.
    expect(textChange('"😀"', '"😃"')).toEqual({ from: 1, to: 3, insert: "😃" });
    expect(textChange('"😀"', '"🈀"')).toEqual({ from: 1, to: 3, insert: "🈀" });
  });

  it("always gives the text it was asked for", () => {
    const pairs: Array<[string, string]> = [
      ['{\n  "text": "Hello"\n}', '{\n  "text": "Hello, world"\n}'],
      ['{\n  "flex": 1\n}', '{\n  "flex": 12,\n  "size": "sm"\n}'],
      ["abcabc", "abc"],
      ["x😀y", "x😀😀y"],
      ["👍", ""],
    ];
    for (const [before, after] of pairs)
      expect(apply(before, textChange(before, after))).toBe(after);
  });
});
