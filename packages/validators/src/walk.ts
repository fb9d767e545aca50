import { type IssueSink, issueAt, type ValidationIssue } from "./issue.js";
import type { PathStep } from "./path.js";

/** Helpers shared by the checks that walk a value's snapshot (src/tree.ts, src/context.ts). */

export type Path = ReadonlyArray<PathStep>;

/** Reports one issue. `path` is read during the call only, so a walk may reuse its array. */
export type Emit = (
  severity: ValidationIssue["severity"],
  path: Path,
  message: string,
  rule: string,
) => void;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function typeOf(value: unknown): string | undefined {
  return isRecord(value) && typeof value.type === "string" ? value.type : undefined;
}

/**
 * `table[key]` among the table's own keys only: a type or layout named "constructor" or
 * "toString" must not find Object.prototype's members.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The compact JSON of a value the checks walk (src/snapshot.ts), or `undefined` where JSON has no
 * text for it: a BigInt, which JSON.stringify refuses. No schema takes a BigInt, so its own
 * property already has an issue, and the size limits around it are left unmeasured.
 */
export function jsonOf(value: unknown): string | undefined {
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return undefined;
  }
}

/** An `Emit` that puts issues into `issues`, their paths after `prefix` (where the walk started). */
export function makeEmitter(issues: IssueSink, prefix: Path): Emit {
  return (severity, path, message, rule) => {
    issues.push(issueAt(severity, [...prefix, ...path], message, rule));
  };
}
