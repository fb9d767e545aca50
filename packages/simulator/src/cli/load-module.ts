import { access } from "node:fs/promises";
import { register } from "node:module";
import { resolve as resolvePath } from "node:path";
import { pathToFileURL } from "node:url";
import { type FlexNode, isElement, render } from "@flexkit/flex-jsx";

let registered = false;

export class UserInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserInputError";
  }
}

/** Imports a message module, compiling TypeScript/JSX through Babel with the flex runtime. */
export async function importMessageModule(file: string): Promise<Record<string, unknown>> {
  const path = resolvePath(file);
  try {
    await access(path);
  } catch {
    throw new UserInputError(`${file}: no such file`);
  }
  if (!registered) {
    register("./babel-hooks.js", import.meta.url);
    registered = true;
  }
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserInputError(error.message);
    throw new UserInputError(
      `${file}: could not load: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * The default export of a message file: an element, an array of up to 5 message elements, or a
 * function returning either (called with no props).
 */
export function defaultNode(module: Record<string, unknown>, file: string): FlexNode {
  const exported = module.default;
  if (exported === undefined)
    throw new UserInputError(`${file}: has no default export; export default a message element`);
  if (typeof exported === "function") {
    const value = (exported as (props: Record<string, never>) => unknown)({});
    return value as FlexNode;
  }
  if (isElement(exported) || Array.isArray(exported)) return exported as FlexNode;
  throw new UserInputError(
    `${file}: the default export is ${typeof exported}; expected a message element or a function returning one`,
  );
}

export interface BuiltMessage {
  json: unknown;
  sources: Record<string, string>;
}

/** Renders a message node; an array of message elements renders to an array of messages. */
export function renderNode(node: FlexNode): BuiltMessage {
  if (Array.isArray(node)) {
    const json: unknown[] = [];
    const sources: Record<string, string> = {};
    node.forEach((element, index) => {
      const result = render(element);
      json.push(result.message);
      for (const [path, source] of Object.entries(result.sources)) {
        // Same notation as validateMessages and LINE's own 400 details: messages[i].…
        sources[path === "" ? `messages[${index}]` : `messages[${index}].${path}`] = source;
      }
    });
    return { json, sources };
  }
  const result = render(node);
  return { json: result.message, sources: result.sources };
}
