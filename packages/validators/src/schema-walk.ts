import type { PathStep } from "./path.js";
import { FlexContainerSchema } from "./schemas/flex.js";
import { MessageSchema } from "./schemas/message.js";
import { PushRequestSchema } from "./schemas/push.js";
import { RichMenuSchema } from "./schemas/rich-menu.js";
import { detectShape, type JsonShape } from "./validate-any.js";

/**
 * Which schema of the validators applies at a path of a payload, union members chosen by their
 * discriminator (`type`) as the validators choose them: one walk for every tool that reads the
 * schemas along a path (property docs, the simulator's inspector and its JSON completion).
 *
 * The schemas are read through the few parts of zod 4's `_zod.def` used here, typed structurally,
 * so a caller that does not depend on zod (the simulator app) can use the walk too. Never throws:
 * a payload that throws when read, or a path that leads nowhere, gives undefined.
 */

/** What the walk needs of a zod schema. */
export interface SchemaLike {
  readonly _zod: { readonly def: object };
}

/** A zod check's definition (`.max(40)`, `.regex(…)`, `.int()`), the fields tools read of it. */
export interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
  value?: number;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
}

/** The parts of zod 4's `_zod.def` read here and by the tools that walk with this module. */
export interface SchemaDef {
  type: string;
  innerType?: SchemaLike;
  getter?: () => SchemaLike;
  in?: SchemaLike;
  shape?: Record<string, SchemaLike>;
  options?: ReadonlyArray<SchemaLike>;
  discriminator?: string;
  element?: SchemaLike;
  valueType?: SchemaLike;
  values?: ReadonlyArray<unknown>;
  entries?: Record<string, string | number>;
  checks?: ReadonlyArray<{ readonly _zod: { readonly def: CheckDef } }>;
}

export function isSchema(value: unknown): value is SchemaLike {
  return (
    typeof value === "object" &&
    value !== null &&
    "_zod" in value &&
    typeof value._zod === "object" &&
    value._zod !== null &&
    "def" in value._zod
  );
}

export const defOf = (schema: SchemaLike) => schema._zod.def as SchemaDef;

/** Wrappers whose `innerType` is the schema of the value itself. */
const WRAPPERS = new Set([
  "optional",
  "nullable",
  "nonoptional",
  "default",
  "prefault",
  "readonly",
  "catch",
]);
/** Bounded, because a lazy schema may refer to itself. */
const UNWRAP_DEPTH = 20;

/**
 * The schema of the value itself under `.optional()`, `.nullable()`, defaults, `z.lazy()` (box
 * contents) and pipes, and whether it may be absent (an `.optional()` on the way).
 */
export function unwrap(schema: SchemaLike): { schema: SchemaLike; optional: boolean } {
  let current = schema;
  let optional = false;
  for (let depth = 0; depth < UNWRAP_DEPTH; depth++) {
    const def = defOf(current);
    if (WRAPPERS.has(def.type) && def.innerType !== undefined) {
      if (def.type === "optional") optional = true;
      current = def.innerType;
    } else if (def.type === "lazy" && def.getter !== undefined) current = def.getter();
    else if (def.type === "pipe" && def.in !== undefined) current = def.in;
    else break;
  }
  return { schema: current, optional };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A schema made here, not by zod: the lists and files around messages that have no schema. */
const made = (def: SchemaDef): SchemaLike => ({ _zod: { def } });

/** The messages of a list, a body or a rich-menu file: each is checked as a message. */
const MESSAGES = made({ type: "array", element: MessageSchema });

/** The zod schema each made root stands for, for what is looked up by schema (property docs). */
const madeFrom = new WeakMap<SchemaLike, SchemaLike>();

// The push schema takes `messages` as unknown[]: validatePushRequest checks each one as a message,
// for paths of its own.
const PUSH_REQUEST = made({
  type: "object",
  shape: { ...(PushRequestSchema.shape as Record<string, SchemaLike>), messages: MESSAGES },
});
madeFrom.set(PUSH_REQUEST, PushRequestSchema);

const VALIDATE_REQUEST = made({ type: "object", shape: { messages: MESSAGES } });

const RICH_MENU_FILE = made({
  type: "object",
  shape: {
    richMenus: made({ type: "record", valueType: RichMenuSchema }),
    messages: made({ type: "optional", innerType: MESSAGES }),
  },
});

/** The zod schema a schema of this module was made from (a push body's), else the schema itself. */
export function originOf(schema: SchemaLike): SchemaLike {
  return madeFrom.get(schema) ?? schema;
}

/** The schema of a payload of each shape that `validateAny` tells apart. */
export function rootSchemaOf(shape: JsonShape): SchemaLike {
  switch (shape) {
    case "messages":
      return MESSAGES;
    case "container":
      return FlexContainerSchema;
    case "request":
      return PUSH_REQUEST;
    case "validate-request":
      return VALIDATE_REQUEST;
    case "rich-menu":
      return RichMenuSchema;
    case "rich-menu-set":
      return RICH_MENU_FILE;
    default:
      return MessageSchema;
  }
}

/**
 * The schema of a whole payload, told by its shape as `validateAny` tells it: a message, a list of
 * messages, a bare Flex container, a push or validate body, a rich menu or a set of them.
 */
export function rootSchema(payload: unknown): SchemaLike {
  let shape: JsonShape;
  try {
    shape = detectShape(payload);
  } catch {
    shape = "message";
  }
  return rootSchemaOf(shape);
}

/** The values an object schema's `key` may take when it is a literal or an enum (its tags). */
export function tagsOf(objectSchema: SchemaLike, key = "type"): unknown[] {
  const property = defOf(unwrap(objectSchema).schema).shape;
  if (property === undefined || !Object.hasOwn(property, key)) return [];
  const def = defOf(unwrap(property[key]!).schema);
  if (def.type === "literal") return [...(def.values ?? [])];
  if (def.type === "enum") return Object.values(def.entries ?? {});
  return [];
}

/** The member of a discriminated union that a value is checked against (by its `type`). */
export function memberFor(union: SchemaLike, value: unknown): SchemaLike | undefined {
  const def = defOf(union);
  const key = def.discriminator ?? "type";
  if (!isRecord(value)) return undefined;
  const tag = value[key];
  return (def.options ?? []).find((option) => tagsOf(option, key).includes(tag));
}

/** The schema one step into an object (its key), an array (an index) or a record (a key). */
export function childSchema(schema: SchemaLike, step: PathStep): SchemaLike | undefined {
  const def = defOf(unwrap(schema).schema);
  if (def.type === "object" && typeof step === "string") {
    return def.shape !== undefined && Object.hasOwn(def.shape, step) ? def.shape[step] : undefined;
  }
  if (def.type === "array" && typeof step === "number") return def.element;
  if (def.type === "record" && typeof step === "string") return def.valueType;
  return undefined;
}

/** The value one step in, own properties and items only. */
function childValue(value: unknown, step: PathStep): unknown {
  if (typeof step === "number") return Array.isArray(value) ? value[step] : undefined;
  return isRecord(value) && Object.hasOwn(value, step) ? value[step] : undefined;
}

export interface SchemaAt {
  /** The schema of the value at the path, unwrapped, its union member chosen. */
  schema: SchemaLike;
  /** The union it was chosen from, when it sits in one (an action, a component…). */
  union?: SchemaLike;
}

/**
 * The schema of the value at `path` in `payload`, unions resolved by the values met on the way
 * (a union whose value has no known `type` ends the walk). Undefined when the schemas know no
 * such place.
 */
export function schemaAt(payload: unknown, path: ReadonlyArray<PathStep>): SchemaAt | undefined {
  try {
    let schema: SchemaLike | undefined = rootSchema(payload);
    let value = payload;
    for (let i = 0; ; i++) {
      const inner = unwrap(schema).schema;
      let union: SchemaLike | undefined;
      let resolved = inner;
      if (defOf(inner).type === "union") {
        const member = memberFor(inner, value);
        if (member === undefined) return undefined;
        union = inner;
        resolved = unwrap(member).schema;
      }
      if (i === path.length)
        return union === undefined ? { schema: resolved } : { schema: resolved, union };
      const step = path[i]!;
      schema = childSchema(resolved, step);
      if (schema === undefined) return undefined;
      value = childValue(value, step);
    }
  } catch {
    return undefined;
  }
}

/** The object schema at `path` (its union member chosen), or undefined when it is no object. */
export function objectSchemaAt(
  payload: unknown,
  path: ReadonlyArray<PathStep>,
): SchemaLike | undefined {
  const found = schemaAt(payload, path);
  return found !== undefined && defOf(found.schema).type === "object" ? found.schema : undefined;
}

/**
 * An issue's path in the payload. The validators name the messages of a list `messages[0]…`,
 * where a root array counts from `[0]`; a push or validate body `{to, messages}` really has its
 * messages under `messages`, so its paths stay as they are.
 */
export function pathInPayload(
  payload: unknown,
  path: ReadonlyArray<PathStep>,
): ReadonlyArray<PathStep> {
  const inList = path[0] === "messages" && typeof path[1] === "number" && isArray(payload);
  return inList ? path.slice(1) : path;
}

/** Array.isArray, false for what cannot be asked (a revoked proxy throws). */
function isArray(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
