import { register } from "node:module";
import { relative, resolve as resolvePath, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { FlexRenderError } from "@flexkit/flex-jsx";
import {
  isRichMenuModule,
  MessageFileError,
  type RenderedRichMenus,
  renderMessageFile,
  renderRichMenuFile,
  richMenuSources,
} from "@flexkit/flex-jsx/message-file";
import { placeInStack } from "../server/stack-place.js";
import { messageOf } from "../shared/error-message.js";
import { checkSourceFile } from "./read-input.js";
import { UserInputError } from "./user-input-error.js";

let registered = false;

/** Imports a message module, compiling TypeScript/JSX through Babel with the flex runtime. */
export async function importMessageModule(file: string): Promise<Record<string, unknown>> {
  const path = resolvePath(file);
  // Named for what it is when it is no file to import (a folder, a pipe, a link loop, too large);
  // the Babel hooks read its source through the same reader.
  await checkSourceFile(file, "a .flex.tsx file");
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
    throw new UserInputError(`${place}: could not load: ${messageOf(error)}`);
  }
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
  return placeInStack(
    error,
    (path) =>
      !path.includes(`${sep}node_modules${sep}`) && !OWN_CODE.some((dir) => path.startsWith(dir)),
    (path) => {
      const local = relative(process.cwd(), path);
      return local === "" || local.startsWith("..") ? path : local;
    },
  );
}

/**
 * Renders a message file's default export (with its previewProps), as every tool reads a message
 * file (@flexkit/flex-jsx/message-file). A FlexRenderError (the message is wrong: it has its own
 * place) and a UserInputError pass through, a mistake in the file's exports becomes a
 * UserInputError, and anything else the author's code threw becomes one line with the place it
 * was thrown at.
 */
export function renderMessage(module: Record<string, unknown>, file: string): BuiltMessage {
  // A rich menu file builds to the JSON `flexkit validate` and the simulator read: one rich menu
  // object, or `{ richMenus }` for a tab set (its pictures are not JSON: deploy reads them).
  if (isRichMenuModule(module, file)) {
    const rendered = renderRichMenus(module, file);
    const [alias] = Object.keys(rendered.richMenus);
    return rendered.lone
      ? { json: rendered.richMenus[alias!], sources: richMenuSources(rendered, alias!) }
      : { json: { richMenus: rendered.richMenus }, sources: rendered.sources };
  }
  return guarded(file, () => {
    const { message, sources } = renderMessageFile(module, file);
    return { json: message, sources };
  });
}

/** Renders a rich menu file (@flexkit/flex-jsx/message-file), errors as {@link renderMessage}'s. */
export function renderRichMenus(module: Record<string, unknown>, file: string): RenderedRichMenus {
  return guarded(file, () => renderRichMenuFile(module, file));
}

function guarded<T>(file: string, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof FlexRenderError || error instanceof UserInputError) throw error;
    if (error instanceof MessageFileError) throw new UserInputError(error.message);
    const place = placeOfError(error) ?? file;
    throw new UserInputError(`${place}: rendering failed: ${messageOf(error)}`);
  }
}

export interface BuiltMessage {
  json: unknown;
  sources: Record<string, string>;
}
