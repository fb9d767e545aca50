/**
 * Property paths in LINE's notation, `messages[0].contents.body.contents[2].text`: the notation of
 * the `property` of each detail in LINE's 400 answers
 * (https://developers.line.biz/en/reference/messaging-api/#error-responses). An issue carries its
 * place both ways, as steps (`path`) for code and written out (`property`) for people and for
 * matching LINE's details; these functions are the only ones that write or read the notation.
 */

/** One step of a path: an object's key, or an array's index (a non-negative integer). */
export type PathStep = string | number;

/**
 * A key written after a dot, as LINE writes its own (`altText`, `contents`) and as rich menu alias
 * IDs read (`tab-2`). Any other key is written in brackets as a JSON string (`x["a.b"]`), so that
 * every path reads back as the steps it was written from: an empty key; one with `.`, `[` or `]`,
 * which would split it; one of digits only, which would read as an index; and one with a quote, a
 * backslash, white space or an invisible character, which a reader could not tell apart.
 */
const PLAIN_KEY = /^(?!\d+$)[^.[\]"\\\s\p{C}]+$/u;

/** ["messages", 0, "text"] → `messages[0].text`, continuing `prefix` (a path already written). */
export function formatPath(steps: ReadonlyArray<PropertyKey>, prefix = ""): string {
  let out = prefix;
  for (const step of steps) {
    if (typeof step === "number") {
      out += `[${step}]`;
      continue;
    }
    const key = String(step);
    if (PLAIN_KEY.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const INDEX = /\[(\d+)\]/y;
const QUOTED_KEY = /\[("(?:[^"\\]|\\[\s\S])*")\]/y;
const KEY = /[^.[\]]+/y;

/**
 * `messages[0].contents["a.b"]` → ["messages", 0, "contents", "a.b"], the inverse of
 * {@link formatPath}. Never throws: a path written elsewhere (LINE's details) is read leniently,
 * each run of characters between `.`, `[` and `]` as a key and digits in brackets as an index.
 */
export function parsePath(property: string): PathStep[] {
  const steps: PathStep[] = [];
  let i = 0;
  while (i < property.length) {
    const char = property[i];
    if (char === "[") {
      INDEX.lastIndex = i;
      const index = INDEX.exec(property);
      if (index !== null) {
        steps.push(Number(index[1]));
        i = INDEX.lastIndex;
        continue;
      }
      QUOTED_KEY.lastIndex = i;
      const quoted = QUOTED_KEY.exec(property);
      const key = quoted === null ? undefined : jsonString(quoted[1]!);
      if (key !== undefined) {
        steps.push(key);
        i = QUOTED_KEY.lastIndex;
        continue;
      }
    }
    if (char === "." || char === "[" || char === "]") {
      i++;
      continue;
    }
    KEY.lastIndex = i;
    const key = KEY.exec(property)!;
    steps.push(key[0]);
    i = KEY.lastIndex;
  }
  return steps;
}

/** A JSON string literal's value, or undefined when it is not one (a bad escape, a raw line break). */
function jsonString(literal: string): string | undefined {
  try {
    return JSON.parse(literal) as string;
  } catch {
    return undefined;
  }
}

/**
 * The value at a path (written, or as steps), e.g. what a request held where LINE's answer points.
 * Own properties only: no path names what every object inherits (`constructor`). Never throws: a
 * getter or a Proxy that throws is a place not found.
 */
export function valueAt(
  root: unknown,
  path: string | ReadonlyArray<PathStep>,
): { found: true; value: unknown } | { found: false } {
  const steps = typeof path === "string" ? parsePath(path) : path;
  let current = root;
  try {
    for (const step of steps) {
      if (typeof current !== "object" || current === null || !Object.hasOwn(current, step)) {
        return { found: false };
      }
      current = (current as Record<PathStep, unknown>)[step];
    }
  } catch {
    return { found: false };
  }
  return { found: true, value: current };
}
