import {
  describeValue,
  formatPath,
  parsePath,
  type ValidationIssue,
  type ValidationResult,
  validateMessages,
  validatePushRequest,
  valueAt,
} from "@flexkit/validators";
import type { ErrorDetail } from "./client.js";

/**
 * What a push sends, in LINE's request notation: every property path starts at `messages[i]`,
 * exactly like the `details[].property` of LINE's 400 answers (ERR-1), so local issues, LINE's
 * issues and JSX sources all share one key.
 */
export interface PreparedPush {
  /** The request body without `to` (which the caller may give): messages and any other fields. */
  request: Record<string, unknown> & { messages: unknown[] };
  /** Property path (`messages[0].contents.body`) → `file:line:column`, when built from JSX. */
  sources: Record<string, string>;
  /** A request file may name its recipient. */
  to?: string;
  /** Set when the request names a recipient that is not one ID; it is left in `request`. */
  ownTo?: true;
  /** Set when the value cannot be a push at all (a bare bubble or carousel). */
  notAMessage?: ValidationIssue;
}

/** Re-keys render sources of a single message (`contents.body`) to `messages[0].contents.body`. */
export function sourcesOfSingleMessage(sources: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, source] of Object.entries(sources)) {
    out[path === "" ? "messages[0]" : `messages[0].${path}`] = source;
  }
  return out;
}

/**
 * A message, an array of messages, or a request body (`{ to?, messages, … }`) → the request to
 * send. A bare bubble or carousel is not a message: LINE needs a flex message, with its altText.
 */
export function preparePush(value: unknown, sources: Record<string, string> = {}): PreparedPush {
  if (Array.isArray(value)) return { request: { messages: value }, sources };
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.type === "bubble" || record.type === "carousel") {
      return {
        request: { messages: [] },
        sources,
        notAMessage: {
          severity: "error",
          property: "",
          path: [],
          message: `expected a message, got a bare ${record.type}; wrap it in a flex message with an altText (<FlexMessage altText="…">)`,
          rule: "PUSH-2",
        },
      };
    }
    if (record.type === undefined && Array.isArray(record.messages)) {
      const { to, ...rest } = record;
      // A `to` that is not one ID (a multicast list, a number) stays in the request, where
      // validatePushRequest reports it (PUSH-2): sending the file to another recipient (--to,
      // LINE_TEST_TO) instead would quietly push what its author meant for others.
      if (to !== undefined && typeof to !== "string")
        return { request: record as PreparedPush["request"], sources, ownTo: true };
      const request = rest as PreparedPush["request"];
      return typeof to === "string" ? { request, sources, to } : { request, sources };
    }
  }
  return { request: { messages: [value] }, sources: sourcesOfSingleMessage(sources) };
}

/**
 * Never send what the validators reject: a push is checked as a whole request by
 * `validatePushRequest` (messages, `to` and the rules that depend on it, 2 MB); a dry run, which
 * LINE checks without a recipient (PUSH-14), by `validateMessages`.
 */
export function checkPush(
  prepared: PreparedPush,
  to: string | undefined,
  options: { dryRun: boolean; strict?: boolean },
): ValidationResult {
  if (prepared.notAMessage !== undefined) return { ok: false, issues: [prepared.notAMessage] };
  const strict = options.strict === undefined ? {} : { strict: options.strict };
  // A request that names its own recipient is checked as the push it is, dry run or not: a `to`
  // that cannot be pushed would pass a messages-only check and then fail the real push.
  if (!options.dryRun || prepared.ownTo !== undefined)
    return validatePushRequest({ to, ...prepared.request }, strict);
  return validateMessages(prepared.request.messages, strict);
}

/**
 * Whether the push still lacks a recipient (checked before validation, which would only say
 * "to: expected a string"): not for a dry run, a bare container (refused anyway) or a request
 * that names its own recipient, even a wrong one (PUSH-2 says what is wrong with it).
 */
export function needsRecipient(
  prepared: PreparedPush,
  to: string | undefined,
  dryRun: boolean,
): boolean {
  return (
    !dryRun &&
    to === undefined &&
    prepared.notAMessage === undefined &&
    prepared.ownTo === undefined
  );
}

/**
 * LINE's `details` as issues of our own kind (HOUSE-STYLE 7): LINE's property (read into a path,
 * and written back from it), LINE's sentence, the value we sent there, and rule ERR-1 (LINE's
 * error body). `request` is the body sent (a push, a rich menu): LINE's properties are paths in it.
 */
export function issuesFromDetails(details: ErrorDetail[], request: unknown): ValidationIssue[] {
  return details.map((detail) => {
    const path = parsePath(detail.property ?? "");
    // What we sent there, to show beside LINE's sentence (the whole request says nothing).
    const at = path.length === 0 ? ({ found: false } as const) : valueAt(request, path);
    const got =
      at.found && typeof at.value !== "object" ? ` (sent ${describeValue(at.value)})` : "";
    return {
      severity: "error",
      property: formatPath(path),
      path,
      message: `LINE: ${detail.message ?? "rejected"}${got}`,
      rule: "ERR-1",
    };
  });
}
