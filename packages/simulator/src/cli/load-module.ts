import { access } from "node:fs/promises";
import { register } from "node:module";
import { relative, resolve as resolvePath, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type FlexNode, FlexRenderError, isElement, render } from "@flexkit/flex-jsx";

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
    // The hooks' inline source maps put the author's line:column into stack traces, which is
    // where placeOfError finds the place of an error thrown while loading or rendering.
    process.setSourceMapsEnabled(true);
    registered = true;
  }
  try {
    return (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SyntaxError) throw new UserInputError(error.message);
    // Thrown by the file's top level (or a module it imports) while it ran: the place is the
    // throwing statement's, as for an error a component throws in renderMessage.
    const place = placeOfError(error) ?? file;
    throw new UserInputError(
      `${place}: could not load: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** The export that holds the props for a file's components: `export const previewProps = {…}`. */
export const PREVIEW_PROPS = "previewProps";

function describeValue(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `${typeof value === "object" ? "an" : "a"} ${typeof value}`;
}

/** The props a file's components are called with: its `previewProps` export, or none. */
export function previewPropsOf(
  module: Record<string, unknown>,
  file: string,
): Record<string, unknown> {
  const props = module[PREVIEW_PROPS];
  if (props === undefined) return {};
  if (typeof props !== "object" || props === null || Array.isArray(props))
    throw new UserInputError(
      `${file}: ${PREVIEW_PROPS}: expected an object of the default export's props, got ${describeValue(props)}`,
    );
  return props as Record<string, unknown>;
}

/**
 * The default export of a message file: an element, an array of up to 5 message elements, or a
 * function returning either, called with the file's previewProps (as `flexkit dev` calls it).
 */
export function defaultNode(module: Record<string, unknown>, file: string): FlexNode {
  const exported = module.default;
  if (exported === undefined)
    throw new UserInputError(`${file}: has no default export; export default a message element`);
  if (typeof exported === "function") {
    const value = (exported as (props: Record<string, unknown>) => unknown)(
      previewPropsOf(module, file),
    );
    return value as FlexNode;
  }
  if (isElement(exported) || Array.isArray(exported)) return exported as FlexNode;
  throw new UserInputError(
    `${file}: the default export is ${typeof exported}; expected a message element or a function returning one`,
  );
}

/** flexkit's own code: a stack frame here is never where the author's error is. */
const OWN_CODE = [
  // The runtime's package (its dist/index.js, one folder down), and this CLI, built and (through
  // its source maps) as source.
  fileURLToPath(new URL("..", import.meta.resolve("@flexkit/flex-jsx"))),
  fileURLToPath(new URL("../", import.meta.url)),
  fileURLToPath(new URL("../../src/cli/", import.meta.url)),
];

/**
 * Where an error thrown by the author's code happened: the first stack frame outside flexkit,
 * Node and node_modules, as `file:line:column` (shown relative to the working directory). The
 * positions are the source file's, through the Babel hooks' source maps.
 */
export function placeOfError(error: unknown): string | undefined {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  for (const line of stack.split("\n").slice(1)) {
    // The path starts the frame's place (`at f (/x.tsx:1:2)`, `at file:///x.tsx:1:2`): Node's own
    // `node:internal/modules/…:283:11` has a slash inside but is no file.
    const match = /(?:^at (?:async )?|\()((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/.exec(
      line.trim(),
    );
    if (match === null) continue;
    const path = match[1]!.startsWith("file:") ? fileURLToPath(match[1]!) : match[1]!;
    if (path.includes(`${sep}node_modules${sep}`) || OWN_CODE.some((dir) => path.startsWith(dir)))
      continue;
    const local = relative(process.cwd(), path);
    const shown = local === "" || local.startsWith("..") ? path : local;
    return `${shown}:${match[2]}:${match[3]}`;
  }
  return undefined;
}

/**
 * Renders a message file's default export (with its previewProps). A FlexRenderError (the
 * message is wrong: it has its own place) and a UserInputError pass through; anything else the
 * author's code threw becomes one line with the place it was thrown at.
 */
export function renderMessage(module: Record<string, unknown>, file: string): BuiltMessage {
  try {
    return renderNode(defaultNode(module, file));
  } catch (error) {
    if (error instanceof FlexRenderError || error instanceof UserInputError) throw error;
    const place = placeOfError(error) ?? file;
    throw new UserInputError(
      `${place}: rendering failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
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
