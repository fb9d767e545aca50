import { formatPath, type PathStep } from "./path.js";

export type Severity = "error" | "warning";

/**
 * One finding. `property` uses LINE's own notation (`contents.body.contents[2].text`, or
 * `messages[0].…` for request bodies) so that local findings and the `details[].property` of
 * LINE's 400 answers line up. https://developers.line.biz/en/reference/messaging-api/#error-responses
 * `path` is the same place as steps, so that code never reads `property` back: always
 * `property === formatPath(path)`.
 */
export interface ValidationIssue {
  severity: Severity;
  property: string;
  path: PathStep[];
  message: string;
  rule: string;
}

/** An issue at `path`, its property written from it. */
export function issueAt(
  severity: Severity,
  path: ReadonlyArray<PathStep>,
  message: string,
  rule: string,
): ValidationIssue {
  return { severity, property: formatPath(path), path: [...path], message, rule };
}

export interface ValidationResult {
  ok: boolean;
  issues: ValidationIssue[];
}

/** Where the checks put issues: an array, or validate.ts's bounded list, which may end a walk. */
export interface IssueSink {
  push(...issues: ValidationIssue[]): unknown;
}

export interface ValidateOptions {
  /** Turn warnings into errors. */
  strict?: boolean;
}

/** `contents.body.contents[2].text: expected at most 40 …, got 41 [ACT-LABEL]` */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.property === "" ? "(root)" : issue.property;
  return `${where}: ${issue.message} [${issue.rule}]`;
}

/**
 * `error messages[0].contents.body.contents[0].size: … [RULE] (card.flex.tsx:8:13)`: one issue on
 * one line, as the CLI, `flexkit push` and the dev server print it. With `sources` (property →
 * `file:line:column`, from flex-jsx's render), it ends with where the JSX of the issue's place,
 * or of its nearest ancestor that has a source, was written; `showSource` writes that place for
 * its reader (the CLI makes it relative to the folder it runs in).
 */
export function issueLine(
  issue: ValidationIssue,
  sources?: Readonly<Record<string, string>>,
  showSource: (source: string) => string = (source) => source,
): string {
  const source = sources === undefined ? undefined : nearestSource(issue.path, sources);
  return `${issue.severity} ${formatIssue(issue)}${source === undefined ? "" : ` (${showSource(source)})`}`;
}

/**
 * Where the JSX of the value at `path` was written: its own source, or its nearest ancestor's
 * (a property the JSX did not write itself, such as a default, has none of its own).
 */
export function nearestSource(
  path: ReadonlyArray<PathStep>,
  sources: Readonly<Record<string, string>>,
): string | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const property = formatPath(path.slice(0, depth));
    // Own keys only: a path never names what every object inherits (`constructor`).
    if (Object.hasOwn(sources, property)) return sources[property];
  }
  return undefined;
}

/** A value in a few words, for an issue's "got …"; never throws, whatever it is given. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  // Not its source text, which may be long; and a function is never called or read.
  if (typeof value === "function") return "a function";
  if (typeof value === "object") {
    try {
      return Array.isArray(value) ? `an array of ${Number(value.length)}` : "an object";
    } catch {
      // A revoked Proxy, or one whose length cannot be read.
      return "an object that cannot be read";
    }
  }
  return `${String(value)} (${typeof value})`;
}

export class MessageValidationError extends Error {
  readonly issues: ValidationIssue[];
  constructor(issues: ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === "error");
    const first = errors[0] ?? issues[0];
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
    super(first === undefined ? "invalid message" : `${formatIssue(first)}${more}`);
    this.name = "MessageValidationError";
    this.issues = issues;
  }
}
