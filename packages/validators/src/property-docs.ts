import type { z } from "zod";
import { PROPERTY_DOCS } from "./property-docs.generated.js";
import * as actions from "./schemas/actions.js";
import * as flex from "./schemas/flex.js";
import * as imagemap from "./schemas/imagemap.js";
import * as message from "./schemas/message.js";
import * as push from "./schemas/push.js";
import * as richMenu from "./schemas/rich-menu.js";
import * as template from "./schemas/template.js";
import { detectShape } from "./validate-any.js";

/**
 * What a property means, in our words (issue 21). Written once, as the JSDoc on the property of
 * its zod schema (packages/validators/src/schemas/*.ts), and read from there into
 * property-docs.generated.ts by `npm run docs:gen`; editors show the same comment on hover.
 */
export interface PropertyDoc {
  /** What it does, its values and units, its limit, LINE's default and the rules it falls under. */
  description: string;
  /** LINE's default when the property is left out, as JSON (`"md"`, `false`). */
  default?: string;
  /** LINE's reference for it. */
  see?: string;
  /** Set when LINE deprecates it: what to use instead. */
  deprecated?: string;
  /** The RULES.md rule IDs the description names (its `Rules:` line). */
  rules: string[];
}

/** Every module the generator reads, by its export names (the generated table's first part). */
const MODULES: ReadonlyArray<Record<string, unknown>> = [
  actions,
  flex,
  imagemap,
  message,
  push,
  richMenu,
  template,
];

type Schema = z.core.$ZodType;

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && "_zod" in value;
}

/**
 * The schema inside the wrappers a property's schema may have: optional, nullable, defaults,
 * lazy (box contents), pipes. Bounded, because a lazy schema can refer to itself.
 */
function inner(schema: Schema): Schema {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = current._zod.def as z.core.$ZodTypeDef & {
      innerType?: Schema;
      getter?: () => Schema;
      in?: Schema;
    };
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === "lazy" && def.getter !== undefined) current = def.getter();
    else if (def.type === "pipe" && def.in !== undefined) current = def.in;
    else return current;
  }
  return current;
}

function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & { shape?: Record<string, Schema> };
  return def.type === "object" ? def.shape : undefined;
}

let bySchema: WeakMap<object, Readonly<Record<string, PropertyDoc>>> | undefined;

/**
 * The generated table by schema object. A name is an export name, then the path to an object
 * written inside it: `FlexBubbleSchema.styles` is the object under `styles` (through optionals
 * and arrays), `MentionSubstitutionSchema.mentionee[0]` the first member of the union there.
 */
function tables(): WeakMap<object, Readonly<Record<string, PropertyDoc>>> {
  if (bySchema !== undefined) return bySchema;
  bySchema = new WeakMap();
  for (const [name, docs] of Object.entries(PROPERTY_DOCS)) {
    const schema = schemaNamed(name);
    if (schema !== undefined) bySchema.set(schema, docs);
  }
  return bySchema;
}

/** An array's element schema (a nested object may sit in an array), or the schema itself. */
function elementOf(schema: Schema): Schema {
  const def = schema._zod.def as z.core.$ZodTypeDef & { element?: Schema };
  return def.type === "array" && def.element !== undefined ? inner(def.element) : schema;
}

function schemaNamed(name: string): Schema | undefined {
  const [exportName, ...steps] = name.split(".");
  let schema: Schema | undefined;
  for (const module of MODULES) {
    const found = module[exportName!];
    if (isSchema(found)) schema = inner(found);
  }
  for (const step of steps) {
    const [, key, member] = /^(.+?)(?:\[(\d+)\])?$/.exec(step) ?? [];
    const child = schema === undefined ? undefined : shapeOf(schema)?.[key!];
    if (child === undefined) return undefined;
    schema = elementOf(inner(child));
    if (member !== undefined) {
      const options = (schema._zod.def as { options?: Schema[] }).options;
      const option = options?.[Number(member)];
      schema = option === undefined ? undefined : inner(option);
    }
  }
  return schema;
}

/** The doc of `key` on an object schema, or undefined when it has none. */
export function describeProperty(objectSchema: z.ZodType, key: string): PropertyDoc | undefined {
  const docs = tables().get(inner(objectSchema));
  return docs !== undefined && Object.hasOwn(docs, key) ? docs[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The member of a union that `value` belongs to, as the validators choose it: by the
 * discriminator (`type`) when the union has one, else the first object member that has `key`.
 */
function member(schema: Schema, value: unknown, key: string | number): Schema | undefined {
  const def = schema._zod.def as z.core.$ZodTypeDef & {
    options?: Schema[];
    discriminator?: string;
  };
  const options = (def.options ?? []).map(inner);
  if (def.discriminator !== undefined) {
    if (!isRecord(value)) return undefined;
    const tag = value[def.discriminator];
    for (const option of options) {
      const values = (option._zod as { propValues?: Record<string, Set<unknown>> }).propValues;
      if (values?.[def.discriminator]?.has(tag) === true) return option;
    }
    return undefined;
  }
  return options.find((option) => {
    const shape = shapeOf(option);
    return shape !== undefined && typeof key === "string" && Object.hasOwn(shape, key);
  });
}

interface Start {
  schema: Schema;
  value: unknown;
  steps: ReadonlyArray<string | number>;
}

function child(value: unknown, step: string | number): unknown {
  if (typeof step === "number") return Array.isArray(value) ? value[step] : undefined;
  return isRecord(value) && Object.hasOwn(value, step) ? value[step] : undefined;
}

/**
 * The schema the walk starts from, told from the value as `validateAny` tells it. The messages of
 * a push body, a validate request or a rich-menu file are checked one by one as messages (their
 * schema says only `unknown[]`), and the menus of a set one by one as rich menus.
 */
function start(value: unknown, path: ReadonlyArray<string | number>): Start | undefined {
  const shape = detectShape(value);
  const [first, second] = path;
  if (shape === "messages") {
    if (typeof first !== "number") return undefined;
    return { schema: message.MessageSchema, value: child(value, first), steps: path.slice(1) };
  }
  if (shape === "request" || shape === "validate-request" || shape === "rich-menu-set") {
    if (first === "messages" && typeof second === "number") {
      const list = child(value, first);
      return { schema: message.MessageSchema, value: child(list, second), steps: path.slice(2) };
    }
    if (shape === "rich-menu-set" && first === "richMenus" && typeof second === "string") {
      const menus = child(value, first);
      return { schema: richMenu.RichMenuSchema, value: child(menus, second), steps: path.slice(2) };
    }
    if (shape === "request") return { schema: push.PushRequestSchema, value, steps: path };
    return undefined;
  }
  if (shape === "container") return { schema: flex.FlexContainerSchema, value, steps: path };
  if (shape === "rich-menu") return { schema: richMenu.RichMenuSchema, value, steps: path };
  return { schema: message.MessageSchema, value, steps: path };
}

function walk(from: Start): PropertyDoc | undefined {
  let schema: Schema | undefined = from.schema;
  let current = from.value;
  const { steps } = from;
  for (let i = 0; i < steps.length && schema !== undefined; ) {
    const step = steps[i]!;
    schema = inner(schema);
    const def = schema._zod.def as z.core.$ZodTypeDef & {
      element?: Schema;
      valueType?: Schema;
    };
    if (def.type === "union") {
      // The step stays: it is taken on the member.
      schema = member(schema, current, step);
      continue;
    }
    if (def.type === "array" || def.type === "record") {
      if (def.type === "array" && typeof step !== "number") return undefined;
      schema = def.type === "array" ? def.element : def.valueType;
      current = child(current, step);
      i++;
      continue;
    }
    const shape = shapeOf(schema);
    if (shape === undefined || typeof step !== "string" || !Object.hasOwn(shape, step)) {
      return undefined;
    }
    if (i === steps.length - 1) return describeProperty(schema as z.ZodType, step);
    schema = shape[step];
    current = child(current, step);
    i++;
  }
  return undefined;
}

/**
 * The doc of the property at `path` in a message, a list of messages, a Flex container, a push
 * body, a rich menu or a rich-menu file (the shapes `validateAny` tells apart):
 * `propertyDocAt(message, ["contents", "body", "contents", 0, "size"])` is the doc of `size` of
 * whatever component sits there. Undefined when the path leads to no documented property. Like
 * the validators it never throws: a value that throws when read has no doc.
 */
export function propertyDocAt(
  value: unknown,
  path: ReadonlyArray<string | number>,
): PropertyDoc | undefined {
  try {
    const from = start(value, path);
    return from === undefined ? undefined : walk(from);
  } catch {
    return undefined;
  }
}
