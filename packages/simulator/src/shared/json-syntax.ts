import { messageOf } from "./error-message.js";

/**
 * The offset of the first JSON syntax error in `text`, for messages that must say line and
 * column: Node 20's JSON.parse names the position only for some errors ("Unexpected token '}',
 * …"text": }" is not valid JSON" has none). Undefined when `text` is valid JSON, or nested too
 * deep to search without running out of stack.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const value = (): void => {
    ws();
    const char = text[i];
    if (char === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail();
      }
    }
    if (char === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail();
      }
    }
    const word = char === "t" ? "true" : char === "f" ? "false" : char === "n" ? "null" : undefined;
    if (char === '"') string();
    else if (word !== undefined) literal(word);
    else number();
  };
  const number = () => {
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (number === null) return fail();
    i += number[0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (offset) {
    // Only `fail` throws a number; a RangeError (text nested too deep for the stack) finds no
    // place, where it was taken for one (NaN).
    return typeof offset === "number" ? offset : undefined;
  }
}

export interface JsonSyntaxError {
  /** Where the text stops being JSON; undefined when no place could be found. */
  offset: number | undefined;
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** JSON.parse's reason without its "at position N" tail. */
  reason: string;
}

/**
 * The place and reason of JSON.parse's `error` on `text`. V8 names a position for some errors
 * only, and its wording differs between Node and Chromium, so the place comes from the position
 * when there is one and from {@link findJsonErrorOffset} otherwise.
 */
export function describeJsonError(text: string, error: unknown): JsonSyntaxError {
  const message = messageOf(error);
  const position = /position (\d+)/.exec(message);
  const offset = position === null ? findJsonErrorOffset(text) : Number(position[1]);
  const reason = message
    .replace(/,? ?(?:in JSON )?at position \d+.*$/, "")
    .replace(/ in JSON$/, "");
  if (offset === undefined) return { offset, line: 1, column: 1, reason };
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { offset, line: before.split("\n").length, column: offset - lineStart + 1, reason };
}
