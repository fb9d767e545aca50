import { formatPath, type PathStep, parsePath } from "@flexkit/validators";

/**
 * Where a LINE property path (`contents.body.contents[2].text`, `messages[0].type`, `[1].text`,
 * or an issue's path as steps) sits in a JSON text, so an issue from the validators can be marked
 * and selected in the editor.
 */
export interface JsonRange {
  /** Offset of the value's first character (for a key's value, not the key). */
  from: number;
  /** Offset just after the value's last character. */
  to: number;
  /** The path of the node found: the path asked for, or its deepest ancestor that exists. */
  path: string;
  /** False when the path does not exist (e.g. a missing required key): the range is its parent. */
  exact: boolean;
}

interface Node {
  from: number;
  to: number;
  /** Object members by key, or array items by index. */
  children: Map<string | number, Node>;
}

class Parser {
  i = 0;
  constructor(readonly text: string) {}

  ws(): void {
    while (this.i < this.text.length && " \t\n\r".includes(this.text[this.i]!)) this.i++;
  }

  fail(): never {
    throw new SyntaxError(`invalid JSON at offset ${this.i}`);
  }

  value(): Node {
    this.ws();
    const from = this.i;
    const children = new Map<string | number, Node>();
    const char = this.text[this.i];
    if (char === "{") {
      this.i++;
      this.ws();
      if (this.text[this.i] === "}") this.i++;
      else
        for (;;) {
          this.ws();
          if (this.text[this.i] !== '"') this.fail();
          const key = this.string();
          this.ws();
          if (this.text[this.i] !== ":") this.fail();
          this.i++;
          children.set(key, this.value());
          this.ws();
          if (this.text[this.i] === ",") this.i++;
          else if (this.text[this.i] === "}") {
            this.i++;
            break;
          } else this.fail();
        }
    } else if (char === "[") {
      this.i++;
      this.ws();
      if (this.text[this.i] === "]") this.i++;
      else
        for (let index = 0; ; index++) {
          children.set(index, this.value());
          this.ws();
          if (this.text[this.i] === ",") this.i++;
          else if (this.text[this.i] === "]") {
            this.i++;
            break;
          } else this.fail();
        }
    } else if (char === '"') {
      this.string();
    } else {
      const match = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
        this.text.slice(this.i, this.i + 400),
      );
      if (match === null) this.fail();
      this.i += match[0].length;
    }
    return { from, to: this.i, children };
  }

  string(): string {
    const start = this.i;
    this.i++;
    while (this.i < this.text.length && this.text[this.i] !== '"') {
      if (this.text[this.i] === "\\") this.i++;
      this.i++;
    }
    if (this.text[this.i] !== '"') this.fail();
    this.i++;
    return JSON.parse(this.text.slice(start, this.i)) as string;
  }
}

/** Parses once; `locate` answers for any number of paths. Undefined when `text` is not JSON. */
export function createJsonLocator(
  text: string,
): ((path: string | ReadonlyArray<PathStep>) => JsonRange) | undefined {
  let root: Node;
  try {
    const parser = new Parser(text);
    root = parser.value();
    parser.ws();
    if (parser.i < text.length) return undefined;
  } catch {
    return undefined;
  }
  return (path) => {
    const steps = typeof path === "string" ? parsePath(path) : path;
    let node = root;
    let depth = 0;
    for (const step of steps) {
      const next = node.children.get(step);
      if (next === undefined) break;
      node = next;
      depth++;
    }
    return {
      from: node.from,
      to: node.to,
      path: formatPath(steps.slice(0, depth)),
      exact: depth === steps.length,
    };
  };
}

/** One-off form of {@link createJsonLocator}. */
export function locateJsonPath(
  text: string,
  path: string | ReadonlyArray<PathStep>,
): JsonRange | undefined {
  return createJsonLocator(text)?.(path);
}
