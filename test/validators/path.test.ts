import { formatPath, type PathStep, parsePath, valueAt } from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** Any step list: keys of every kind (odd ones too) and array indexes. */
const steps = fc.array(
  fc.oneof(
    fc.nat(),
    fc.string(),
    fc.string({ unit: "binary" }),
    fc.constantFrom("", "0", "007", ".", "[", "]", "[0]", '"', "\\", " ", "a.b", '["x"]', "\n"),
  ),
  { maxLength: 8 },
);

describe("formatPath: LINE's notation", () => {
  it("writes keys after dots and indexes in brackets", () => {
    expect(formatPath(["messages", 0, "contents", "body", "contents", 2, "text"])).toBe(
      "messages[0].contents.body.contents[2].text",
    );
    expect(formatPath([1, "quickReply", "items", 0])).toBe("[1].quickReply.items[0]");
    expect(formatPath([])).toBe("");
  });

  it("continues a prefix", () => {
    expect(formatPath(["contents", 0], "messages[1]")).toBe("messages[1].contents[0]");
    expect(formatPath([0], "messages")).toBe("messages[0]");
    expect(formatPath([], "messages")).toBe("messages");
  });

  it("writes rich menu aliases as LINE's own keys, after a dot", () => {
    expect(formatPath(["menu-a", "areas", 0, "action"])).toBe("menu-a.areas[0].action");
    expect(formatPath(["tab_2"], "richMenus")).toBe("richMenus.tab_2");
  });

  it('quotes a key that would not read back as itself: empty, with . [ ] " \\, spaces, only digits', () => {
    expect(formatPath(["contents", "a.b"])).toBe('contents["a.b"]');
    expect(formatPath(["a[0]"])).toBe('["a[0]"]');
    expect(formatPath(["x", "a]"])).toBe('x["a]"]');
    expect(formatPath(["x", ""])).toBe('x[""]');
    expect(formatPath(["", "x"])).toBe('[""].x');
    expect(formatPath(["x", 'say "hi"'])).toBe('x["say \\"hi\\""]');
    expect(formatPath(["x", "back\\slash"])).toBe('x["back\\\\slash"]');
    expect(formatPath(["x", "two words"])).toBe('x["two words"]');
    expect(formatPath(["x", "line\nbreak"])).toBe('x["line\\nbreak"]');
    // A key of digits is not an index: `items["0"]` is a key, `items[0]` an index.
    expect(formatPath(["items", "0"])).toBe('items["0"]');
    expect(formatPath(["items", 0])).toBe("items[0]");
    expect(formatPath(["items", "0a"])).toBe("items.0a");
  });
});

describe("parsePath", () => {
  it("splits LINE property paths into keys and indexes", () => {
    expect(parsePath("contents.body.contents[2].text")).toEqual([
      "contents",
      "body",
      "contents",
      2,
      "text",
    ]);
    expect(parsePath("[1].quickReply.items[0]")).toEqual([1, "quickReply", "items", 0]);
    expect(parsePath("messages[0].contents.body.contents[2].text")).toEqual([
      "messages",
      0,
      "contents",
      "body",
      "contents",
      2,
      "text",
    ]);
    expect(parsePath("")).toEqual([]);
  });

  it("reads quoted keys, and tells keys of digits from indexes", () => {
    expect(parsePath('contents["a.b"].c')).toEqual(["contents", "a.b", "c"]);
    expect(parsePath('[""]')).toEqual([""]);
    expect(parsePath('x["say \\"hi\\""]')).toEqual(["x", 'say "hi"']);
    expect(parsePath('items["0"]')).toEqual(["items", "0"]);
    expect(parsePath("items[0]")).toEqual(["items", 0]);
    expect(parsePath("menu-a.areas[0]")).toEqual(["menu-a", "areas", 0]);
  });

  it("reads what it did not write as the earlier parsers did, and never throws", () => {
    // Not formatPath's output, but it may come from elsewhere (LINE's details): runs of characters
    // between separators are keys, digits in brackets are indexes.
    expect(parsePath("a..b")).toEqual(["a", "b"]);
    expect(parsePath(".a")).toEqual(["a"]);
    expect(parsePath("a[x]")).toEqual(["a", "x"]);
    expect(parsePath("a[-1]")).toEqual(["a", "-1"]);
    expect(parsePath('a["unterminated')).toEqual(["a", '"unterminated']);
    expect(parsePath('a["bad \\q escape"]')).toEqual(["a", '"bad \\q escape"']);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(Array.isArray(parsePath(text))).toBe(true);
      }),
      { numRuns: 500, seed: 16 },
    );
  });

  it("reads back every path formatPath writes: parsePath(formatPath(steps)) equals steps", () => {
    fc.assert(
      fc.property(steps, (list: PathStep[]) => {
        expect(parsePath(formatPath(list))).toEqual(list);
      }),
      { numRuns: 1000, seed: 16 },
    );
  });

  it("and with a prefix: the prefix's steps, then the steps", () => {
    fc.assert(
      fc.property(steps, steps, (head: PathStep[], tail: PathStep[]) => {
        expect(parsePath(formatPath(tail, formatPath(head)))).toEqual([...head, ...tail]);
      }),
      { numRuns: 500, seed: 17 },
    );
  });
});

describe("valueAt", () => {
  const request = {
    to: "U1",
    messages: [{ type: "flex", contents: { body: { contents: [{ text: "a" }, { text: "b" }] } } }],
  };

  it("reads a value by a written path or by steps", () => {
    expect(valueAt(request, "messages[0].contents.body.contents[1].text")).toEqual({
      found: true,
      value: "b",
    });
    expect(valueAt(request, ["messages", 0, "type"])).toEqual({ found: true, value: "flex" });
    expect(valueAt(request, "")).toEqual({ found: true, value: request });
    expect(valueAt({ "a.b": 1 }, '["a.b"]')).toEqual({ found: true, value: 1 });
  });

  it("finds nothing where the path leads nowhere", () => {
    expect(valueAt(request, "messages[3]")).toEqual({ found: false });
    expect(valueAt(request, "to.length")).toEqual({ found: false });
    expect(valueAt(request, ["messages", 0, "altText"])).toEqual({ found: false });
    expect(valueAt(null, "a")).toEqual({ found: false });
  });

  it("reads own properties only: every object inherits constructor, no path names it", () => {
    expect(valueAt({}, "constructor")).toEqual({ found: false });
    expect(valueAt([], "[0]")).toEqual({ found: false });
  });

  it("never throws: a getter or a revoked Proxy is a place not found", () => {
    const getter = Object.defineProperty({}, "a", {
      enumerable: true,
      get: () => {
        throw new Error("boom");
      },
    });
    expect(valueAt(getter, "a")).toEqual({ found: false });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(valueAt(proxy, "a")).toEqual({ found: false });
  });
});
