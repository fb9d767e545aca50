import {
  describeProperty,
  type PropertyDoc,
  propertyDocAt,
} from "@flexkit/validators/property-docs";
import type { DescribeProperty } from "./json-completion.js";
import { type LooseNode, readLooseJson } from "./loose-json.js";

/**
 * What the JSON editor says about a property (issue 21): the description written once on its zod
 * schema, as the info of a completion and the tooltip over a property name.
 */

/** The doc as plain text: the description (with its `Rules:` line), LINE's default and link. */
export function propertyInfoText(doc: PropertyDoc): string {
  const lines = [doc.description];
  if (doc.deprecated !== undefined) lines.push(`Deprecated: ${doc.deprecated}`);
  if (doc.default !== undefined) lines.push(`Default: ${doc.default}`);
  if (doc.see !== undefined) lines.push(doc.see);
  return lines.join("\n");
}

/** The completions' `describe` hook: the doc of `key` on the object schema it is offered for. */
export const describeForCompletion: DescribeProperty = (objectSchema, key) => {
  const doc = describeProperty(objectSchema as Parameters<typeof describeProperty>[0], key);
  return doc === undefined ? undefined : propertyInfoText(doc);
};

/** The value a loosely read node holds, as far as the text says (unfinished parts left out). */
function looseValue(node: LooseNode | undefined): unknown {
  if (node === undefined) return undefined;
  if (node.kind === "array") return node.items.map(looseValue);
  if (node.kind === "object") {
    const value: Record<string, unknown> = {};
    for (const entry of node.entries) value[entry.key.text] = looseValue(entry.value);
    return value;
  }
  const { token } = node;
  if (token.kind === "string") return token.text;
  try {
    return JSON.parse(token.text) as unknown;
  } catch {
    return token.text;
  }
}

/** Where the property name at `offset` is in the text, and its path from the top value. */
function keyAt(
  node: LooseNode | undefined,
  offset: number,
  path: Array<string | number>,
): { from: number; to: number; path: Array<string | number> } | undefined {
  if (node === undefined || node.kind === "primitive") return undefined;
  if (node.kind === "array") {
    for (const [index, item] of node.items.entries()) {
      const found = keyAt(item, offset, [...path, index]);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const entry of node.entries) {
    const { key } = entry;
    if (offset >= key.from && offset <= key.to)
      return { from: key.from, to: key.to, path: [...path, key.text] };
    const found = keyAt(entry.value, offset, [...path, key.text]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The doc of the property whose name is at `offset` of a JSON text (complete or being typed), with
 * where the name is; undefined over anything else or a property without a doc.
 */
export function propertyDocAtOffset(
  text: string,
  offset: number,
): { from: number; to: number; doc: PropertyDoc } | undefined {
  const root = readLooseJson(text);
  const found = keyAt(root, offset, []);
  if (found === undefined) return undefined;
  const doc = propertyDocAt(looseValue(root), found.path);
  return doc === undefined ? undefined : { from: found.from, to: found.to, doc };
}
