import { JSON_DEPTH_MAX, LIMITS, MOST_NESTED_BOXES } from "@flexkit/validators";
import { describeJsonError } from "../shared/json-syntax.js";
import { lineAndColumn, readInputText, STDIN_NAME } from "./read-input.js";
import { UserInputError } from "./user-input-error.js";

/**
 * LINE JSON as the CLI reads it (validate, to-jsx, push): through the one reader (read-input.ts),
 * no deeper than LINE JSON can be, then parsed, each mistake a line with its place.
 */

/**
 * Deeper input is refused before it is parsed: the commands that walk it (to-jsx, the
 * validators) would run out of stack on a hostile file long before.
 */
const MAX_JSON_DEPTH = JSON_DEPTH_MAX;

/**
 * How deep `text` nests, and where it first goes past MAX_JSON_DEPTH: brackets outside strings,
 * counted without parsing, so that it holds for text that is not JSON too.
 */
export function jsonDepth(text: string): { deepest: number; tooDeepAt: number | undefined } {
  let depth = 0;
  let deepest = 0;
  let tooDeepAt: number | undefined;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      // A string: to its closing quote, over escaped characters.
      for (i++; i < text.length; i++) {
        const inside = text.charCodeAt(i);
        if (inside === 0x5c) i++;
        else if (inside === 0x22) break;
      }
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (depth > MAX_JSON_DEPTH && tooDeepAt === undefined) tooDeepAt = i;
      }
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return { deepest, tooDeepAt };
}

/** JSON.parse with the place of a syntax error as line:column, and no deeper than LINE JSON. */
export function parseJson(text: string, name: string): unknown {
  const { deepest, tooDeepAt } = jsonDepth(text);
  if (tooDeepAt !== undefined) {
    const { line, column } = lineAndColumn(text, tooDeepAt);
    throw new UserInputError(
      `${name}:${line}:${column}: nested ${deepest} levels deep; LINE JSON nests at most ${MAX_JSON_DEPTH} (a bubble's ${LIMITS.bubbleBytesMax.value} bytes hold at most ${MOST_NESTED_BOXES} boxes one inside another, ${LIMITS.bubbleBytesMax.rule})`,
    );
  }
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
