import type { z } from "zod";
import { describeValue, issueAt, type ValidationIssue } from "./issue.js";
import type { PathStep } from "./path.js";

/**
 * Zod issues do not carry the schema that raised them, but zod's error map sees it (`iss.inst`).
 * So each schema (and each of its checks) is registered here with the RULES.md rule it enforces
 * and a human sentence for the values it expects; the error map turns that into
 * `expected …, got … [RULE-ID]`, and `toIssues` splits the rule back off.
 */
interface RuleMeta {
  rule: string;
  expected?: string;
}

const registry = new WeakMap<object, RuleMeta>();

/** The rule for what the API answers about unknown or invalid properties (RULES.md ERR-3). */
export const UNKNOWN_PROPERTY_RULE = "ERR-3";

export function ruled<T extends z.ZodType>(rule: string, schema: T, expected?: string): T {
  const meta: RuleMeta = expected === undefined ? { rule } : { rule, expected };
  registry.set(schema, meta);
  for (const check of schema._zod.def.checks ?? []) registry.set(check, meta);
  return schema;
}

/**
 * The rule a schema was registered with by `ruled`, if any: the property docs name it
 * (test/validators/property-docs.test.ts). Not a public export.
 */
export function ruleOf(schema: object): string | undefined {
  return registry.get(schema)?.rule;
}

const RULE_SUFFIX = / \[([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\]$/;

/** A message with its rule attached, for custom checks: `addIssue({ message: withRule(…) })`. */
export function withRule(message: string, rule: string): string {
  return `${message} [${rule}]`;
}

function lengthUnit(origin: string): string {
  return origin === "string" ? " (UTF-16 code units)" : "";
}

function noun(origin: string, count: number | bigint): string {
  if (origin === "string") return count === 1 ? "character" : "characters";
  if (origin === "array" || origin === "set") return count === 1 ? "item" : "items";
  return "";
}

function sizeOf(input: unknown): string {
  if (typeof input === "string" || Array.isArray(input)) return String(input.length);
  return describeValue(input);
}

function quoteAll(values: ReadonlyArray<unknown>): string {
  const shown = values.map((value) => JSON.stringify(value));
  return shown.length === 1 ? shown[0]! : `one of ${shown.join(", ")}`;
}

function explainSize(iss: z.core.$ZodRawIssue): string {
  switch (iss.code) {
    case "too_big": {
      const n = `${iss.maximum} ${noun(iss.origin, iss.maximum)}`.trim();
      if (iss.exact) {
        return `expected exactly ${n}${lengthUnit(iss.origin)}, got ${sizeOf(iss.input)}`;
      }
      return `expected at most ${n}${lengthUnit(iss.origin)}, got ${sizeOf(iss.input)}`;
    }
    case "too_small": {
      const n = `${iss.minimum} ${noun(iss.origin, iss.minimum)}`.trim();
      const empty = sizeOf(iss.input) === "0" ? " (empty)" : "";
      if (iss.exact) {
        return `expected exactly ${n}${lengthUnit(iss.origin)}, got ${sizeOf(iss.input)}${empty}`;
      }
      return `expected at least ${n}${lengthUnit(iss.origin)}, got ${sizeOf(iss.input)}${empty}`;
    }
    default:
      return "invalid size";
  }
}

function explain(iss: z.core.$ZodRawIssue, expected: string | undefined): string {
  switch (iss.code) {
    case "invalid_type":
      if (iss.input === undefined) return `missing; expected ${expected ?? iss.expected}`;
      return `expected ${expected ?? iss.expected}, got ${describeValue(iss.input)}`;
    case "too_big":
    case "too_small":
      // A number out of range reads best as the whole expected sentence ("an integer > 0").
      if (iss.origin === "number" && expected !== undefined) {
        return `expected ${expected}, got ${describeValue(iss.input)}`;
      }
      return explainSize(iss);
    case "invalid_value":
      return `expected ${expected ?? quoteAll(iss.values)}, got ${describeValue(iss.input)}`;
    case "invalid_format":
      return `expected ${expected ?? iss.format}, got ${describeValue(iss.input)}`;
    case "not_multiple_of":
      return `expected a multiple of ${String(iss.divisor)}, got ${describeValue(iss.input)}`;
    case "invalid_union":
      return explainUnion(iss.input, expected);
    case "unrecognized_keys":
      return "unknown property";
    default:
      return expected === undefined ? "invalid value" : `expected ${expected}`;
  }
}

function explainUnion(input: unknown, expected: string | undefined): string {
  const type =
    typeof input === "object" && input !== null ? (input as { type?: unknown }).type : undefined;
  if (type === "spacer") {
    return 'the "spacer" component was removed from Flex Messages; use "margin" on the next component or "spacing" on the box';
  }
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    return `expected ${expected ?? "a known type"}, got ${describeValue(type)}`;
  }
  return `expected ${expected ?? "a known type"}, got ${describeValue(input)}`;
}

/** The error map every validator parses with. */
export const errorMap = (iss: z.core.$ZodRawIssue): string => {
  const meta = iss.inst === undefined ? undefined : registry.get(iss.inst);
  const rule =
    iss.code === "unrecognized_keys"
      ? UNKNOWN_PROPERTY_RULE
      : (meta?.rule ?? UNKNOWN_PROPERTY_RULE);
  return withRule(explain(iss, meta?.expected), rule);
};

/** Turns zod's issues into ours: LINE-style paths, one issue per unknown key, the rule split off. */
export function toIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  prefix: ReadonlyArray<PathStep> = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const match = RULE_SUFFIX.exec(issue.message);
    const message = match === null ? issue.message : issue.message.slice(0, match.index);
    const rule = match?.[1] ?? UNKNOWN_PROPERTY_RULE;
    // zod's paths may hold symbols; the data checked here has string keys only (src/snapshot.ts).
    const path = [
      ...prefix,
      ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
    ];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) out.push(issueAt("error", [...path, key], message, rule));
      continue;
    }
    out.push(issueAt("error", path, message, rule));
  }
  return out;
}
