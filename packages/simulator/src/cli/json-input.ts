import { describeJsonError } from "../shared/json-syntax.js";
import { readInputText, STDIN_NAME } from "./read-input.js";
import { UserInputError } from "./user-input-error.js";

/**
 * LINE JSON as the CLI reads it (validate, to-jsx, push): through the one reader (read-input.ts),
 * then parsed, each mistake a line with its place.
 */

/** JSON.parse with the place of a syntax error as line:column. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const { offset, line, column, reason } = describeJsonError(text, error);
    if (offset === undefined) throw new UserInputError(`${name}: not valid JSON: ${reason}`);
    throw new UserInputError(`${name}:${line}:${column}: not valid JSON: ${reason}`);
  }
}

/** The JSON in `file` (`-`: standard input), read and parsed, or a UserInputError. */
export async function readJsonInput(file: string): Promise<{ value: unknown; name: string }> {
  const name = file === "-" ? STDIN_NAME : file;
  const text = await readInputText(file, "a JSON file", name);
  return { value: parseJson(text, name), name };
}
