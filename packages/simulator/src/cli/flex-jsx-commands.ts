import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { FlexRenderError } from "@flexkit/flex-jsx";
import { MESSAGE_FILE, MESSAGE_FILES } from "@flexkit/flex-jsx/message-file";
import { ToJsxError, toJsx } from "@flexkit/flex-jsx/to-jsx";
import { issueLine, validateAny } from "@flexkit/validators";
import { messageOf } from "../shared/error-message.js";
import { EXIT, type Io, renderErrorLine } from "./io.js";
import { readJsonInput } from "./json-input.js";
import { importMessageModule, renderMessage } from "./load-module.js";
import { UserInputError } from "./user-input-error.js";
import { writeOutput } from "./write-output.js";

/**
 * `flexkit build --all <dir>` and `flexkit to-jsx <file.json>`. How a source location is shown
 * comes from main.ts, so that every command prints issues the same way.
 */

export interface Formatting {
  /** A source location (`/abs/card.flex.tsx:3:5`) as the person reads it. */
  showSource: (source: string) => string;
}

/**
 * Every message file (`*.flex.tsx`, `*.flex.jsx`) below `dir`, in a stable order, skipping
 * node_modules and dot folders.
 */
async function messageFiles(dir: string): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    throw new UserInputError(`${dir}: no such folder`);
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith("."))
        found.push(...(await messageFiles(path)));
    } else if (MESSAGE_FILE.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/**
 * What follows a message's leading name of `file` (as given, as shown or absolute): `:4:22: …`
 * or `: could not load: …`, so the progress line names the file once, with its line:column when
 * the message has one: `[1/2] messages/x.flex.tsx:4:22: …`. Undefined when it starts otherwise.
 */
function afterFileName(message: string, file: string): string | undefined {
  const names = [file, shown(file), resolve(file)].sort((a, b) => b.length - a.length);
  const name = names.find((candidate) => message.startsWith(`${candidate}:`));
  return name === undefined ? undefined : message.slice(name.length);
}

/**
 * Builds every message file in a folder, writing `x.json` beside each `x.flex.tsx` or
 * `x.flex.jsx` (or below `-o <dir>`, keeping the folder layout), with one progress line per file
 * on stderr.
 * Exit: 0 all valid, 1 some invalid, 2 some could not be loaded (or no files at all).
 */
export async function commandBuildAll(
  dir: string,
  flags: { strict: boolean; output: string | undefined },
  io: Io,
  format: Formatting,
): Promise<number> {
  const files = await messageFiles(dir);
  if (files.length === 0) throw new UserInputError(`${dir}: no ${MESSAGE_FILES} files`);
  let invalid = 0;
  let unusable = 0;
  for (const [index, file] of files.entries()) {
    const progress = `[${index + 1}/${files.length}] ${shown(file)}`;
    let built: ReturnType<typeof renderMessage>;
    try {
      built = renderMessage(await importMessageModule(file), shown(file));
    } catch (error) {
      if (error instanceof FlexRenderError) {
        invalid++;
        io.err(`${progress}: invalid`);
        io.err(`  ${renderErrorLine(error)}`);
      } else {
        unusable++;
        const message = messageOf(error);
        const rest = afterFileName(message, file);
        io.err(rest === undefined ? `${progress}: ${message}` : `${progress}${rest}`);
      }
      continue;
    }
    const result = validateAny(built.json, { strict: flags.strict });
    const target =
      flags.output === undefined
        ? file.replace(MESSAGE_FILE, ".json")
        : join(resolve(flags.output), relative(resolve(dir), file).replace(MESSAGE_FILE, ".json"));
    if (result.ok) {
      await writeOutput(target, `${JSON.stringify(built.json, null, 2)}\n`, { makeFolder: true });
      io.err(`${progress} → ${shown(target)}`);
    } else {
      invalid++;
      io.err(`${progress}: invalid`);
    }
    for (const issue of result.issues)
      io.err(`  ${issueLine(issue, built.sources, format.showSource)}`);
  }
  const built = files.length - invalid - unusable;
  io.err(`built ${built} of ${files.length} message files`);
  if (unusable > 0) return EXIT.usage;
  return invalid > 0 ? EXIT.invalid : EXIT.ok;
}

/** Prints (or writes with -o) the `.flex.tsx` source for a JSON message file. */
export async function commandToJsx(
  files: string[],
  flags: { output: string | undefined },
  io: Io,
): Promise<number> {
  const [file] = files;
  if (file === undefined)
    throw new UserInputError("to-jsx: which file? (flexkit to-jsx <file.json|->)");
  const { value: json, name } = await readJsonInput(file);
  let source: string;
  try {
    source = toJsx(json);
  } catch (error) {
    if (error instanceof ToJsxError) throw new UserInputError(`${name}: ${error.message}`);
    throw error;
  }
  if (flags.output === undefined) io.out(source.trimEnd());
  else await writeOutput(flags.output, source);
  return EXIT.ok;
}
