import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isSectionRule, SECTION_RULES, validateAny } from "@flexkit/validators";
import {
  describeProperty,
  type PropertyDoc,
  propertyDocAt,
} from "@flexkit/validators/property-docs";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { ruleOf } from "../../packages/validators/src/rules.js";
import * as actions from "../../packages/validators/src/schemas/actions.js";
import * as flex from "../../packages/validators/src/schemas/flex.js";
import * as imagemap from "../../packages/validators/src/schemas/imagemap.js";
import * as message from "../../packages/validators/src/schemas/message.js";
import * as push from "../../packages/validators/src/schemas/push.js";
import * as richMenu from "../../packages/validators/src/schemas/rich-menu.js";
import * as template from "../../packages/validators/src/schemas/template.js";
import { GENERATED_PATH, generatePropertyDocs } from "../../scripts/gen-property-docs.js";
import { flexMessage, repoRoot, sharedRoot, vbox } from "../helpers.js";
import { readRuleIds, readRules, readSectionNumbers } from "./rules-md.js";

/**
 * Property docs (issue 21): one JSDoc comment per property of the zod schemas in
 * packages/validators/src/schemas/*.ts, read into property-docs.generated.ts by
 * `npm run docs:gen` and served by `@flexkit/validators/property-docs`.
 */

type Schema = z.core.$ZodType;

/** The schema files, by the name a missing property is listed under. */
const FILES: Record<string, Record<string, unknown>> = {
  "schemas/actions.ts": actions,
  "schemas/flex.ts": flex,
  "schemas/imagemap.ts": imagemap,
  "schemas/message.ts": message,
  "schemas/push.ts": push,
  "schemas/rich-menu.ts": richMenu,
  "schemas/template.ts": template,
};

/** The schema under optionals, defaults, lazies and pipes, as property-docs.ts reads it. */
function inner(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = current._zod.def as { innerType?: Schema; getter?: () => Schema; in?: Schema };
    const next =
      def.innerType ??
      (current._zod.def.type === "lazy" ? def.getter?.() : undefined) ??
      (current._zod.def.type === "pipe" ? def.in : undefined);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = schema._zod.def as { type: string; shape?: Record<string, Schema> };
  return def.type === "object" ? def.shape : undefined;
}

/** Each exported schema object, by itself, with its file and export name. */
const exportsBySchema = new Map<object, { file: string; name: string }>();
for (const [file, module] of Object.entries(FILES)) {
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === "object" && value !== null && "_zod" in value) {
      exportsBySchema.set(inner(value as Schema), { file, name });
    }
  }
}

interface ObjectSchema {
  schema: z.ZodType;
  file: string;
  /** The export name, or the path to it from the nearest export (`FlexBubbleSchema.styles`). */
  name: string;
  shape: Record<string, Schema>;
}

/**
 * Every object schema a value of `roots` can reach, the way zod parses it: through object shapes,
 * array elements, union members, record values, optionals and lazies (box contents).
 */
function reachableObjects(roots: Schema[]): ObjectSchema[] {
  const found = new Map<object, ObjectSchema>();
  const visit = (schema: Schema, file: string, name: string) => {
    const at = inner(schema);
    const own = exportsBySchema.get(at);
    const here = own ?? { file, name };
    const def = at._zod.def as {
      type: string;
      element?: Schema;
      options?: Schema[];
      valueType?: Schema;
    };
    const shape = shapeOf(at);
    if (shape !== undefined) {
      if (found.has(at)) return;
      found.set(at, { schema: at as z.ZodType, ...here, shape });
      for (const [key, child] of Object.entries(shape))
        visit(child, here.file, `${here.name}.${key}`);
    } else if (def.type === "array" && def.element !== undefined) {
      visit(def.element, here.file, here.name);
    } else if (def.type === "union" && def.options !== undefined) {
      def.options.forEach((option, i) => {
        visit(option, here.file, `${here.name}[${i}]`);
      });
    } else if (def.type === "record" && def.valueType !== undefined) {
      visit(def.valueType, here.file, here.name);
    }
  };
  for (const root of roots) visit(root, "?", "?");
  return [...found.values()];
}

const ROOTS = [message.MessageSchema, richMenu.RichMenuSchema, push.PushRequestSchema];
const objects = reachableObjects(ROOTS);

interface Documented extends ObjectSchema {
  key: string;
  doc: PropertyDoc | undefined;
}

const properties: Documented[] = objects.flatMap((object) =>
  Object.keys(object.shape).map((key) => ({
    ...object,
    key,
    doc: describeProperty(object.schema, key),
  })),
);

function isDescribed(doc: PropertyDoc | undefined): boolean {
  return doc !== undefined && doc.description.trim() !== "";
}

const rulesMd = readFileSync(join(sharedRoot, "spec", "RULES.md"), "utf8");
const ruleIds = readRuleIds(rulesMd);
/**
 * The E and W rules of RULES.md: its E/W rows and bold definitions (readRules), and the groups its
 * headings name (FLEX-VAL, FLEX-TREE), whose sections list what LINE rejects.
 */
const errorOrWarning = new Set([...readRules(rulesMd).keys(), "FLEX-VAL", "FLEX-TREE"]);

describe("the generated table", () => {
  it("is what `npm run docs:gen` writes from the schemas now", () => {
    expect(readFileSync(GENERATED_PATH, "utf8")).toBe(generatePropertyDocs());
  }, 120_000);
});

describe("describeProperty", () => {
  it("gives a property's description, default, reference and rules", () => {
    const size = describeProperty(flex.FlexTextSchema, "size");
    expect(size?.description).toMatch(/^Font size: a keyword "xxs"…"5xl"/);
    expect(size).toMatchObject({
      default: '"md"',
      see: "https://developers.line.biz/en/reference/messaging-api/#f-text",
      rules: ["FLEX-VAL"],
    });
  });

  it("reads a property that comes from a spread group (offsets) on each component", () => {
    for (const schema of [flex.FlexTextSchema, flex.FlexBoxSchema, flex.FlexImageSchema]) {
      expect(describeProperty(schema, "offsetBottom")?.rules).toEqual(["FLEX-VAL", "FLEX-BASE-1"]);
    }
  });

  it("reads an object written inside a schema (bubble styles) and deprecations", () => {
    const styles = flex.FlexBubbleSchema.shape.styles;
    expect(describeProperty(styles, "footer")?.rules).toEqual(["FLEX-STY-2"]);
    expect(describeProperty(flex.FlexFillerSchema, "type")?.deprecated).toMatch(/^Use `margin`/);
  });

  it("is undefined for a key the schema does not have, or a schema with no table", () => {
    expect(describeProperty(flex.FlexTextSchema, "url")).toBeUndefined();
    expect(describeProperty(flex.FlexTextSchema, "toString")).toBeUndefined();
    expect(describeProperty(flex.FlexComponentSchema, "type")).toBeUndefined();
  });
});

/** A property's doc, which must be there. */
function documented(schema: z.ZodType, key: string): PropertyDoc {
  const found = describeProperty(schema, key);
  expect(found, key).toBeDefined();
  return found!;
}

describe("propertyDocAt", () => {
  const bubble = {
    type: "bubble",
    hero: { type: "image", url: "https://example.com/a.png", aspectMode: "cover" },
    body: vbox({ type: "text", text: "hi", size: "xl" }, { type: "button", action: {} }),
  };
  const doc = (value: unknown, path: (string | number)[]) => propertyDocAt(value, path);

  it("walks a message, choosing each component by its type", () => {
    const msg = flexMessage(bubble.body);
    expect(doc(msg, ["contents", "body", "contents", 0, "size"])).toBe(
      documented(flex.FlexTextSchema, "size"),
    );
    expect(doc(msg, ["contents", "body", "contents", 1, "action"])).toBe(
      documented(flex.FlexButtonSchema, "action"),
    );
    expect(doc(msg, ["contents", "body", "layout"])).toBe(documented(flex.FlexBoxSchema, "layout"));
  });

  it("walks a bare container, a carousel and a list of messages", () => {
    const image = documented(flex.FlexImageSchema, "aspectMode");
    expect(doc(bubble, ["hero", "aspectMode"])).toBe(image);
    const carousel = { type: "carousel", contents: [bubble] };
    expect(doc(carousel, ["contents", 0, "hero", "aspectMode"])).toBe(image);
    expect(doc(carousel, ["contents", 0, "size"])).toBe(documented(flex.FlexBubbleSchema, "size"));
    const list = [
      { type: "text", text: "a" },
      { type: "flex", altText: "b", contents: bubble },
    ];
    expect(doc(list, [1, "contents", "hero", "aspectMode"])).toBe(image);
    expect(doc(list, [1, "contents", "styles", "body", "separator"])).toBe(
      documented(flex.FlexBlockStyleSchema, "separator"),
    );
  });

  it("walks a push body's messages as messages", () => {
    const body = { to: "U0123", messages: [flexMessage(bubble.body)] };
    expect(doc(body, ["messages", 0, "contents", "body", "contents", 0, "size"])).toBe(
      documented(flex.FlexTextSchema, "size"),
    );
  });

  it("is undefined where the path leads to no documented property, and never throws", () => {
    const msg = flexMessage(bubble.body);
    expect(doc(msg, ["contents", "body", "contents", 0, "url"])).toBeUndefined();
    expect(doc(msg, ["contents", "body", "contents", 9, "size"])).toBeUndefined();
    expect(doc(msg, ["contents", "body", "contents"])).toBe(
      documented(flex.FlexBoxSchema, "contents"),
    );
    expect(doc(msg, [])).toBeUndefined();
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(doc(hostile, ["contents", "size"])).toBeUndefined();
  });
});

describe("every property has a description", () => {
  const missing = properties.filter(({ doc }) => !isDescribed(doc));
  const byFile = new Map<string, Documented[]>();
  for (const property of missing) {
    byFile.set(property.file, [...(byFile.get(property.file) ?? []), property]);
  }

  it("reaches every schema of every file (sanity)", () => {
    expect(new Set(objects.map(({ file }) => file))).toEqual(new Set(Object.keys(FILES)));
    expect(objects.map(({ name }) => name)).toContain("FlexBubbleSchema.styles");
  });

  it("prints the count of described and missing properties, by file", () => {
    const lines = [...byFile].map(
      ([file, list]) =>
        `  ${file}: ${list.length} missing: ${list.map(({ name, key }) => `${name}.${key}`).join(", ")}`,
    );
    console.log(
      [
        `property docs: ${properties.length - missing.length} of ${properties.length} properties described, ${missing.length} missing`,
        ...lines,
      ].join("\n"),
    );
    expect(properties.length).toBeGreaterThan(200);
  });

  for (const file of Object.keys(FILES)) {
    it(`in ${file}`, () => {
      const list = (byFile.get(file) ?? []).map(({ name, key }) => `${name}.${key}`);
      expect(list, `${list.length} properties of ${file} have no description`).toEqual([]);
    });
  }
});

describe("the docs reach installed users' editors", () => {
  // zod types z.strictObject's result with Writeable<Shape> and .extend's with a key-remapping
  // mapped type; tsc prints a mapped type's properties into dist/*.d.ts without their JSDoc, so
  // a schema built that way shows its docs in this repository but not where bots install it.
  // schemas/object.ts's strictObject keeps the shape as written (test/consumer checks a hover).
  for (const file of Object.keys(FILES)) {
    it(`${file} builds its object schemas with strictObject (schemas/object.ts)`, () => {
      const source = readFileSync(join(repoRoot, "packages", "validators", "src", file), "utf8");
      const zodBuilt = source
        .split("\n")
        .flatMap((line, i) =>
          /\bz\s*\.\s*(?:strictObject|object|looseObject)\(|\.extend\(/.test(line)
            ? [`${file}:${i + 1}: ${line.trim()}`]
            : [],
        );
      expect(zodBuilt).toEqual([]);
    });
  }
});

/**
 * The rules of RULES.md that are about a property, each of which the property's description must
 * name on its `Rules:` line (docs-contract.md):
 * - a rule registered with `ruled(…)` (packages/validators/src/rules.ts) on the property's schema,
 *   or on what it wraps (optional, lazy, array element, a union), down to the next object schema,
 *   whose properties have descriptions of their own; and
 * - a rule that the validators' checks (flex-tree.ts, checks/*.ts) report at the property's path
 *   for one of the CHECKED messages below, each of which breaks the rules of the checks.
 * Only E and W rules count (RULES.md's E/W rows and the FLEX-VAL and FLEX-TREE groups); IDs the
 * validators use that RULES.md does not define (ACT-TYPE, FLEX-VER) can't be named.
 */
function ruledRules(schema: Schema, depth = 0): string[] {
  if (depth > 8) return [];
  const rules = [ruleOf(schema)];
  const def = schema._zod.def as {
    type: string;
    innerType?: Schema;
    getter?: () => Schema;
    element?: Schema;
    options?: Schema[];
  };
  if (def.type === "object") return rules.filter((rule) => rule !== undefined);
  const next: Schema[] = [];
  if (def.innerType !== undefined) next.push(def.innerType);
  if (def.type === "lazy" && def.getter !== undefined) next.push(def.getter());
  if (def.type === "array" && def.element !== undefined) next.push(def.element);
  if (def.type === "union") next.push(...(def.options ?? []));
  return [...rules, ...next.flatMap((child) => ruledRules(child, depth + 1))].filter(
    (rule): rule is string => rule !== undefined,
  );
}

const https = (name: string) => `https://example.com/${name}`;
const baseline = (...contents: unknown[]) => ({ type: "box", layout: "baseline", contents });
const hero = (component: unknown, bubble: Record<string, unknown> = {}) => ({
  type: "flex",
  altText: "t",
  contents: { type: "bubble", hero: component, ...bubble },
});

/** Messages that break the checks' rules at properties (flex-tree.ts, checks/*.ts). */
const CHECKED: unknown[] = [
  flexMessage(
    vbox(
      baseline({ type: "text", text: "a", offsetBottom: "4px", gravity: "top" }),
      { type: "text", text: "a", contents: [{ type: "span", text: "", decoration: "underline" }] },
      { type: "text", text: "a", decoration: "line-through", color: "#11223344" },
      { type: "image", url: https("a.png"), aspectRatio: "1.5:1", position: "absolute" },
      { type: "image", url: https("a.png"), aspectRatio: "1:4" },
      {
        type: "box",
        layout: "horizontal",
        justifyContent: "center",
        paddingAll: "4px",
        paddingTop: "2px",
        maxWidth: "100px",
        borderColor: "#11223344",
        background: {
          type: "linearGradient",
          angle: "400deg",
          startColor: "#000000",
          endColor: "#ffffff",
          centerPosition: "120%",
        },
        contents: [{ type: "text", text: "a" }],
      },
      { type: "text", contents: [{ type: "span", text: "a", decoration: "none" }] },
      { type: "text", text: "a", lineSpacing: "4px", scaling: true, wrap: true },
    ),
    {
      size: "deca",
      header: vbox({ type: "text", text: "h" }),
      styles: { header: { separator: true }, footer: { backgroundColor: "#ffffff" } },
    },
  ),
  hero({ type: "box", layout: "vertical", position: "absolute", contents: [] }),
  hero(
    {
      type: "video",
      url: https("v.mp4"),
      previewUrl: https("p.png"),
      altContent: { type: "text", text: "a" },
    },
    { size: "nano" },
  ),
  hero({ type: "video", url: https("v.mp4"), previewUrl: https("p.png") }),
  hero({ type: "text", text: "not a hero" }),
  {
    type: "flex",
    altText: "t",
    contents: {
      type: "carousel",
      contents: [
        { type: "bubble", size: "kilo", body: vbox() },
        { type: "bubble", size: "mega", body: vbox() },
      ],
    },
  },
];

describe("rule IDs in the descriptions", () => {
  it("every ID a description names is a rule of RULES.md, or the ID of a section whose rules have none", () => {
    const unknown = properties.flatMap(({ name, key, doc }) =>
      (doc?.rules ?? [])
        .filter((rule) => !ruleIds.has(rule) && !isSectionRule(rule))
        .map((rule) => `${name}.${key}: ${rule}`),
    );
    expect(unknown).toEqual([]);
  });

  it("gives each section rule a section RULES.md has, and never an ID a rule of RULES.md has", () => {
    const sections = readSectionNumbers(rulesMd);
    expect(sections.has("3.1") && sections.has("15.1") && sections.has("7")).toBe(true);
    const wrong = Object.entries(SECTION_RULES).filter(
      ([id, section]) => !sections.has(section) || ruleIds.has(id),
    );
    expect(wrong).toEqual([]);
  });

  it("reads the IDs RULES.md defines (sanity)", () => {
    for (const id of ["FLEX-VAL", "FLEX-TREE", "FLEX-VID-3", "FLEX-STY-1", "RM-1", "ERR-3"]) {
      expect(ruleIds.has(id), id).toBe(true);
    }
    for (const id of ["FLEX-LAYOUT", "FLEX-VER", "ACT-TYPE", "UTF-16"]) {
      expect(ruleIds.has(id), id).toBe(false);
    }
  });

  for (const file of Object.keys(FILES)) {
    it(`each description in ${file} names the E/W rules registered on its property's schema`, () => {
      const unnamed = properties
        .filter((property) => property.file === file && isDescribed(property.doc))
        .flatMap(({ name, key, shape, doc }) =>
          [...new Set(ruledRules(shape[key]!))]
            .filter((rule) => errorOrWarning.has(rule) && !doc!.rules.includes(rule))
            .map((rule) => `${name}.${key}: ${rule}`),
        );
      expect(unnamed).toEqual([]);
    });
  }

  it("each description names the E/W rules the checks report at its property", () => {
    const reported = new Set<string>();
    const unnamed = new Set<string>();
    for (const value of CHECKED) {
      for (const issue of validateAny(value).issues) {
        if (!errorOrWarning.has(issue.rule)) continue;
        const doc = propertyDocAt(value, issue.path);
        if (doc === undefined) continue;
        reported.add(issue.rule);
        if (!doc.rules.includes(issue.rule)) unnamed.add(`${issue.property}: ${issue.rule}`);
      }
    }
    expect([...unnamed]).toEqual([]);
    // The messages break what they are written to break (sanity).
    for (const rule of [
      "FLEX-BASE-1",
      "FLEX-BASE-2",
      "FLEX-ABS-1",
      "FLEX-STY-1",
      "FLEX-STY-2",
      "FLEX-BUB-2",
      "FLEX-BUB-5",
      "FLEX-CAR-2",
      "FLEX-VID-2",
      "FLEX-VID-4",
      "FLEX-VAL",
    ]) {
      expect(reported, rule).toContain(rule);
    }
  });
});
