import { describe, expect, it } from "vitest";
import {
  createJsonLocator,
  locateJsonPath,
} from "../../../packages/simulator/src/shared/json-locator.js";

const text = `{
  "type": "flex",
  "altText": "Hi \\"there\\"",
  "contents": {
    "type": "bubble",
    "body": {
      "type": "box", "layout": "vertical",
      "contents": [
        { "type": "text", "text": "one" },
        { "type": "text", "text": "two", "size": "huge" }
      ]
    }
  }
}`;

/** The text a range covers. */
function at(source: string, path: Parameters<typeof locateJsonPath>[1]): string | undefined {
  const range = locateJsonPath(source, path);
  return range === undefined ? undefined : source.slice(range.from, range.to);
}

describe("JSON path locator", () => {
  it("finds a value deep in a message by its LINE path", () => {
    expect(at(text, "contents.body.contents[1].size")).toBe('"huge"');
    expect(at(text, "contents.body.contents[0]")).toBe('{ "type": "text", "text": "one" }');
    expect(at(text, "altText")).toBe('"Hi \\"there\\""');
    expect(at(text, "contents.body.layout")).toBe('"vertical"');
  });

  it("the empty path is the whole document", () => {
    expect(locateJsonPath(text, "")).toEqual({ from: 0, to: text.length, path: "", exact: true });
  });

  it("a missing key points at the deepest ancestor that exists, and says so", () => {
    const range = locateJsonPath(text, "contents.body.contents[0].wrap");
    expect(range?.exact).toBe(false);
    expect(range?.path).toBe("contents.body.contents[0]");
    expect(at(text, "contents.footer.contents[0]")).toBe(at(text, "contents"));
    expect(locateJsonPath(text, "contents.body.contents[7]")?.path).toBe("contents.body.contents");
  });

  it("reads arrays at the root, numbers, literals and nested arrays", () => {
    const list =
      '[{"type":"text","text":"a"}, {"type":"sticker","packageId":"1","n":[1,-2.5e3,true,null]}]';
    expect(at(list, "[1].packageId")).toBe('"1"');
    expect(at(list, "[1].n[1]")).toBe("-2.5e3");
    expect(at(list, "[1].n[3]")).toBe("null");
    expect(locateJsonPath(list, "[2]")?.exact).toBe(false);
  });

  it("finds a path given as steps (an issue's path), odd keys too", () => {
    expect(at(text, ["contents", "body", "contents", 1, "size"])).toBe('"huge"');
    const odd = '{"a.b": {"0": "key", "c": [10, 20]}, "": 1}';
    expect(at(odd, ["a.b", "0"])).toBe('"key"');
    expect(at(odd, '["a.b"].c[1]')).toBe("20");
    expect(at(odd, [""])).toBe("1");
    // A key of digits is not an index.
    expect(locateJsonPath(odd, ["a.b", "c", "1"])).toMatchObject({
      exact: false,
      path: '["a.b"].c',
    });
  });

  it("answers many paths from one parse", () => {
    const locate = createJsonLocator(text);
    expect(locate?.("type")).toMatchObject({ exact: true, path: "type" });
    expect(locate?.("contents.type")).toMatchObject({ exact: true });
  });

  it("gives nothing for text that is not JSON, or has trailing junk", () => {
    expect(locateJsonPath('{"type": }', "type")).toBeUndefined();
    expect(locateJsonPath('{"type": "text"} x', "type")).toBeUndefined();
    expect(locateJsonPath('{"type": "te', "type")).toBeUndefined();
  });
});
