import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse } from "yaml";
import { sharedRoot } from "../helpers.js";

/**
 * LINE's OpenAPI schema (`shared/spec/line-openapi/messaging-api.yml`) compiled with ajv, as the
 * reference the differential test and the bench compare the validators with.
 *
 * OpenAPI 3.0 models message and component types with `discriminator` plus `allOf` inheritance
 * (TextMessage = allOf[Message, {...}]), which JSON Schema validators do not follow. So each
 * discriminated schema X becomes `X__base` (its own properties) and X itself dispatches on the
 * discriminator: `type` must be one of the mapping's keys, and then the mapped subtype applies.
 * Subtypes inherit from `X__base`, which ends the recursion.
 */

type Schema = Record<string, unknown>;

const REF = "#/components/schemas/";
const INT32 = 2 ** 31;

function isObject(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep copy with `$ref`s rewritten from OpenAPI components to JSON Schema definitions. */
function rewrite(value: unknown, discriminated: Set<string>, inAllOf = false): unknown {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, discriminated, inAllOf));
  if (!isObject(value)) return value;
  const out: Schema = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === "discriminator" || key === "externalDocs" || key === "example") continue;
    if (key === "$ref" && typeof child === "string" && child.startsWith(REF)) {
      const name = child.slice(REF.length);
      // A subtype's allOf inherits the base's own properties, not its dispatch.
      out.$ref = `#/definitions/${inAllOf && discriminated.has(name) ? `${name}__base` : name}`;
      continue;
    }
    out[key] = rewrite(child, discriminated, key === "allOf");
  }
  return out;
}

export function loadOpenApiDefinitions(): Record<string, Schema> {
  const file = join(sharedRoot, "spec", "line-openapi", "messaging-api.yml");
  const document = parse(readFileSync(file, "utf8")) as {
    components: { schemas: Record<string, Schema> };
  };
  const schemas = document.components.schemas;
  const discriminated = new Set(
    Object.entries(schemas)
      .filter(([, schema]) => isObject(schema.discriminator))
      .map(([name]) => name),
  );
  const definitions: Record<string, Schema> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const rewritten = rewrite(schema, discriminated) as Schema;
    if (!discriminated.has(name)) {
      definitions[name] = rewritten;
      continue;
    }
    definitions[`${name}__base`] = rewritten;
    const { propertyName, mapping } = schema.discriminator as {
      propertyName: string;
      mapping: Record<string, string>;
    };
    definitions[name] = {
      allOf: [
        { $ref: `#/definitions/${name}__base` },
        {
          required: [propertyName],
          properties: { [propertyName]: { enum: Object.keys(mapping) } },
        },
        ...Object.entries(mapping).map(([value, ref]) => ({
          if: { properties: { [propertyName]: { const: value } }, required: [propertyName] },
          // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited
          then: { $ref: `#/definitions/${ref.slice(REF.length)}` },
        })),
      ],
    };
  }
  return definitions;
}

export interface OpenApiValidators {
  message: ValidateFunction;
  flexContainer: ValidateFunction;
  pushRequest: ValidateFunction;
  /** The body of `POST /v2/bot/message/validate/push` (PUSH-14). */
  validateMessageRequest: ValidateFunction;
  /** The body of `POST /v2/bot/richmenu` (RULES.md §15.1). */
  richMenuRequest: ValidateFunction;
}

export function compileOpenApi(): OpenApiValidators {
  // OpenAPI 3.0 keywords (nullable, readOnly, deprecated…) are not JSON Schema: not strict.
  const ajv = new Ajv({ strict: false, allErrors: false, discriminator: false });
  const addFormats = addFormatsModule as unknown as (instance: Ajv) => Ajv;
  addFormats(ajv);
  ajv.addFormat("int32", {
    type: "number",
    validate: (n: number) => Number.isInteger(n) && n >= -INT32 && n < INT32,
  });
  ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat("double", { type: "number", validate: () => true });
  ajv.addFormat("binary", { type: "string", validate: () => true });
  ajv.addSchema({ $id: "line", definitions: loadOpenApiDefinitions() });
  const compile = (name: string) => ajv.compile({ $ref: `line#/definitions/${name}` });
  return {
    message: compile("Message"),
    flexContainer: compile("FlexContainer"),
    pushRequest: compile("PushMessageRequest"),
    validateMessageRequest: compile("ValidateMessageRequest"),
    richMenuRequest: compile("RichMenuRequest"),
  };
}
