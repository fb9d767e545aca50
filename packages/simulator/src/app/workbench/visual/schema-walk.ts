import {
  BORDER_WIDTH_KEYWORDS,
  detectShape,
  FlexBoxSchema,
  FlexBubbleSchema,
  FlexComponentSchema,
  FlexContainerSchema,
  FlexSpanSchema,
  MessageSchema,
  type PathStep,
  RichMenuSchema,
  SIZE_KEYWORDS,
  SPACE_KEYWORDS,
  TemplateSchema,
  validateAny,
  valueAt,
} from "@flexkit/validators";
import {
  type CheckDef,
  defOf,
  memberFor,
  pathInPayload,
  type SchemaDef,
  type SchemaLike,
  schemaAt,
  tagsOf,
  unwrap,
} from "@flexkit/validators/schema-walk";

// The walk itself (which schema applies where) is the validators' own; the inspector's tests
// read it through here.
export { rootSchema, type SchemaLike, schemaAt } from "@flexkit/validators/schema-walk";

/**
 * The property inspector's reading of the validators' zod schemas: which object schema applies at
 * a path of a message (union members chosen by `type`, as the validators choose them) and which
 * control edits each of its properties. The schemas stay the one source of truth for shapes, so a
 * property the validators know cannot be missing from the inspector (the schema-coverage test
 * walks every schema reachable from the messages and finds a control for each property).
 *
 * Pure: no DOM, no React. The app does not depend on zod, so the schemas are read through the few
 * parts of zod 4's `_zod.def` that @flexkit/validators/schema-walk types.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The literal value of an object schema's discriminator (`type: z.literal("uri")` → "uri"). */
const literalOf = (objectSchema: SchemaLike, key: string): unknown => tagsOf(objectSchema, key)[0];

/** The discriminator values a union offers, in the schema's order. */
export function unionTags(union: SchemaLike): string[] {
  const def = defOf(union);
  const key = def.discriminator ?? "type";
  return (def.options ?? [])
    .map((option) => literalOf(option, key))
    .filter((tag): tag is string => typeof tag === "string");
}

export interface Target {
  /** The object schema of the value at the path. */
  schema: SchemaLike;
  /** The union it was chosen from, when it sits in one (an action, a component…). */
  union?: SchemaLike;
  value: Record<string, unknown>;
}

/** The object at `path` and its schema, or undefined when there is no object the schemas know. */
export function objectAt(payload: unknown, path: ReadonlyArray<PathStep>): Target | undefined {
  const value = valueOrUndefined(payload, path);
  if (!isRecord(value)) return undefined;
  const found = schemaAt(payload, path);
  if (found === undefined || defOf(found.schema).type !== "object") return undefined;
  return found.union === undefined
    ? { schema: found.schema, value }
    : { schema: found.schema, union: found.union, value };
}

/** The value at `path`, or undefined where there is none (the validators' own lookup). */
function valueOrUndefined(payload: unknown, path: ReadonlyArray<PathStep>): unknown {
  const at = valueAt(payload, path);
  return at.found ? at.value : undefined;
}

export type LengthUnit = "px" | "%" | "deg";

/** How a property is edited. */
export type Control =
  /** One of a few words (`align`, `layout`, a bubble's `size`). */
  | { kind: "keyword"; options: string[] }
  /** A number with a unit, or one of some keywords (`size`, `margin`, `offsetTop`, `angle`…). */
  | { kind: "length"; keywords: string[]; units: LengthUnit[]; negative: boolean }
  /** `#RRGGBB` or `#RRGGBBAA`. */
  | { kind: "color" }
  | { kind: "switch" }
  | { kind: "number"; min?: number; max?: number; integer: boolean }
  /** `maxLength` in the unit the validators count; `format` when the string has a grammar. */
  | { kind: "text"; maxLength?: number; format?: "url" | "ratio" | "pattern"; multiline: boolean }
  /** A literal the schema fixes (a quick reply item's `type: "action"`). */
  | { kind: "constant"; value: unknown }
  /** An object edited in place (`background`, `altUri`, `styles`, `bounds`…). */
  | { kind: "object"; schema: SchemaLike }
  /** One of a union's objects, picked by `type` (`action`, an imagemap action…). */
  | { kind: "union"; union: SchemaLike; tags: string[]; fixed: boolean }
  /** A list of values or objects edited in place (`actions`, `items`, `emojis`, `areas`). */
  | { kind: "list"; element: SchemaLike; min?: number; max?: number }
  /** Keys chosen by the author, each with a value (`substitution`): edited as JSON. */
  | { kind: "record"; value: SchemaLike }
  /** Components, blocks, bubbles and messages: the component tree adds, moves and selects them. */
  | { kind: "children"; list: boolean }
  /** What this module cannot edit: the schema-coverage test fails on it. */
  | { kind: "unsupported"; what: string };

/** The tree's business: it adds, orders and selects these, and the inspector edits each selected. */
const TREE_NODES: ReadonlySet<SchemaLike> = new Set<SchemaLike>([
  FlexComponentSchema,
  FlexContainerSchema,
  FlexBubbleSchema,
  FlexBoxSchema,
  FlexSpanSchema,
  MessageSchema,
  RichMenuSchema,
]);

/**
 * Unions whose `type` says what the object is, not a choice among alternatives for the same place:
 * turning a text into an image or a flex message into a sticker is the tree's job (a new node),
 * so the inspector shows their `type` without a picker.
 */
const FIXED_TYPE_UNIONS: ReadonlySet<SchemaLike> = new Set<SchemaLike>([
  FlexComponentSchema,
  FlexContainerSchema,
  MessageSchema,
  TemplateSchema,
]);

/** Whether the `type` of an object from this union may be changed in the inspector. */
export const isTypeFixed = (union: SchemaLike) => FIXED_TYPE_UNIONS.has(union);

function isTreeNode(schema: SchemaLike): boolean {
  return TREE_NODES.has(schema) || TREE_NODES.has(unwrap(schema).schema);
}

const controls = new WeakMap<SchemaLike, Control>();

/** The control for a property whose schema is `schema` (optional or not). */
export function controlFor(schema: SchemaLike): Control {
  const inner = unwrap(schema).schema;
  const known = controls.get(inner);
  if (known !== undefined) return known;
  const control = computeControl(inner);
  controls.set(inner, control);
  return control;
}

function computeControl(schema: SchemaLike): Control {
  if (isTreeNode(schema)) return { kind: "children", list: false };
  const def = defOf(schema);
  switch (def.type) {
    case "enum":
      return { kind: "keyword", options: Object.values(def.entries ?? {}).map(String) };
    case "literal":
      return { kind: "constant", value: def.values?.[0] };
    case "boolean":
      return { kind: "switch" };
    case "number":
      return numberControl(def);
    case "string":
      return stringControl(schema as Parsable, def);
    case "object":
      return { kind: "object", schema };
    case "union":
      return { kind: "union", union: schema, tags: unionTags(schema), fixed: isTypeFixed(schema) };
    case "array": {
      if (def.element === undefined) return { kind: "unsupported", what: "an array of nothing" };
      if (isTreeNode(def.element)) return { kind: "children", list: true };
      const sizes = arraySizes(def);
      return { kind: "list", element: def.element, ...sizes };
    }
    case "record":
      if (def.valueType !== undefined && isTreeNode(def.valueType)) {
        return { kind: "children", list: true };
      }
      return def.valueType === undefined
        ? { kind: "unsupported", what: "a record of nothing" }
        : { kind: "record", value: def.valueType };
    default:
      return { kind: "unsupported", what: `a zod ${def.type}` };
  }
}

function numberControl(def: SchemaDef): Control {
  let min: number | undefined;
  let max: number | undefined;
  let integer = false;
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === "number_format" && (c.format === "safeint" || c.format === "int32")) {
      integer = true;
    } else if (c.check === "greater_than" && c.value !== undefined) {
      min = c.inclusive === true ? c.value : c.value + (integer ? 1 : 0);
    } else if (c.check === "less_than" && c.value !== undefined) {
      max = c.inclusive === true ? c.value : c.value - (integer ? 1 : 0);
    }
  }
  return {
    kind: "number",
    integer,
    ...(min === undefined ? {} : { min }),
    ...(max === undefined || max >= Number.MAX_SAFE_INTEGER ? {} : { max }),
  };
}

function arraySizes(def: SchemaDef): { min?: number; max?: number } {
  const sizes: { min?: number; max?: number } = {};
  for (const check of def.checks ?? []) {
    const c = check._zod.def as CheckDef & { minimum?: number; length?: number };
    if (c.check === "min_length" && c.minimum !== undefined) sizes.min = c.minimum;
    if (c.check === "max_length" && c.maximum !== undefined) sizes.max = c.maximum;
    if (c.check === "length_equals" && c.length !== undefined) {
      sizes.min = c.length;
      sizes.max = c.length;
    }
  }
  return sizes;
}

interface Parsable extends SchemaLike {
  safeParse(value: unknown): { success: boolean };
}

/** Words some Flex value grammar accepts: each string schema is asked which it takes. */
const KEYWORD_CANDIDATES = [
  ...new Set<string>([
    ...SPACE_KEYWORDS.filter((word) => !(SIZE_KEYWORDS as ReadonlyArray<string>).includes(word)),
    ...SIZE_KEYWORDS,
    "full",
    ...BORDER_WIDTH_KEYWORDS,
  ]),
];
/** One sample per unit, and a negative one (offsets take "-2px"). */
const UNIT_SAMPLES: ReadonlyArray<readonly [LengthUnit, string]> = [
  ["px", "12px"],
  ["%", "50%"],
  ["deg", "90deg"],
];
const URL_SAMPLE = "https://example.com/a";
/** Longer than any LINE string limit: a string schema that rejects it has a maximum. */
const LONGEST_PROBE = 1_000_000;

/**
 * Strings are told apart by what they accept, asked of the schema itself (its regex and its
 * refinements): the value grammars of RULES.md §5.5 are regexes whose words and units cannot be
 * read back any other way, and the lengths are refinements that count as LINE counts.
 */
function stringControl(schema: Parsable, def: SchemaDef): Control {
  const accepts = (value: string) => schema.safeParse(value).success;
  const hasGrammar = (def.checks ?? []).some((check) => check._zod.def.format === "regex");
  if (hasGrammar && accepts("#A0B1C2") && accepts("#A0B1C2FF") && !accepts("A0B1C2")) {
    return { kind: "color" };
  }
  if (hasGrammar) {
    const units = UNIT_SAMPLES.filter(([, sample]) => accepts(sample)).map(([unit]) => unit);
    const keywords = KEYWORD_CANDIDATES.filter(accepts);
    if (units.length > 0 || keywords.length > 0) {
      return { kind: "length", keywords, units, negative: accepts("-2px") };
    }
  }
  const url = hasGrammar && accepts(URL_SAMPLE) && !accepts("a");
  const base = url ? URL_SAMPLE : "a";
  const maxLength = accepts(base) ? longestAccepted(accepts, base) : undefined;
  const ratio = hasGrammar && accepts("20:13") && !accepts("a");
  const format = url ? "url" : ratio ? "ratio" : hasGrammar ? "pattern" : undefined;
  const control: Control = {
    kind: "text",
    multiline: format === undefined && (maxLength === undefined || maxLength > 100),
  };
  if (maxLength !== undefined) control.maxLength = maxLength;
  if (format !== undefined) control.format = format;
  return control;
}

/** The longest `base` padded with its last character that the schema accepts, if it has a limit. */
function longestAccepted(accepts: (value: string) => boolean, base: string): number | undefined {
  const padded = (length: number) => base + base.at(-1)!.repeat(length - base.length);
  if (accepts(padded(LONGEST_PROBE))) return undefined;
  let low = base.length;
  let high = LONGEST_PROBE;
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (accepts(padded(middle))) low = middle;
    else high = middle;
  }
  return low;
}

export interface Property {
  key: string;
  required: boolean;
  schema: SchemaLike;
  control: Control;
}

/** Every property of an object schema, in the schema's order, with its control. */
export function propertiesOf(objectSchema: SchemaLike): Property[] {
  const shape = defOf(unwrap(objectSchema).schema).shape ?? {};
  return Object.entries(shape).map(([key, schema]) => ({
    key,
    required: !unwrap(schema).optional,
    schema,
    control: controlFor(schema),
  }));
}

/** The object schema of a union's member with this tag, or of a plain object schema. */
export function objectSchemaOf(schema: SchemaLike, tag?: unknown): SchemaLike | undefined {
  const inner = unwrap(schema).schema;
  const def = defOf(inner);
  if (def.type === "object") return inner;
  if (def.type !== "union") return undefined;
  const member = memberFor(inner, { [def.discriminator ?? "type"]: tag });
  return member === undefined ? undefined : unwrap(member).schema;
}

/**
 * A new object for a schema: only what identifies it (its literal `type`), never a default, so
 * that the validators name what is still missing.
 */
export function freshObject(objectSchema: SchemaLike): Record<string, unknown> {
  const fresh: Record<string, unknown> = {};
  for (const property of propertiesOf(objectSchema)) {
    if (property.required && property.control.kind === "constant") {
      fresh[property.key] = property.control.value;
    }
  }
  return fresh;
}

/** The value of a union member switched to `tag`: what the new member also has is kept. */
export function switchTag(
  union: SchemaLike,
  current: unknown,
  tag: string,
): Record<string, unknown> {
  const member = objectSchemaOf(union, tag);
  if (member === undefined) return { type: tag };
  const next = freshObject(member);
  const shape = defOf(member).shape ?? {};
  if (isRecord(current)) {
    for (const [key, value] of Object.entries(current)) {
      if (key in shape && !(key in next)) next[key] = value;
    }
  }
  return next;
}

/**
 * The union's types that may sit at `path`, as the validators decide: each is tried in place, and
 * one they refuse there (ACT-RMS, a quick-reply-only action in a message, a video's non-uri
 * action, a type the union does not have) is left out. What is still missing inside the tried
 * object (its `data`, its `uri`) does not count: the person fills it in next.
 */
export function allowedTags(
  payload: unknown,
  path: ReadonlyArray<PathStep>,
  union: SchemaLike,
): string[] {
  const signature = hostSignature(payload, path);
  let known = tagsByHost.get(union);
  if (known === undefined) {
    known = new Map();
    tagsByHost.set(union, known);
  }
  const cached = known.get(signature);
  if (cached !== undefined) return cached;
  const tags = probeTags(payload, path, union);
  if (known.size >= HOSTS_KEPT) known.clear();
  known.set(signature, tags);
  return tags;
}

/**
 * Where an action may sit depends on its host only (RULES.md §4.3: a quick reply button, a Flex
 * component of some type, a template's action or defaultAction, a rich menu area), which the
 * types and keys on the way to it name: `message/flex/contents/bubble/body/box/contents/#/…`.
 * So the probes run once per kind of place, not once per action of a ten-column carousel.
 */
function hostSignature(payload: unknown, path: ReadonlyArray<PathStep>): string {
  const parts: string[] = [detectShape(payload)];
  let value = payload;
  for (const step of path) {
    const type = isRecord(value) ? value.type : undefined;
    parts.push(typeof type === "string" ? type : "", typeof step === "number" ? "#" : step);
    value = valueOrUndefined(value, [step]);
  }
  return parts.join("/");
}

const tagsByHost = new WeakMap<SchemaLike, Map<string, string[]>>();
/** Kinds of place remembered per union: far more than a message has. */
const HOSTS_KEPT = 256;

function probeTags(payload: unknown, path: ReadonlyArray<PathStep>, union: SchemaLike): string[] {
  const discriminator = defOf(union).discriminator ?? "type";
  return unionTags(union).filter((tag) => {
    const tried = setAt(payload, path, { [discriminator]: tag });
    return !validateAny(tried).issues.some((issue) => {
      const at = pathInPayload(tried, issue.path);
      return (
        samePath(at, path) ||
        (at.length === path.length + 1 &&
          samePath(at.slice(0, -1), path) &&
          at.at(-1) === discriminator)
      );
    });
  });
}

export function samePath(a: ReadonlyArray<PathStep>, b: ReadonlyArray<PathStep>): boolean {
  return a.length === b.length && a.every((step, i) => step === b[i]);
}

/** A copy of `payload` with `value` at `path` (objects and arrays on the way copied, never changed). */
export function setAt(payload: unknown, path: ReadonlyArray<PathStep>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path as [PathStep, ...PathStep[]];
  if (Array.isArray(payload) && typeof step === "number") {
    const copy = [...payload];
    copy[step] = setAt(payload[step], rest, value);
    return copy;
  }
  const base = isRecord(payload) ? payload : {};
  return { ...base, [step]: setAt(base[step as string], rest, value) };
}

/** A copy of `payload` without the property or list item at `path`. */
export function removeAt(payload: unknown, path: ReadonlyArray<PathStep>): unknown {
  if (path.length === 0) return undefined;
  const parentPath = path.slice(0, -1);
  const last = path.at(-1)!;
  const parent = valueOrUndefined(payload, parentPath);
  if (Array.isArray(parent) && typeof last === "number") {
    return setAt(
      payload,
      parentPath,
      parent.filter((_, i) => i !== last),
    );
  }
  if (!isRecord(parent) || !(String(last) in parent)) return payload;
  const { [String(last)]: _removed, ...rest } = parent;
  return setAt(payload, parentPath, rest);
}

export interface CoverageGap {
  /** Where the property is: `FlexText.size`-like names are not known here, so the key path. */
  where: string;
  what: string;
}

/**
 * Walks every object schema reachable from `roots` (through properties, unions, lists, records
 * and lazy children) and lists each property no control edits. Empty means full coverage.
 */
export function coverageGaps(roots: ReadonlyArray<SchemaLike>): {
  gaps: CoverageGap[];
  properties: number;
  /** Every schema the walk reached (unwrapped), for a test to check that nothing was skipped. */
  reached: ReadonlySet<SchemaLike>;
} {
  const seen = new Set<SchemaLike>();
  const gaps: CoverageGap[] = [];
  let properties = 0;
  const visit = (schema: SchemaLike, where: string) => {
    const inner = unwrap(schema).schema;
    if (seen.has(inner)) return;
    seen.add(inner);
    const def = defOf(inner);
    if (def.type === "object") {
      for (const property of propertiesOf(inner)) {
        properties++;
        const at = `${where}.${property.key}`;
        if (property.control.kind === "unsupported") {
          gaps.push({ where: at, what: property.control.what });
        }
        visit(property.schema, at);
      }
    } else if (def.type === "union") {
      for (const option of def.options ?? [])
        visit(option, `${where}<${String(literalOf(option, def.discriminator ?? "type"))}>`);
    } else if (def.type === "array" && def.element !== undefined) {
      visit(def.element, `${where}[]`);
    } else if (def.type === "record" && def.valueType !== undefined) {
      visit(def.valueType, `${where}{}`);
    }
  };
  roots.forEach((root, i) => {
    visit(root, `root${i}`);
  });
  return { gaps, properties, reached: seen };
}
