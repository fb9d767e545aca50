import { z } from "zod";
import type { IssueSink, ValidationIssue } from "./issue.js";
import type { PathStep } from "./path.js";
import { errorMap, toIssues } from "./rules.js";

/**
 * A fast path for the zod schemas, compiled from the schemas themselves so that they stay the one
 * source of truth for shapes. Most messages are valid, and zod spends most of its time building
 * the parsed copy and the bookkeeping for issues it never raises. So each schema is compiled once
 * into a predicate that answers exactly "would zod accept this value?", and zod runs only where a
 * predicate says no: on the smallest subtree that fails, with the same error map, so the issues
 * (rule, path, message and order) are zod's own.
 *
 * Not `z.compile()` (zod 4.6): it refuses recursive schemas, and a box holds boxes.
 *
 * Every construct is mirrored from zod 4.6's runtime (`zod/v4/core/schemas.js`, `checks.js`);
 * anything else compiles to "ask zod", which is slower but never wrong. A property test holds the
 * compiled schemas to zod's answers (test/validators/compile.test.ts).
 */

type Schema = z.core.$ZodType;
type Test = (value: unknown) => boolean;
/** The path of the value given to `collectIssues`. */
type Prefix = ReadonlyArray<PathStep>;
/**
 * Where a value sits: its parent and key, up to the caller's prefix. Made into a path only when
 * zod reports an issue there, so a walk over valid parts builds no arrays.
 */
type At = Prefix | { readonly up: At; readonly key: PathStep };
type Collect = (value: unknown, at: At, out: IssueSink) => void;

interface Compiled {
  /** True exactly when zod would accept the value. */
  test: Test;
  /** Pushes the issues zod reports for the value: none when `test` passes. */
  collect: Collect;
  /** A value without children (a string, a number…): `test` answers at once. */
  flat: boolean;
}

/** A child's issues: a flat one is tested first, so that a valid one costs no `At`. */
function visit(child: Compiled, value: unknown, at: At, key: PathStep, out: IssueSink): void {
  if (child.flat && child.test(value)) return;
  child.collect(value, { up: at, key }, out);
}

/** The parts of zod's definitions read here (zod types them per kind; one loose view suffices). */
interface Def {
  type: string;
  checks?: ReadonlyArray<Check>;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  options?: ReadonlyArray<Schema>;
  discriminator?: string;
  unionFallback?: boolean;
  keyType?: Schema;
  valueType?: Schema;
  mode?: string;
}

interface CheckDef {
  check: string;
  when?: unknown;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
  length?: number;
}

interface Check {
  _zod: { def: CheckDef; check: (payload: { value: unknown; issues: unknown[] }) => unknown };
}

const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** What a z.lazy resolves to (zod caches it). */
const innerOf = (lazy: Schema) => (lazy._zod as unknown as { innerType: Schema }).innerType;

const compiled = new WeakMap<Schema, Compiled>();

/** The kinds of schema left to zod so far: none in this package (a test holds it to that). */
const uncompiled = new Set<string>();

/** Predicates for custom checks (`superRefine`), asked instead of running them with a payload. */
const predicates = new WeakMap<object, (value: never) => boolean>();

/**
 * Adds a `superRefine` check that reports `problem(value)` (a message with its rule attached) and
 * lets the fast path ask `problem` directly.
 */
export function refineWith(
  schema: z.ZodString,
  problem: (value: string) => string | undefined,
): z.ZodString {
  const refined = schema.superRefine((value, ctx) => {
    const message = problem(value);
    if (message !== undefined) ctx.addIssue({ code: "custom", message });
  });
  const check = refined._zod.def.checks?.at(-1);
  if (check !== undefined) {
    predicates.set(check, (value: string) => problem(value) === undefined);
  }
  return refined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** zod's `util.codePointLength`: a surrogate pair is one code point, a lone surrogate one too. */
function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** zod measures strings in code points and everything else (arrays) in `.length`. */
function lengthOf(value: { length: number }): number {
  return typeof value === "string" ? codePointLength(value) : value.length;
}

const UNSUPPORTED: Test = () => false;

/** One check as a predicate; `undefined` when its semantics are not mirrored here. */
function compileCheck(check: Check): Test | undefined {
  const def = check._zod.def;
  const lengthCheck =
    def.check === "min_length" || def.check === "max_length" || def.check === "length_equals";
  // zod gives length checks a `when` of its own ("has a length"), which the parent type implies.
  if (def.when !== undefined && !lengthCheck) return undefined;
  switch (def.check) {
    case "min_length": {
      const min = def.minimum ?? 0;
      // A code point is one or two UTF-16 units: count only when the units leave it in doubt.
      return (value) => {
        const units = (value as string).length;
        return units >= min && (units >= min * 2 || lengthOf(value as string) >= min);
      };
    }
    case "max_length": {
      const max = def.maximum ?? 0;
      return (value) => (value as string).length <= max || lengthOf(value as string) <= max;
    }
    case "length_equals": {
      const exact = def.length ?? 0;
      return (value) => lengthOf(value as string) === exact;
    }
    case "string_format": {
      const pattern = def.pattern;
      if (def.format !== "regex" || pattern === undefined) return undefined;
      return (value) => {
        pattern.lastIndex = 0;
        return pattern.test(value as string);
      };
    }
    case "number_format":
      return def.format === "safeint" ? (value) => Number.isSafeInteger(value) : undefined;
    case "greater_than": {
      const bound = def.value;
      if (typeof bound !== "number") return undefined;
      return def.inclusive
        ? (value) => (value as number) >= bound
        : (value) => (value as number) > bound;
    }
    case "less_than": {
      const bound = def.value;
      if (typeof bound !== "number") return undefined;
      return def.inclusive
        ? (value) => (value as number) <= bound
        : (value) => (value as number) < bound;
    }
    case "custom": {
      const predicate = predicates.get(check) as Test | undefined;
      if (predicate !== undefined) return predicate;
      // Any other refinement: run it as zod does, on a payload of its own.
      const run = check._zod.check;
      return (value) => {
        const payload = { value, issues: [] };
        const result = run(payload);
        return (
          !(result instanceof Promise) && payload.issues.length === 0 && payload.value === value
        );
      };
    }
    default:
      return undefined;
  }
}

/** A leaf test (`typeof …`) followed by the schema's checks, all of which must pass. */
function withChecks(schema: Schema, base: Test): Test {
  const checks = defOf(schema).checks ?? [];
  if (checks.length === 0) return base;
  const tests: Test[] = [];
  for (const check of checks) {
    const test = compileCheck(check);
    if (test === undefined) return UNSUPPORTED;
    tests.push(test);
  }
  if (tests.length === 1) {
    const [only] = tests as [Test];
    return (value) => base(value) && only(value);
  }
  return (value) => {
    if (!base(value)) return false;
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

/**
 * zod's safeParse with a failure that only holds the issues: a ZodError is an Error, with a stack
 * to capture, and a message with several failing parts asks zod once per part.
 */
class Issues {
  constructor(readonly issues: z.core.$ZodIssue[]) {}
}
const safeParse = z.core._safeParse(Issues as unknown as z.core.$ZodErrorClass);

/** Asks zod itself: exact by definition, and only asked where a compiled test fails. */
function askZod(schema: Schema): Collect {
  return (value, at, out) => {
    const result = safeParse(schema, value, { error: errorMap });
    if (!result.success) out.push(...toIssues(result.error.issues, pathOf(at)));
  };
}

function pathOf(at: At): PathStep[] {
  const keys: PathStep[] = [];
  let link = at;
  while (!isPrefix(link)) {
    keys.push(link.key);
    link = link.up;
  }
  return [...link, ...keys.reverse()];
}

function isPrefix(at: At): at is Prefix {
  return Array.isArray(at);
}

/** Whether a schema accepts `undefined` (zod then needs the key to be present, when required). */
function acceptsUndefined(schema: Schema): boolean {
  const type = defOf(schema).type;
  if (type === "unknown" || type === "any" || type === "optional") return true;
  if (type === "literal" || type === "enum") return schema._zod.values?.has(undefined) === true;
  if (type === "lazy") return acceptsUndefined(innerOf(schema));
  return false;
}

function compileObject(schema: Schema, node: Compiled, zod: Collect): void {
  const def = defOf(schema);
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
  if (
    (def.checks?.length ?? 0) > 0 ||
    (catchall !== undefined && catchall !== "never") ||
    keys.includes("__proto__") ||
    Object.getOwnPropertySymbols(shape).length > 0
  ) {
    return;
  }
  const strict = catchall === "never";
  const known = new Set(keys);
  const children = keys.map((key) => compile(shape[key] as Schema));
  // A required key whose schema accepts `undefined` must also be present (zod's "nonoptional").
  const mustBePresent = keys.map(
    (key) => (shape[key] as Schema)._zod.optin === undefined && acceptsUndefined(shape[key]!),
  );
  const presenceMatters = mustBePresent.includes(true);
  const ownShapeOk = (value: Record<string, unknown>): boolean => {
    // zod reports a key `for…in` yields that the shape lacks (inherited enumerable keys too).
    if (strict) for (const key in value) if (!known.has(key)) return false;
    if (presenceMatters) {
      for (let i = 0; i < keys.length; i++)
        if (mustBePresent[i] && !(keys[i]! in value)) return false;
    }
    return true;
  };
  /** zod's reading: every key of the shape, then every key `for…in` yields. */
  const everyKey = (value: Record<string, unknown>): boolean => {
    for (let i = 0; i < keys.length; i++) {
      if (!children[i]!.test(value[keys[i]!])) return false;
    }
    return ownShapeOk(value);
  };
  // The same answer from the keys the value has (a bubble has 9 possible keys, a box 29, most
  // unset): each key `for…in` yields must be known and valid, and a required key the loop did not
  // meet is tested where it is missing. That skips reading the unset optional keys, which is
  // sound when nothing `for…in` misses could answer `value[key]`: no non-enumerable own property
  // (counted after the loop), and a prototype that is Object.prototype (none of whose keys is in
  // the shape) or null.
  const indexOf = new Map<string, number>(keys.map((key, i) => [key, i]));
  const required = keys.flatMap((key, i) => (shape[key]!._zod.optin === undefined ? [i] : []));
  const isRequired = keys.map((key) => shape[key]!._zod.optin === undefined);
  const readsOwnKeys = strict && !presenceMatters && !keys.some((key) => key in Object.prototype);
  const readsOwnKeysOf = (value: Record<string, unknown>): boolean => {
    if (!readsOwnKeys) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
  };
  node.test = (value) => {
    if (!isObject(value)) return false;
    if (!readsOwnKeysOf(value)) return everyKey(value);
    let seen = 0;
    let met = 0;
    for (const key in value) {
      const i = indexOf.get(key);
      if (i === undefined || !children[i]!.test(value[key])) return false;
      seen++;
      if (isRequired[i]) met++;
    }
    if (Object.getOwnPropertyNames(value).length !== seen) return everyKey(value);
    if (met < required.length) {
      for (const i of required) if (!children[i]!.test(value[keys[i]!])) return false;
    }
    return true;
  };
  // In the shape's order (zod's order), the children that may fail: the keys the value has and
  // the required ones it lacks, as bits (a box, the largest shape, has 28 keys), or every key
  // when `for…in` cannot tell. `undefined` for an unknown key, which is the object's own issue.
  const requiredBits = required.reduce((bits, i) => bits | (1 << i), 0);
  const everyBit = keys.length < 31 ? 2 ** keys.length - 1 : -1;
  const toVisit = (value: Record<string, unknown>): number | undefined => {
    if (everyBit === -1 || !readsOwnKeysOf(value)) return ownShapeOk(value) ? everyBit : undefined;
    let bits = requiredBits;
    let seen = 0;
    for (const key in value) {
      const i = indexOf.get(key);
      if (i === undefined) return undefined;
      bits |= 1 << i;
      seen++;
    }
    return Object.getOwnPropertyNames(value).length === seen ? bits : everyBit;
  };
  /** A required key missing that must be present: zod's "nonoptional", left to zod. */
  const lacksPresence = (value: Record<string, unknown>): boolean =>
    mustBePresent.some((must, i) => must && !(keys[i]! in value));
  node.collect = (value, at, out) => {
    // Not an object: the object's own issue, from zod.
    if (!isObject(value)) return zod(value, at, out);
    const bits = toVisit(value);
    // Unknown keys: zod reports the children in the shape's order, then the keys `for…in`
    // yields that the shape lacks, in one issue. So do the same here rather than ask zod about
    // the whole subtree (a box may hold 60,000 children), and a full issue list stops the walk.
    if (bits === undefined) {
      if (!strict || lacksPresence(value)) return zod(value, at, out);
      const unknown: string[] = [];
      for (const key in value) if (!known.has(key)) unknown.push(key);
      for (let i = 0; i < keys.length; i++) visit(children[i]!, value[keys[i]!], at, keys[i]!, out);
      out.push(...unknownKeys(schema, value, unknown, at));
      return;
    }
    // Otherwise its issues are its children's, in the shape's key order, as zod's are.
    for (let i = 0; i < keys.length; i++) {
      if (bits !== -1 && (bits & (1 << i)) === 0) continue;
      const key = keys[i]!;
      visit(children[i]!, value[key], at, key, out);
    }
  };
}

/** zod's issue for the keys of `value` that a strict object's shape lacks, as toIssues writes it. */
function unknownKeys(
  schema: Schema,
  value: Record<string, unknown>,
  keys: string[],
  at: At,
): ValidationIssue[] {
  const message = errorMap({ code: "unrecognized_keys", keys, input: value, inst: schema });
  const issue: z.core.$ZodIssueUnrecognizedKeys = {
    code: "unrecognized_keys",
    keys,
    input: value,
    path: [],
    message,
  };
  return toIssues([issue], pathOf(at));
}

function compileArray(schema: Schema, node: Compiled, zod: Collect): void {
  const def = defOf(schema);
  const element = compile(def.element as Schema);
  const sized = withChecks(schema, (value) => Array.isArray(value));
  node.test = (value) => {
    if (!sized(value)) return false;
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) if (!element.test(items[i])) return false;
    return true;
  };
  node.collect = (value, at, out) => {
    // Not an array, or too short or long: zod's own issue (an oversized array stops there).
    if (!sized(value)) return zod(value, at, out);
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) visit(element, items[i], at, i, out);
  };
}

function compileDiscriminatedUnion(schema: Schema, node: Compiled, zod: Collect): void {
  const def = defOf(schema);
  const discriminator = def.discriminator;
  if (discriminator === undefined || def.unionFallback || (def.checks?.length ?? 0) > 0) return;
  // zod's discriminator map: each option claims the values of its discriminator property.
  const options = new Map<unknown, Compiled>();
  for (const option of def.options ?? []) {
    const values = option._zod.propValues?.[discriminator];
    if (values === undefined) return;
    for (const value of values) {
      if (options.has(value)) return;
      options.set(value, compile(option));
    }
  }
  node.test = (value) => {
    if (!isObject(value)) return false;
    const option = options.get(value[discriminator]);
    return option?.test(value) === true;
  };
  node.collect = (value, at, out) => {
    const option = isObject(value) ? options.get(value[discriminator]) : undefined;
    // An unknown `type` is the union's own issue; a known one is its option's.
    if (option === undefined) return zod(value, at, out);
    option.collect(value, at, out);
  };
}

/** zod's `util.isPlainObject`, which records ask for. */
function isPlainObject(value: unknown): value is Record<PropertyKey, unknown> {
  if (!isObject(value)) return false;
  const maker = value.constructor;
  if (maker === undefined || typeof maker !== "function") return true;
  const prototype: unknown = maker.prototype;
  return isObject(prototype) && Object.hasOwn(prototype, "isPrototypeOf");
}

/** `z.record(z.string(), value)`: every own enumerable key but `__proto__` is a string key. */
function compileRecord(schema: Schema, node: Compiled): void {
  const def = defOf(schema);
  const keyType = def.keyType;
  if (
    keyType === undefined ||
    defOf(keyType).type !== "string" ||
    (defOf(keyType).checks?.length ?? 0) > 0 ||
    keyType._zod.values !== undefined ||
    (def.mode !== undefined && def.mode !== "strict") ||
    (def.checks?.length ?? 0) > 0
  ) {
    return;
  }
  const element = compile(def.valueType as Schema);
  node.test = (value) => {
    if (!isPlainObject(value)) return false;
    for (const key of Reflect.ownKeys(value)) {
      if (key === "__proto__" || !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
      if (typeof key !== "string" || !element.test(value[key])) return false;
    }
    return true;
  };
}

function compileInto(schema: Schema, node: Compiled, zod: Collect): void {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      node.test = withChecks(schema, (value) => typeof value === "string");
      node.flat = true;
      return;
    case "number":
      // zod 4 rejects NaN and ±Infinity as numbers.
      node.test = withChecks(
        schema,
        (value) => typeof value === "number" && Number.isFinite(value),
      );
      node.flat = true;
      return;
    case "boolean":
      node.test = withChecks(schema, (value) => typeof value === "boolean");
      node.flat = true;
      return;
    case "unknown":
    case "any":
      node.test = withChecks(schema, () => true);
      node.flat = true;
      return;
    case "literal":
    case "enum": {
      const values = schema._zod.values;
      if (values === undefined) return;
      node.test = withChecks(schema, (value) => values.has(value as never));
      node.flat = true;
      return;
    }
    case "optional": {
      const inner = compile(def.innerType as Schema);
      if (def.innerType?._zod.optin === "defaulted" || (def.checks?.length ?? 0) > 0) return;
      node.flat = inner.flat;
      node.test = (value) => value === undefined || inner.test(value);
      node.collect = (value, at, out) => {
        if (value !== undefined) inner.collect(value, at, out);
      };
      return;
    }
    case "lazy": {
      if ((def.checks?.length ?? 0) > 0) return;
      const inner = compile(innerOf(schema));
      node.test = (value) => inner.test(value);
      node.collect = (value, at, out) => inner.collect(value, at, out);
      return;
    }
    case "object":
      compileObject(schema, node, zod);
      return;
    case "array":
      compileArray(schema, node, zod);
      return;
    case "union":
      compileDiscriminatedUnion(schema, node, zod);
      return;
    case "record":
      compileRecord(schema, node);
      return;
    default:
      // Anything else: zod answers.
      return;
  }
}

function compile(schema: Schema): Compiled {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  // Registered before its children, so that a schema reached again through z.lazy (a box in a
  // box) refers to this node instead of compiling forever.
  const zod = askZod(schema);
  const node: Compiled = {
    test: UNSUPPORTED,
    collect: (value, at, out) => {
      if (!node.test(value)) zod(value, at, out);
    },
    flat: false,
  };
  compiled.set(schema, node);
  compileInto(schema, node, zod);
  if (node.test === UNSUPPORTED) uncompiled.add(defOf(schema).type);
  return node;
}

/**
 * The issues zod reports for `value`, with paths after `prefix`, pushed into `out` as they are
 * found (a bounded sink may end the walk by throwing). `value` is plain data (src/snapshot.ts):
 * a getter that throws or a reference cycle would make the walk throw or recurse without end.
 */
export function collectIssues(
  schema: Schema,
  value: unknown,
  prefix: Prefix,
  out: IssueSink,
): void {
  const node = compile(schema);
  if (!node.test(value)) node.collect(value, prefix, out);
}

/** For tests: the issues `collectIssues` finds, as an array. */
export function compiledIssues(
  schema: Schema,
  value: unknown,
  prefix: Prefix = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  collectIssues(schema, value, prefix, out);
  return out;
}

/** For tests: whether a schema's compiled predicate accepts a value. */
export function compiledAccepts(schema: Schema, value: unknown): boolean {
  return compile(schema).test(value);
}

/** For tests: the kinds of schema compiled so far that only zod can answer. */
export function uncompiledKinds(): ReadonlySet<string> {
  return uncompiled;
}
