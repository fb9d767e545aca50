import { formatPath, type ValidationIssue } from "./issue.js";

/** Helpers shared by the checks that walk a raw value (src/tree.ts, src/context.ts). */

export type Path = ReadonlyArray<PropertyKey>;

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

export function makeEmitter(issues: ValidationIssue[], prefix: string): Emit {
  return (severity, path, message, rule) => {
    issues.push({ severity, property: formatPath(path, prefix), message, rule });
  };
}
