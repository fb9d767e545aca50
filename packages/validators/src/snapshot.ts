import { issueAt, type ValidationIssue } from "./issue.js";
import { BOUNDS, LIMITS } from "./limits.js";
import { formatPath, type PathStep } from "./path.js";

/**
 * The one place where validation reads what a caller gave. A JavaScript caller can hand over
 * anything: a getter or a Proxy trap that throws, a revoked Proxy, a reference cycle, nesting
 * deep enough to overflow a recursive walk, an array of length 2³² − 1. So the value is copied
 * here, once, into plain data, by a loop rather than recursion, with every read inside one
 * try/catch that knows where it is reading; the checks then walk the copy, which cannot throw
 * when read, holds no cycle, is at most BOUNDS.depthMax deep and holds at most
 * BOUNDS.valuesMax values. What cannot be copied becomes one issue at its path instead.
 *
 * The copy keeps what the checks look at: own enumerable string keys in their order (what
 * JSON.stringify writes), array holes, primitives as they are (a BigInt stays a BigInt, so that
 * its property says "got 1 (bigint)"), and whether an object was plain: a Date or a class
 * instance is copied into a `NotPlain`, which zod's records refuse as they refuse the original.
 * No function of the caller's is called or read: each becomes one stand-in.
 */

type Container = Record<string, unknown> | unknown[];

/**
 * An object or array to copy: where its copy goes, and the chain up to the value given, which
 * is the path of an issue (written out only then) and tells a cycle from deep nesting.
 */
interface Node {
  readonly source: object;
  readonly parent: Container;
  readonly key: string | number;
  readonly up: Node | null;
  readonly depth: number;
}

/** The copy of an object that is not plain (see `isPlain`): a Date, a Map, a class instance. */
class NotPlain {}

/** Stands in for every function, so that a check never calls or reads the caller's. */
const A_FUNCTION = Object.freeze(() => undefined);

/** The path of the value given, in the issues. */
type Prefix = ReadonlyArray<PathStep>;

export type Snapshot = { ok: true; value: unknown } | { ok: false; issue: ValidationIssue };

/** Why a throw happened, in a few words, whatever was thrown. */
export function reasonOf(error: unknown): string {
  try {
    const reason = error instanceof Error ? `${error.message}` : String(error);
    if (reason === "") return "an error without a message";
    return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason;
  } catch {
    return "a value that cannot be shown was thrown";
  }
}

/** The path of `node` (the value given when null), and then `key` under it when given. */
function pathOf(node: Node | null, prefix: Prefix, key?: string | number): PathStep[] {
  const keys: PathStep[] = key === undefined ? [] : [key];
  // The value given has no key of its own: its path is the prefix.
  for (let link = node; link?.up != null; link = link.up) keys.push(link.key);
  return [...prefix, ...keys.reverse()];
}

/**
 * The first object met again on the way down to `node`, with where it was met first: a cycle,
 * or nothing when the nesting is merely deep. A cycle never ends, so the walk (depth first)
 * meets the depth bound on it; asking only then spares every other step a set of what is above.
 */
function findCycle(node: Node): { at: Node; target: Node } | undefined {
  const chain: Node[] = [];
  for (let link: Node | null = node; link !== null; link = link.up) chain.push(link);
  chain.reverse();
  const seen = new Map<object, Node>();
  for (const link of chain) {
    const first = seen.get(link.source);
    if (first !== undefined) return { at: link, target: first };
    seen.set(link.source, link);
  }
  return undefined;
}

/** How many index keys an object lists besides its own properties (a typed array, a String). */
function indexedLength(source: object): number {
  if (ArrayBuffer.isView(source)) return "length" in source ? Number(source.length) : 0;
  return source instanceof String ? source.length : 0;
}

/**
 * A prototype of plain objects: those an object literal or JSON.parse makes, in this realm or
 * another (an iframe's objects have their own Object.prototype).
 */
function isPlain(prototype: unknown): boolean {
  return (
    prototype === Object.prototype ||
    (typeof prototype === "object" && Object.getPrototypeOf(prototype) === null)
  );
}

/**
 * A copy of `input` as plain data, or the one issue that says why it cannot be checked.
 * `prefix` is the path of `input` itself in the issues (`messages` for validateMessages).
 */
export function snapshot(input: unknown, prefix: Prefix): Snapshot {
  const holder: unknown[] = [undefined];
  /** What is left to copy, the next last. */
  const stack: Node[] = [];
  let budget = BOUNDS.valuesMax - 1;
  /** Where the read in progress is (the object, and the key being read), for an issue. */
  let node: Node | null = null;
  let reading: string | number | undefined;
  const refuse = (where: Node | null, message: string, rule = "ERR-3"): Snapshot => ({
    ok: false,
    issue: issueAt("error", pathOf(where, prefix), message, rule),
  });
  const tooMany = (where: Node) =>
    refuse(
      where,
      `holds more than ${BOUNDS.valuesMax} values, more than a request body of at most ${LIMITS.requestBytesMax.value} bytes (2 MB) can hold; LINE answers 413`,
      LIMITS.requestBytesMax.rule,
    );
  try {
    if (typeof input === "object" && input !== null) {
      stack.push({ source: input, parent: holder, key: 0, up: null, depth: 1 });
    } else holder[0] = typeof input === "function" ? A_FUNCTION : input;
    while (stack.length > 0) {
      const current = stack.pop()!;
      node = current;
      reading = undefined;
      const { source, depth } = current;
      if (depth > BOUNDS.depthMax) {
        const cycle = findCycle(current);
        if (cycle !== undefined) {
          const target = formatPath(pathOf(cycle.target, prefix));
          return refuse(
            cycle.at,
            `refers back to ${target === "" ? "the value itself" : target} (a reference cycle), which JSON cannot hold; expected plain data`,
          );
        }
        return refuse(
          current,
          `nests deeper than ${BOUNDS.depthMax} levels of objects and arrays; expected at most ${BOUNDS.depthMax} (a real message needs about 20)`,
        );
      }
      // Children are pushed in document order, then turned around, so that the first child is
      // read first and the first problem in the document is the one reported.
      const from = stack.length;
      if (Array.isArray(source)) {
        const length: unknown = source.length;
        if (typeof length !== "number" || !Number.isSafeInteger(length) || length < 0) {
          return refuse(current, "could not be read: its length is not an array length");
        }
        if (length > budget) return tooMany(current);
        budget -= length;
        const copy: unknown[] = [];
        (current.parent as Record<string | number, unknown>)[current.key] = copy;
        for (let i = 0; i < length; i++) {
          reading = i;
          const value: unknown = source[i];
          // A hole stays a hole: forEach skips it, as the checks do.
          if (value === undefined && !(i in source)) continue;
          if (typeof value === "object" && value !== null) {
            copy[i] = undefined;
            stack.push({ source: value, parent: copy, key: i, up: current, depth: depth + 1 });
          } else copy[i] = typeof value === "function" ? A_FUNCTION : value;
        }
        copy.length = length;
      } else {
        const prototype: unknown = Object.getPrototypeOf(source);
        const plain = prototype === null || isPlain(prototype);
        if (!plain && indexedLength(source) > budget) return tooMany(current);
        const keys = Object.keys(source);
        if (keys.length > budget) return tooMany(current);
        budget -= keys.length;
        const copy: Record<string, unknown> =
          prototype === null
            ? Object.create(null)
            : plain
              ? {}
              : (new NotPlain() as Record<string, unknown>);
        (current.parent as Record<string | number, unknown>)[current.key] = copy;
        for (const key of keys) {
          reading = key;
          const value: unknown = (source as Record<string, unknown>)[key];
          // Set now, in the source's key order, even where the child's copy comes later.
          let copied = value;
          if (typeof value === "object" && value !== null) {
            copied = undefined;
            stack.push({ source: value, parent: copy, key, up: current, depth: depth + 1 });
          } else if (typeof value === "function") copied = A_FUNCTION;
          if (key === "__proto__") {
            // An own key, as JSON.parse makes it, not the prototype.
            Object.defineProperty(copy, key, {
              value: copied,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          } else copy[key] = copied;
        }
      }
      reverse(stack, from);
    }
  } catch (error) {
    return {
      ok: false,
      issue: issueAt(
        "error",
        pathOf(node, prefix, reading),
        `could not be read: ${reasonOf(error)}; expected plain data`,
        "ERR-3",
      ),
    };
  }
  return { ok: true, value: holder[0] };
}

/** Turns `items[from…]` around in place. */
function reverse(items: unknown[], from: number): void {
  for (let i = from, j = items.length - 1; i < j; i++, j--) {
    const item = items[i];
    items[i] = items[j];
    items[j] = item;
  }
}
