import { sourceFor } from "@flexkit/flex-jsx";
import {
  describeValue,
  formatIssue,
  type ValidationIssue,
  validateMessages,
} from "@flexkit/validators";
import type { ErrorDetail } from "./client.js";
import { PUSH_LIMITS } from "./limits.js";

/**
 * What a push sends, in LINE's request notation: every property path starts at `messages[i]`,
 * exactly like the `details[].property` of LINE's 400 answers (ERR-1), so local issues, LINE's
 * issues and JSX sources all share one key.
 */
export interface PreparedPush {
  messages: unknown[];
  /** Property path (`messages[0].contents.body`) → `file:line:column`, when built from JSX. */
  sources: Record<string, string>;
  notificationDisabled?: boolean;
  /** A request file may name its recipient. */
  to?: string;
  issues: ValidationIssue[];
  ok: boolean;
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
 * A message, an array of messages, or a request body (`{ to?, messages, notificationDisabled? }`)
 * → the messages to push, checked by @flexkit/validators. A bare bubble or carousel is not a
 * message: LINE needs a flex message around it, with its altText.
 */
export function preparePush(
  value: unknown,
  sources: Record<string, string> = {},
  options: { strict?: boolean } = {},
): PreparedPush {
  let messages: unknown[];
  let keyed = sources;
  const extra: Pick<PreparedPush, "to" | "notificationDisabled"> = {};
  if (Array.isArray(value)) {
    messages = value;
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    if (record.type === "bubble" || record.type === "carousel") {
      return {
        messages: [],
        sources,
        ok: false,
        issues: [
          {
            severity: "error",
            property: "",
            message: `expected a message, got a bare ${record.type}; wrap it in a flex message with an altText (<FlexMessage altText="…">)`,
            rule: "PUSH-2",
          },
        ],
      };
    }
    if (record.type === undefined && Array.isArray(record.messages)) {
      messages = record.messages;
      if (typeof record.to === "string") extra.to = record.to;
      if (typeof record.notificationDisabled === "boolean")
        extra.notificationDisabled = record.notificationDisabled;
    } else {
      messages = [value];
      keyed = sourcesOfSingleMessage(sources);
    }
  } else {
    messages = [value];
  }
  const result = validateMessages(messages, options);
  const issues = [...result.issues];
  const bytes = Buffer.byteLength(JSON.stringify({ to: "U".padEnd(33, "0"), messages }), "utf8");
  if (bytes > PUSH_LIMITS.bodyBytesMax.value) {
    issues.push({
      severity: "error",
      property: "messages",
      message: `expected a request body of at most ${PUSH_LIMITS.bodyBytesMax.value} bytes, got ${bytes}`,
      rule: PUSH_LIMITS.bodyBytesMax.rule,
    });
  }
  return {
    messages,
    sources: keyed,
    ...extra,
    issues,
    ok: result.ok && issues.every((issue) => issue.severity !== "error"),
  };
}

/** PUSH-3: `U`/`C`/`R` + 32 lowercase hex digits. */
export function checkRecipient(to: string): ValidationIssue | undefined {
  if (PUSH_LIMITS.recipientPattern.value.test(to)) return undefined;
  return {
    severity: "error",
    property: "to",
    message: `expected a user, group or room ID (U, C or R and 32 lowercase hex digits, from a webhook or the console), got ${describeValue(to)}`,
    rule: PUSH_LIMITS.recipientPattern.rule,
  };
}

/** Reads `messages[0].contents.body` out of the request, to show what LINE complained about. */
export function valueAt(root: unknown, property: string): { found: boolean; value?: unknown } {
  let current: unknown = root;
  const parts = property.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  for (const part of parts) {
    if (typeof current !== "object" || current === null) return { found: false };
    const key = part.startsWith("[") ? Number(part.slice(1, -1)) : part;
    if (!(key in (current as Record<string, unknown>))) return { found: false };
    current = (current as Record<string | number, unknown>)[key];
  }
  return { found: true, value: current };
}

/**
 * LINE's `details` as issues of our own kind (HOUSE-STYLE 7): LINE's property, LINE's sentence,
 * the value we sent there, and rule ERR-1 (LINE's error body).
 */
export function issuesFromDetails(
  details: ErrorDetail[],
  request: { to?: string; messages: unknown[] },
): ValidationIssue[] {
  return details.map((detail) => {
    const property = detail.property ?? "";
    const at = property === "" ? { found: false } : valueAt(request, property);
    const got =
      at.found && typeof at.value !== "object" ? ` (sent ${describeValue(at.value)})` : "";
    return {
      severity: "error",
      property,
      message: `LINE: ${detail.message ?? "rejected"}${got}`,
      rule: "ERR-1",
    };
  });
}

/** `error messages[0].contents.body.contents[0].size: … [RULE] (card.flex.tsx:8:13)` */
export function issueLine(
  issue: ValidationIssue,
  sources: Record<string, string>,
  showSource: (source: string) => string = (source) => source,
): string {
  const source = issue.property === "" ? undefined : sourceFor(sources, issue.property);
  return `${issue.severity} ${formatIssue(issue)}${source === undefined ? "" : ` (${showSource(source)})`}`;
}
