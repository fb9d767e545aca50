import { describeProperty, type PropertyDoc } from "@flexkit/validators/property-docs";
import type { InputType } from "storybook/internal/types";
import type { z } from "zod";

/**
 * The Controls table of a Flex component story, documented from the schema (issue 21): each prop
 * gets the description written once as the JSDoc of its zod schema (with its rule IDs and LINE's
 * reference as a link) and LINE's default, and a prop the story does not list yet gets a row with
 * a control that fits its schema, so that no prop of the component is missing from the table.
 */

// zod 4 keeps a schema's structure in `_zod.def`; only the fields read here are written down.
interface Def {
  type: string;
  innerType?: Schema;
  shape?: Record<string, Schema>;
  entries?: Record<string, string>;
  values?: unknown[];
}
interface Schema {
  _zod: { def: Def };
}

/** The schema under `.optional()`, `.nullable()` and `.default()`. */
function inner(schema: Schema): Schema {
  let current = schema;
  while (current._zod.def.innerType !== undefined) current = current._zod.def.innerType;
  return current;
}

/** A control that fits a property's schema: a select for a keyword, a switch for a boolean… */
function controlFor(schema: Schema): InputType {
  const def = inner(schema)._zod.def;
  if (def.type === "enum" && def.entries !== undefined)
    return { control: "select", options: Object.values(def.entries) };
  if (def.type === "literal" && def.values !== undefined)
    return { control: "select", options: def.values };
  if (def.type === "boolean") return { control: "boolean" };
  if (def.type === "number") return { control: "number" };
  if (def.type === "string") return { control: "text" };
  return { control: "object" };
}

/** The doc as the Controls table shows it (markdown): the text, deprecation and LINE's link. */
export function docMarkdown(doc: PropertyDoc): string {
  const parts = [doc.description];
  if (doc.deprecated !== undefined) parts.push(`**Deprecated:** ${doc.deprecated}`);
  if (doc.see !== undefined) parts.push(`[LINE's reference](${doc.see})`);
  return parts.join("\n\n");
}

/**
 * `argTypes` with a description and a default for every property of `schema` (an object schema
 * of @flexkit/validators). The story's own entries (their controls) are kept; `type` is shown
 * without a control, since the story's render sets it.
 */
export function documented<Args>(
  schema: z.ZodType,
  argTypes: Partial<Record<keyof Args, InputType>> = {},
): Partial<Record<keyof Args, InputType>> {
  const shape = inner(schema as unknown as Schema)._zod.def.shape ?? {};
  const result: Record<string, InputType> = {};
  for (const [key, property] of Object.entries(shape)) {
    const given: InputType =
      (argTypes as Record<string, InputType>)[key] ??
      (key === "type" ? { control: false } : controlFor(property));
    const doc = describeProperty(schema, key);
    if (doc === undefined) {
      result[key] = given;
      continue;
    }
    result[key] = {
      ...given,
      description: docMarkdown(doc),
      table: {
        ...given.table,
        ...(doc.default === undefined ? {} : { defaultValue: { summary: doc.default } }),
      },
    };
  }
  // Entries the schema does not know (a story's own knobs) stay as the story wrote them.
  for (const [key, given] of Object.entries(argTypes as Record<string, InputType>)) {
    if (!(key in result)) result[key] = given;
  }
  return result as Partial<Record<keyof Args, InputType>>;
}
