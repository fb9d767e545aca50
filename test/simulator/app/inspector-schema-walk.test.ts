import * as validators from "@flexkit/validators";
import {
  ActionSchema,
  FlexBoxSchema,
  FlexContainerSchema,
  FlexTextSchema,
  formatPath,
  LIMITS,
  LinearGradientSchema,
  MessageSchema,
  type PathStep,
  PushRequestSchema,
  RichMenuSchema,
  SIZE_KEYWORDS,
} from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  allowedTags,
  controlFor,
  coverageGaps,
  freshObject,
  objectAt,
  propertiesOf,
  removeAt,
  rootSchema,
  type SchemaLike,
  schemaAt,
  setAt,
  switchTag,
} from "../../../packages/simulator/src/app/workbench/visual/schema-walk.js";
import { GALLERY, renderSample } from "../../../packages/simulator/src/samples/gallery/index.js";

/** The inspector reads the validators' schemas: every property gets a control, none is invented. */

const control = (schema: SchemaLike, key: string) =>
  propertiesOf(schema).find((property) => property.key === key)?.control;

const button = (action: unknown) => ({ type: "button", action });
const flex = (...contents: unknown[]) => ({
  type: "flex",
  altText: "a",
  contents: { type: "bubble", body: { type: "box", layout: "vertical", contents } },
});

describe("schema coverage", () => {
  it("finds a control for every property of every message, Flex component, block style, action, template, imagemap and rich menu", () => {
    const roots = [
      rootSchema([]),
      rootSchema({ to: "U", messages: [] }),
      rootSchema({ richMenus: {} }),
      MessageSchema,
      FlexContainerSchema,
      RichMenuSchema,
      PushRequestSchema,
    ];
    const { gaps, properties, reached } = coverageGaps(roots);
    expect(gaps).toEqual([]);
    // Every object schema the validators export (each Flex component, block style, action,
    // template, imagemap and rich menu part) is reached from the messages, so was checked above.
    const exported = Object.entries(validators).filter(
      ([name, value]) =>
        name.endsWith("Schema") &&
        ((value as SchemaLike)._zod.def as { type: string }).type === "object",
    );
    expect(exported.length).toBeGreaterThan(40);
    expect(
      exported.filter(([, schema]) => !reached.has(schema as SchemaLike)).map(([name]) => name),
    ).toEqual([]);
    expect(properties).toBeGreaterThan(250);
  });

  it("fails on a property no control edits", () => {
    const odd = z.strictObject({
      type: z.literal("odd"),
      when: z.date(),
      nested: z.strictObject({ big: z.bigint().optional() }).optional(),
    });
    expect(coverageGaps([odd]).gaps).toEqual([
      { where: "root0.when", what: "a zod date" },
      { where: "root0.nested.big", what: "a zod bigint" },
    ]);
  });
});

describe("controls", () => {
  it("reads keywords, units, colours, switches, numbers and texts from the value grammars", () => {
    expect(control(FlexTextSchema, "size")).toEqual({
      kind: "length",
      keywords: [...SIZE_KEYWORDS],
      units: ["px"],
      negative: false,
    });
    expect(control(FlexTextSchema, "offsetTop")).toEqual({
      kind: "length",
      keywords: ["none", "xs", "sm", "md", "lg", "xl", "xxl"],
      units: ["px", "%"],
      negative: true,
    });
    expect(control(FlexBoxSchema, "width")).toMatchObject({ keywords: [], units: ["px", "%"] });
    expect(control(LinearGradientSchema, "angle")).toMatchObject({ keywords: [], units: ["deg"] });
    expect(control(FlexBoxSchema, "borderWidth")).toMatchObject({
      keywords: ["none", "light", "normal", "medium", "semi-bold", "bold"],
    });
    expect(control(FlexTextSchema, "color")).toEqual({ kind: "color" });
    expect(control(FlexTextSchema, "wrap")).toEqual({ kind: "switch" });
    expect(control(FlexTextSchema, "maxLines")).toEqual({
      kind: "number",
      integer: true,
      min: 0,
      max: LIMITS.maxLinesMax.value,
    });
    expect(control(FlexTextSchema, "align")).toEqual({
      kind: "keyword",
      options: ["start", "end", "center"],
    });
    expect(control(FlexTextSchema, "action")).toMatchObject({ kind: "union", fixed: false });
    expect(control(FlexTextSchema, "contents")).toEqual({ kind: "children", list: true });
    expect(control(FlexBoxSchema, "background")).toMatchObject({ kind: "object" });
    const flexMessage = objectAt(flex(), [])!.schema;
    expect(control(flexMessage, "altText")).toEqual({
      kind: "text",
      maxLength: LIMITS.flexAltTextMax.value,
      multiline: true,
    });
    expect(control(flexMessage, "contents")).toEqual({ kind: "children", list: false });
    expect(control(flexMessage, "quickReply")).toMatchObject({ kind: "object" });
  });

  it("gives URLs their limit and a ratio its format", () => {
    const message = flex(button({ type: "uri", uri: "https://a" }));
    const path = ["contents", "body", "contents", 0, "action"];
    const action = objectAt(message, path)!;
    expect(control(action.schema, "uri")).toEqual({
      kind: "text",
      format: "url",
      maxLength: LIMITS.actionUriMax.value,
      multiline: false,
    });
    expect(control(action.schema, "type")).toEqual({ kind: "constant", value: "uri" });
    expect(action.union).toBe(ActionSchema);
    const image = objectAt(flex({ type: "image", url: "https://a" }), [
      "contents",
      "body",
      "contents",
      0,
    ])!;
    expect(control(image.schema, "aspectRatio")).toMatchObject({ kind: "text", format: "ratio" });
  });
});

describe("objectAt", () => {
  it("chooses union members by type, through lists, bodies and rich menu sets", () => {
    const text = { type: "text", text: "hi" };
    const list = [{ type: "text", text: "a" }, flex(text)];
    expect(propertiesOf(objectAt(list, [0])!.schema).map((p) => p.key)).toEqual([
      "type",
      "text",
      "emojis",
      "quoteToken",
      "quickReply",
      "sender",
    ]);
    expect(
      propertiesOf(objectAt(list, [1, "contents", "body", "contents", 0])!.schema).map(
        (p) => p.key,
      ),
    ).toContain("maxLines");
    const body = { to: `U${"0".repeat(32)}`, messages: list };
    expect(objectAt(body, ["messages", 0])!.value).toEqual(list[0]);
    const menu = {
      size: { width: 2500, height: 843 },
      selected: false,
      name: "m",
      chatBarText: "Menu",
      areas: [
        { bounds: { x: 0, y: 0, width: 1, height: 1 }, action: { type: "message", text: "a" } },
      ],
    };
    const set = { richMenus: { main: menu } };
    expect(objectAt(set, ["richMenus", "main", "areas", 0, "bounds"])).toMatchObject({
      value: menu.areas[0]!.bounds,
    });
    expect(objectAt(list, [5])).toBeUndefined();
    expect(
      objectAt({ type: "flex", altText: "a", contents: { type: "nope" } }, ["contents"]),
    ).toBeUndefined();
  });
});

describe("allowedTags", () => {
  const at = ["contents", "body", "contents", 0, "action"];
  it("offers only the action types the validators accept in that place", () => {
    const message = flex(button({ type: "uri", uri: "https://a", label: "a" }));
    expect(allowedTags(message, at, ActionSchema)).toEqual([
      "postback",
      "message",
      "uri",
      "datetimepicker",
      "clipboard",
    ]);
    const video = flex();
    const videoMessage = {
      ...video,
      contents: {
        type: "bubble",
        hero: {
          type: "video",
          url: "https://a",
          previewUrl: "https://a",
          altContent: { type: "image", url: "https://a" },
        },
      },
    };
    expect(allowedTags(videoMessage, ["contents", "hero", "action"], ActionSchema)).toEqual([
      "uri",
    ]);
    const quickReply = {
      type: "text",
      text: "a",
      quickReply: { items: [{ type: "action", action: { type: "camera", label: "c" } }] },
    };
    expect(allowedTags(quickReply, ["quickReply", "items", 0, "action"], ActionSchema)).toEqual([
      "postback",
      "message",
      "uri",
      "datetimepicker",
      "clipboard",
      "camera",
      "cameraRoll",
      "location",
    ]);
    const menu = {
      size: { width: 2500, height: 843 },
      selected: false,
      name: "m",
      chatBarText: "Menu",
      areas: [
        { bounds: { x: 0, y: 0, width: 1, height: 1 }, action: { type: "message", text: "a" } },
      ],
    };
    const union = objectAt(menu, ["areas", 0, "action"])!.union!;
    expect(allowedTags(menu, ["areas", 0, "action"], union)).toEqual([
      "postback",
      "message",
      "uri",
      "datetimepicker",
      "richmenuswitch",
      "clipboard",
    ]);
  });
});

describe("editing", () => {
  it("writes and removes without changing the payload, and adds no defaults", () => {
    const message = flex({ type: "text", text: "a", size: "md" });
    const path = ["contents", "body", "contents", 0];
    const frozen = structuredClone(message);
    const set = setAt(message, [...path, "color"], "#112233");
    expect(message).toEqual(frozen);
    expect((set as typeof message).contents.body.contents[0]).toEqual({
      type: "text",
      text: "a",
      size: "md",
      color: "#112233",
    });
    const removed = removeAt(message, [...path, "size"]);
    expect((removed as typeof message).contents.body.contents[0]).toEqual({
      type: "text",
      text: "a",
    });
    expect(message).toEqual(frozen);
    expect(removeAt([1, 2, 3], [1])).toEqual([1, 3]);
    expect(freshObject(LinearGradientSchema)).toEqual({ type: "linearGradient" });
    expect(
      switchTag(ActionSchema, { type: "uri", uri: "https://a", label: "Go" }, "message"),
    ).toEqual({
      type: "message",
      label: "Go",
    });
    expect(controlFor(z.string().optional())).toMatchObject({ kind: "text" });
  });
});

/** Every path to a plain object in a JSON value. */
function objectPaths(value: unknown, path: PathStep[] = []): PathStep[][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (typeof value !== "object" || value === null) return [];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) => objectPaths(child, [...path, key])),
  ];
}

describe("the gallery in the inspector", () => {
  it("opens every object of every sample with a known schema and no property it cannot show", () => {
    const problems: string[] = [];
    let opened = 0;
    for (const sample of GALLERY) {
      const json = renderSample(sample).message;
      for (const path of objectPaths(json)) {
        const target = objectAt(json, path);
        const where = `${sample.id} ${formatPath(path)}`;
        if (target === undefined) {
          // A map of rich menus by alias is a record: each menu in it opens, the map itself has
          // no properties of its own.
          const found = schemaAt(json, path);
          if (
            found === undefined ||
            (found.schema._zod.def as { type: string }).type !== "record"
          ) {
            problems.push(`${where}: no schema`);
          }
          continue;
        }
        opened++;
        const keys = new Set(propertiesOf(target.schema).map((property) => property.key));
        for (const key of Object.keys(target.value)) {
          if (!keys.has(key)) problems.push(`${where}.${key}: not a property of its schema`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(opened).toBeGreaterThan(200);
  });
});
