import type { z } from "zod";
import { PROPERTY_DOCS } from "./property-docs.generated.js";
import { objectSchemaAt, originOf, unwrap } from "./schema-walk.js";
import * as actions from "./schemas/actions.js";
import * as flex from "./schemas/flex.js";
import * as imagemap from "./schemas/imagemap.js";
import * as message from "./schemas/message.js";
import * as push from "./schemas/push.js";
import * as richMenu from "./schemas/rich-menu.js";
import * as template from "./schemas/template.js";

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

/** The schema inside its wrappers (optional, lazy box contents…). */
const inner = (schema: Schema): Schema => unwrap(schema).schema as Schema;

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
  const docs = tables().get(inner(originOf(objectSchema) as Schema));
  return docs !== undefined && Object.hasOwn(docs, key) ? docs[key] : undefined;
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
  const key = path.at(-1);
  if (typeof key !== "string") return undefined;
  const object = objectSchemaAt(value, path.slice(0, -1));
  return object === undefined ? undefined : describeProperty(object as z.ZodType, key);
}
