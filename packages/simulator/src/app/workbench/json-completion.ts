import { formatPath, MessageSchema, type PathStep } from "@flexkit/validators";
import {
  childSchema,
  isSchema,
  rootSchemaOf,
  type SchemaDef,
  defOf as schemaDef,
  tagsOf,
  unwrap as unwrapSchema,
} from "@flexkit/validators/schema-walk";
import { type LooseNode, type LooseObject, looseProperty, readLooseJson } from "./loose-json.js";

/**
 * Completion in the JSON editor from the validators' zod schemas: the property names allowed at
 * the cursor's path, and the keyword values of the property under the cursor. Pure: a text and an
 * offset in, options out, so it is tested without an editor.
 */

export interface CompletionOption {
  /** What the list shows and what typing filters on: the bare name or value. */
  label: string;
  /** What replaces `from`…`to` when the option is taken. */
  apply: string;
  /** Where the cursor lands: this many characters before the end of `apply` (0 when unset). */
  back?: number;
  type: "property" | "keyword";
  /** A short note beside the label (the value's kind). */
  detail?: string;
  /** A longer description (issue 21: LINE's words for the property), when there is one. */
  info?: string;
}

export interface JsonCompletions {
  /** Where the typed prefix starts: options are filtered by the text from here to the cursor. */
  from: number;
  to: number;
  /** The place completed, in LINE's notation (`contents.body.contents[0]`). */
  path: string;
  options: CompletionOption[];
}

/** The zod object schema that holds `key` and the key, for a description of the property. */
export type DescribeProperty = (objectSchema: unknown, key: string) => string | undefined;

// The candidates are kept as unknown: the walk's readings of a schema, for what may be none.
const defOf = (schema: unknown): SchemaDef | undefined =>
  isSchema(schema) ? schemaDef(schema) : undefined;
const unwrap = (schema: unknown): unknown =>
  isSchema(schema) ? unwrapSchema(schema).schema : schema;

/** Every non-union schema a schema may be (a union's options, flattened). */
function alternatives(schema: unknown): unknown[] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def?.type === "union") return (def.options ?? []).flatMap(alternatives);
  return [inner];
}

/**
 * The object schemas `node` may be read with: a union's options narrowed by the object's own
 * `type`, as LINE tells its objects apart (all of them while `type` is not written yet).
 */
function objectSchemas(schemas: readonly unknown[], node: LooseNode | undefined): unknown[] {
  const objects = schemas
    .flatMap(alternatives)
    .filter((option) => defOf(option)?.type === "object");
  const type = looseProperty(node, "type");
  if (type === undefined) {
    // No `type` yet: the objects that have every key written so far (`to` tells a push body).
    const written = node?.kind === "object" ? node.entries.map((entry) => entry.key.text) : [];
    const having = objects.filter((object) => {
      const shape = defOf(object)?.shape ?? {};
      return written.every((key) => key in shape);
    });
    return having.length > 0 ? having : objects;
  }
  const typed = objects.filter((object) => isSchema(object) && tagsOf(object).includes(type));
  return typed.length > 0 ? typed : objects;
}

/** The schemas of what sits one step further in. */
function stepInto(schemas: readonly unknown[], node: LooseNode | undefined, step: PathStep) {
  const parents =
    typeof step === "number" ? schemas.flatMap(alternatives) : objectSchemas(schemas, node);
  return parents.flatMap((parent) => {
    const child = isSchema(parent) ? childSchema(parent, step) : undefined;
    return child === undefined ? [] : [child];
  });
}

/** The keyword values a schema accepts: enum members, literals, booleans and grammar keywords. */
export function keywordsOf(schema: unknown): string[] {
  const found = new Set<string>();
  for (const option of alternatives(schema)) {
    const def = defOf(option);
    if (def === undefined) continue;
    if (def.type === "literal" || def.type === "enum") {
      for (const value of def.type === "enum"
        ? Object.values(def.entries ?? {})
        : (def.values ?? []))
        if (typeof value === "string") found.add(value);
    } else if (def.type === "boolean") {
      found.add("true");
      found.add("false");
    } else if (def.type === "string") {
      // The value grammars (values.ts) are one regular expression each, `^(?:xs|sm|…|\d+px)$`:
      // its plain-word alternatives are the keywords.
      for (const check of def.checks ?? []) {
        const pattern = check._zod.def.pattern;
        if (pattern === undefined) continue;
        const body = /^\^\(\?:(.*)\)\$$/.exec(pattern.source)?.[1];
        for (const word of body?.split("|") ?? [])
          if (/^[A-Za-z0-9-]+$/.test(word)) found.add(word);
      }
    }
  }
  return [...found];
}

/** The top of a file the workbench reads: a message, a bare container, a push body, a menu. */
const ROOTS: readonly unknown[] = (["message", "container", "request", "rich-menu"] as const).map(
  rootSchemaOf,
);

type Place =
  | { kind: "key"; object: LooseObject; from: number; to: number; quoted: boolean; colon: boolean }
  | { kind: "value"; object: LooseObject; key: string; from: number; to: number; quoted: boolean };

interface Found {
  place: Place;
  /** The steps from the root to the object completed, with the node at each step. */
  steps: PathStep[];
  nodes: LooseNode[];
}

/** Where the cursor sits: in (or at) a key, or in (or at) a value, of which object. */
function locate(
  node: LooseNode,
  offset: number,
  steps: PathStep[],
  nodes: LooseNode[],
): Found | undefined {
  if (node.kind === "primitive") return undefined;
  const inside = offset > node.from && (node.closed ? offset < node.to : offset <= node.to);
  if (!inside) return undefined;
  if (node.kind === "array") {
    for (const [index, item] of node.items.entries()) {
      const found = locate(item, offset, [...steps, index], [...nodes, item]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (node.kind !== "object") return undefined;
  for (const [index, entry] of node.entries.entries()) {
    const key = entry.key;
    const quoted = key.kind === "string";
    const keyEnd = quoted && key.open !== true ? key.to - 1 : key.to;
    if (offset > key.from - (quoted ? 0 : 1) && offset <= keyEnd) {
      return {
        place: {
          kind: "key",
          object: node,
          from: quoted ? key.from + 1 : key.from,
          to: key.to,
          quoted,
          colon: entry.colon !== undefined,
        },
        steps,
        nodes,
      };
    }
    const value = entry.value;
    if (value !== undefined && value.kind !== "primitive") {
      const found = locate(value, offset, [...steps, key.text], [...nodes, value]);
      if (found !== undefined) return found;
      continue;
    }
    if (value !== undefined) {
      const token = value.token;
      const valueQuoted = token.kind === "string";
      const end = valueQuoted && token.open !== true ? token.to - 1 : token.to;
      if (offset > token.from - (valueQuoted ? 0 : 1) && offset <= end) {
        return {
          place: {
            kind: "value",
            object: node,
            key: key.text,
            from: valueQuoted ? token.from + 1 : token.from,
            to: token.to,
            quoted: valueQuoted,
          },
          steps,
          nodes,
        };
      }
      continue;
    }
    const next = node.entries[index + 1]?.key.from ?? node.to;
    if (entry.colon !== undefined && offset > entry.colon && offset <= next) {
      return {
        place: {
          kind: "value",
          object: node,
          key: key.text,
          from: offset,
          to: offset,
          quoted: false,
        },
        steps,
        nodes,
      };
    }
  }
  return {
    place: { kind: "key", object: node, from: offset, to: offset, quoted: false, colon: false },
    steps,
    nodes,
  };
}

/**
 * The completions at `offset` of a JSON text: property names the schemas allow in the object
 * around the cursor (those not written yet), or the keyword values of the property whose value
 * the cursor is in. Undefined where there is nothing to offer.
 */
export function jsonCompletions(
  text: string,
  offset: number,
  options: { describe?: DescribeProperty } = {},
): JsonCompletions | undefined {
  const root = readLooseJson(text);
  if (root === undefined) return undefined;
  const found = locate(root, offset, [], [root]);
  if (found === undefined) return undefined;
  const { place, steps, nodes } = found;

  // A list of messages is read as messages; anything else by its own `type` among the roots.
  let schemas: unknown[] = root.kind === "array" ? [] : [...ROOTS];
  const start = root.kind === "array" && steps.length > 0 ? 1 : 0;
  if (root.kind === "array") {
    if (steps.length === 0) return undefined;
    schemas = [MessageSchema];
  }
  for (let index = start; index < steps.length; index++) {
    schemas = stepInto(schemas, nodes[index], steps[index]!);
  }
  const objects = objectSchemas(schemas, place.object);
  const path = formatPath(steps);

  if (place.kind === "key") {
    const written = new Set(
      place.object.entries
        .filter((entry) => entry.key.from !== keyStart(place))
        .map((e) => e.key.text),
    );
    const seen = new Set<string>();
    const list: CompletionOption[] = [];
    for (const object of objects) {
      for (const [key, schema] of Object.entries(defOf(object)?.shape ?? {})) {
        if (written.has(key) || seen.has(key)) continue;
        seen.add(key);
        const tail = place.colon ? "" : ": ";
        const info = options.describe?.(object, key);
        list.push({
          label: key,
          apply: place.quoted ? `${key}"${tail}` : `"${key}"${tail}`,
          type: "property",
          detail: kindOf(schema),
          ...(info === undefined ? {} : { info }),
        });
      }
    }
    if (list.length === 0) return undefined;
    return { from: place.from, to: place.to, path, options: list };
  }

  const values = new Set<string>();
  for (const object of objects) {
    const schema = defOf(object)?.shape?.[place.key];
    if (schema !== undefined) for (const word of keywordsOf(schema)) values.add(word);
  }
  if (values.size === 0) return undefined;
  const bare = (word: string) => word === "true" || word === "false";
  return {
    from: place.from,
    to: place.to,
    path: formatPath([...steps, place.key]),
    options: [...values].map((word) => ({
      label: word,
      apply: bare(word) ? word : place.quoted ? `${word}"` : JSON.stringify(word),
      type: "keyword" as const,
    })),
  };
}

function keyStart(place: Place): number {
  return place.quoted ? place.from - 1 : place.from;
}

/** A word for the kind of value a property takes, shown beside its name. */
function kindOf(schema: unknown): string {
  const kinds = new Set(
    alternatives(schema).map((option) => {
      const type = defOf(option)?.type ?? "value";
      return type === "literal" || type === "enum" ? "keyword" : type;
    }),
  );
  return [...kinds].join(" | ");
}

/** The properties of an object schema (of every object a union may be), by name. */
export function propertiesOf(schema: unknown): Map<string, unknown> {
  const properties = new Map<string, unknown>();
  for (const object of objectSchemas([schema], undefined))
    for (const [key, value] of Object.entries(defOf(object)?.shape ?? {}))
      if (!properties.has(key)) properties.set(key, value);
  return properties;
}
