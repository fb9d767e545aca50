/**
 * A forgiving reading of JSON being typed: the JSON editor completes property names and values
 * while the text does not parse (an open string, a key without a value yet), so this reader never
 * fails. It keeps every object's and array's place in the text, skips what it cannot read, and
 * lets unclosed strings and containers run to where the text ends.
 */

export interface LooseToken {
  kind: "string" | "word" | "punct";
  /** The string's value (without quotes) or the token's own text. */
  text: string;
  from: number;
  to: number;
  /** A string with no closing quote yet. */
  open?: boolean;
}

export type LooseNode = LooseObject | LooseArray | LoosePrimitive;

export interface LooseEntry {
  key: LooseToken;
  /** The position of the colon, when there is one. */
  colon?: number;
  value?: LooseNode;
}

export interface LooseObject {
  kind: "object";
  from: number;
  /** After the closing brace, or the end of the text when it is not closed. */
  to: number;
  closed: boolean;
  entries: LooseEntry[];
}

export interface LooseArray {
  kind: "array";
  from: number;
  to: number;
  closed: boolean;
  items: LooseNode[];
}

export interface LoosePrimitive {
  kind: "primitive";
  token: LooseToken;
  from: number;
  to: number;
}

function tokenize(text: string): LooseToken[] {
  const tokens: LooseToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if ("{}[]:,".includes(char)) {
      tokens.push({ kind: "punct", text: char, from: i, to: i + 1 });
      i++;
      continue;
    }
    if (char === '"') {
      let j = i + 1;
      let value = "";
      let open = true;
      while (j < text.length) {
        const c = text[j]!;
        if (c === "\\") {
          value += text.slice(j, j + 2);
          j += 2;
          continue;
        }
        if (c === '"') {
          open = false;
          j++;
          break;
        }
        // A string being typed ends at its line: the next line is read as JSON again.
        if (c === "\n") break;
        value += c;
        j++;
      }
      tokens.push({ kind: "string", text: decodeString(value), from: i, to: j, open });
      i = j;
      continue;
    }
    let j = i;
    while (j < text.length && !/[\s{}[\]:,"]/.test(text[j]!)) j++;
    tokens.push({ kind: "word", text: text.slice(i, j), from: i, to: j });
    i = j;
  }
  return tokens;
}

function decodeString(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/** The text's top value, or undefined when it holds none. */
export function readLooseJson(text: string): LooseNode | undefined {
  const tokens = tokenize(text);
  let at = 0;
  const peek = () => tokens[at];

  function value(): LooseNode | undefined {
    const token = peek();
    if (token === undefined) return undefined;
    if (token.kind === "punct") {
      if (token.text === "{") return object();
      if (token.text === "[") return array();
      return undefined;
    }
    at++;
    return { kind: "primitive", token, from: token.from, to: token.to };
  }

  function object(): LooseObject {
    const start = tokens[at++]!;
    const node: LooseObject = {
      kind: "object",
      from: start.from,
      to: text.length,
      closed: false,
      entries: [],
    };
    while (at < tokens.length) {
      const token = peek()!;
      if (token.kind === "punct") {
        if (token.text === "}" || token.text === "]") {
          at++;
          node.to = token.to;
          node.closed = true;
          return node;
        }
        if (token.text === ",") {
          at++;
          continue;
        }
        // A value where a key should be: read it and go on.
        if (value() === undefined) at++;
        continue;
      }
      at++;
      const entry: LooseEntry = { key: token };
      node.entries.push(entry);
      if (peek()?.kind === "punct" && peek()!.text === ":") {
        entry.colon = peek()!.from;
        at++;
        const next = peek();
        if (next !== undefined && !(next.kind === "punct" && ",}]".includes(next.text)))
          entry.value = value();
      }
    }
    return node;
  }

  function array(): LooseArray {
    const start = tokens[at++]!;
    const node: LooseArray = {
      kind: "array",
      from: start.from,
      to: text.length,
      closed: false,
      items: [],
    };
    while (at < tokens.length) {
      const token = peek()!;
      if (token.kind === "punct" && (token.text === "]" || token.text === "}")) {
        at++;
        node.to = token.to;
        node.closed = true;
        return node;
      }
      if (token.kind === "punct" && (token.text === "," || token.text === ":")) {
        at++;
        continue;
      }
      const item = value();
      if (item === undefined) at++;
      else node.items.push(item);
    }
    return node;
  }

  return value();
}

/** An object's own `key`, when it is a string or another single token. */
export function looseProperty(node: LooseNode | undefined, key: string): string | undefined {
  if (node?.kind !== "object") return undefined;
  const entry = node.entries.find((candidate) => candidate.key.text === key);
  return entry?.value?.kind === "primitive" ? entry.value.token.text : undefined;
}
