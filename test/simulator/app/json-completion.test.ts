import { FlexTextSchema } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { jsonCompletions } from "../../../packages/simulator/src/app/workbench/json-completion.js";

/** The completions where `|` stands in `text` (the bar itself is taken out). */
function at(text: string, options?: Parameters<typeof jsonCompletions>[2]) {
  const offset = text.indexOf("|");
  const result = jsonCompletions(text.replace("|", ""), offset, options);
  return result;
}

const labels = (text: string) => at(text)?.options.map((option) => option.label) ?? [];

const bubbleWith = (body: string) =>
  `{"type": "flex", "altText": "a", "contents": {"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": [${body}]}}}`;

describe("JSON completion from the validators' schemas", () => {
  it("offers a text's properties inside a text, without those already written", () => {
    const names = labels(bubbleWith('{"type": "text", "text": "Hi", "si|"}'));
    expect(names).toContain("size");
    expect(names).toContain("wrap");
    expect(names).toContain("maxLines");
    expect(names).not.toContain("text");
    expect(names).not.toContain("layout");
  });

  it("replaces the quoted name being typed and adds the colon", () => {
    const text = bubbleWith('{"type": "text", "text": "Hi", "si|"}');
    const result = at(text)!;
    const size = result.options.find((option) => option.label === "size")!;
    expect(result.path).toBe("contents.body.contents[0]");
    const offset = text.indexOf("|");
    expect(text.replace("|", "").slice(result.from, offset)).toBe("si");
    expect(size.apply).toBe('size": ');
    expect(size.type).toBe("property");
  });

  it("offers names at a new place after a comma, quoted", () => {
    const result = at('{"type": "flex", |}')!;
    expect(result.options.map((option) => option.label)).toEqual(
      expect.arrayContaining(["altText", "contents", "quickReply", "sender"]),
    );
    expect(result.options.find((option) => option.label === "altText")!.apply).toBe('"altText": ');
  });

  it("offers a box's properties while the JSON does not parse yet", () => {
    const names = labels(
      '{"type": "flex", "altText": "a", "contents": {"type": "bubble", "body": {"type": "box", "|',
    );
    expect(names).toEqual(expect.arrayContaining(["layout", "contents", "paddingAll", "spacing"]));
    expect(names).not.toContain("type");
  });

  it("offers the keyword values of a grammar (size) and of an enum (layout)", () => {
    const sizes = labels(bubbleWith('{"type": "text", "text": "Hi", "size": "|"}'));
    expect(sizes).toEqual(["xxs", "xs", "sm", "md", "lg", "xl", "xxl", "3xl", "4xl", "5xl"]);
    const layouts = labels(
      '{"type": "flex", "altText": "a", "contents": {"type": "bubble", "body": {"type": "box", "layout": "|"}}}',
    );
    expect(layouts).toEqual(["horizontal", "vertical", "baseline"]);
  });

  it("offers the types a place allows, and booleans bare", () => {
    expect(labels(bubbleWith('{"type": "|"}'))).toEqual(
      expect.arrayContaining(["box", "text", "image", "button", "separator", "icon", "span"]),
    );
    const wrap = at(bubbleWith('{"type": "text", "text": "Hi", "wrap": |}'))!;
    expect(wrap.options.map((option) => [option.label, option.apply])).toEqual([
      ["true", "true"],
      ["false", "false"],
    ]);
  });

  it("replaces the value typed so far, up to its closing quote", () => {
    const text = bubbleWith('{"type": "text", "text": "Hi", "size": "x|l"}');
    const result = at(text)!;
    const plain = text.replace("|", "");
    expect(plain.slice(result.from, result.to)).toBe('xl"');
    expect(result.path).toBe("contents.body.contents[0].size");
    expect(result.options.find((option) => option.label === "xxl")!.apply).toBe('xxl"');
  });

  it("reads a list of messages and a push body as messages", () => {
    expect(labels('[{"type": "text", |}]')).toEqual(
      expect.arrayContaining(["text", "emojis", "quoteToken"]),
    );
    expect(labels('{"to": "U0", "messages": [{"type": "sticker", |}]}')).toEqual(
      expect.arrayContaining(["packageId", "stickerId"]),
    );
    expect(labels('{"to": "U0", |}')).toContain("messages");
  });

  it("gives each property's object schema and name to the describe hook", () => {
    const seen: Array<[unknown, string]> = [];
    const result = at(bubbleWith('{"type": "text", "text": "Hi", "col|"}'), {
      describe: (schema, key) => {
        seen.push([schema, key]);
        return key === "color" ? "The font colour." : undefined;
      },
    })!;
    expect(seen).toContainEqual([FlexTextSchema, "color"]);
    expect(result.options.find((option) => option.label === "color")!.info).toBe(
      "The font colour.",
    );
    expect(result.options.find((option) => option.label === "size")!.info).toBeUndefined();
  });

  it("offers nothing outside any object, or in a text value", () => {
    expect(at("|")).toBeUndefined();
    expect(at('{"type": "text", "text": "Hel|lo"}')).toBeUndefined();
  });
});
