import { z } from "zod";
import { formatPath, type ValidationIssue } from "./issue.js";
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
type Collect = (value: unknown, prefix: string, out: ValidationIssue[]) => void;

interface Compiled {
  /** True exactly when zod would accept the value. */
  test: Test;
  /** Only called when `test` failed: pushes the issues zod reports for the value. */
  collect: Collect;
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

/** Asks zod itself: exact by definition, used wherever a subtree fails. */
function askZod(schema: Schema): Collect {
  return (value, prefix, out) => {
    const result = z.safeParse(schema, value, { error: errorMap });
    if (!result.success) out.push(...toIssues(result.error.issues, prefix));
  };
}

function appendKey(prefix: string, key: string | number): string {
  return formatPath([key], prefix);
}

/** Whether a schema accepts `undefined` (zod then needs the key to be present, when required). */
function acceptsUndefined(schema: Schema): boolean {
  const type = defOf(schema).type;
  if (type === "unknown" || type === "any" || type === "optional") return true;
  if (type === "literal" || type === "enum") return schema._zod.values?.has(undefined) === true;
  if (type === "lazy") return acceptsUndefined(innerOf(schema));
  return false;
}

function compileObject(schema: Schema, node: Compiled): void {
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
  // (counted below), and a prototype that is Object.prototype (none of whose keys is in the
  // shape) or null.
  const byKey = new Map<string, Compiled>(keys.map((key, i) => [key, children[i]!]));
  const required = keys.flatMap((key, i) => (shape[key]!._zod.optin === undefined ? [i] : []));
  const isRequired = new Set(required.map((i) => keys[i]!));
  const readsOwnKeys = strict && !presenceMatters && !keys.some((key) => key in Object.prototype);
  node.test = (value) => {
    if (!isObject(value)) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (!readsOwnKeys || (prototype !== Object.prototype && prototype !== null)) {
      return everyKey(value);
    }
    let seen = 0;
    let met = 0;
    for (const key in value) {
      const child = byKey.get(key);
      if (child === undefined || !child.test(value[key])) return false;
      seen++;
      if (isRequired.has(key)) met++;
    }
    if (Object.getOwnPropertyNames(value).length !== seen) return everyKey(value);
    if (met < required.length) {
      for (const i of required) if (!children[i]!.test(value[keys[i]!])) return false;
    }
    return true;
  };
  const whole = node.collect;
  node.collect = (value, prefix, out) => {
    // The object's own issues (not an object, unknown keys) come from zod with its children's.
    if (!isObject(value) || !ownShapeOk(value)) return whole(value, prefix, out);
    // Otherwise its issues are its children's, in the shape's key order, as zod reports them.
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const child = value[key];
      if (!children[i]!.test(child)) children[i]!.collect(child, appendKey(prefix, key), out);
    }
  };
}

function compileArray(schema: Schema, node: Compiled): void {
  const def = defOf(schema);
  const element = compile(def.element as Schema);
  const sized = withChecks(schema, (value) => Array.isArray(value));
  node.test = (value) => {
    if (!sized(value)) return false;
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) if (!element.test(items[i])) return false;
    return true;
  };
  const whole = node.collect;
  node.collect = (value, prefix, out) => {
    // Not an array, or too short or long: zod's own issue (an oversized array stops there).
    if (!sized(value)) return whole(value, prefix, out);
    const items = value as unknown[];
    for (let i = 0; i < items.length; i++) {
      if (!element.test(items[i])) element.collect(items[i], appendKey(prefix, i), out);
    }
  };
}

function compileDiscriminatedUnion(schema: Schema, node: Compiled): void {
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
  const whole = node.collect;
  node.collect = (value, prefix, out) => {
    const option = isObject(value) ? options.get(value[discriminator]) : undefined;
    // An unknown `type` is the union's own issue; a known one is its option's.
    if (option === undefined) return whole(value, prefix, out);
    option.collect(value, prefix, out);
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

function compileInto(schema: Schema, node: Compiled): void {
  const def = defOf(schema);
  switch (def.type) {
    case "string":
      node.test = withChecks(schema, (value) => typeof value === "string");
      return;
    case "number":
      // zod 4 rejects NaN and ±Infinity as numbers.
      node.test = withChecks(
        schema,
        (value) => typeof value === "number" && Number.isFinite(value),
      );
      return;
    case "boolean":
      node.test = withChecks(schema, (value) => typeof value === "boolean");
      return;
    case "unknown":
    case "any":
      node.test = withChecks(schema, () => true);
      return;
    case "literal":
    case "enum": {
      const values = schema._zod.values;
      if (values === undefined) return;
      node.test = withChecks(schema, (value) => values.has(value as never));
      return;
    }
    case "optional": {
      const inner = compile(def.innerType as Schema);
      if (def.innerType?._zod.optin === "defaulted" || (def.checks?.length ?? 0) > 0) return;
      node.test = (value) => value === undefined || inner.test(value);
      node.collect = (value, prefix, out) => inner.collect(value, prefix, out);
      return;
    }
    case "lazy": {
      if ((def.checks?.length ?? 0) > 0) return;
      const inner = compile(innerOf(schema));
      node.test = (value) => inner.test(value);
      node.collect = (value, prefix, out) => inner.collect(value, prefix, out);
      return;
    }
    case "object":
      compileObject(schema, node);
      return;
    case "array":
      compileArray(schema, node);
      return;
    case "union":
      compileDiscriminatedUnion(schema, node);
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
  const node: Compiled = { test: UNSUPPORTED, collect: askZod(schema) };
  compiled.set(schema, node);
  compileInto(schema, node);
  if (node.test === UNSUPPORTED) uncompiled.add(defOf(schema).type);
  return node;
}

/**
 * The issues zod reports for `value`, with paths after `prefix`. May throw where zod would (a
 * getter that throws), or where the compiled walk gives up (a reference cycle): callers then ask
 * zod for the whole value.
 */
export function compiledIssues(schema: Schema, value: unknown, prefix: string): ValidationIssue[] {
  const node = compile(schema);
  if (node.test(value)) return [];
  const out: ValidationIssue[] = [];
  node.collect(value, prefix, out);
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
