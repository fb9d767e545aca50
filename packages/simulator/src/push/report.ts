import { issueLine, type ValidationIssue } from "@flexkit/validators";
import type { PushOutcome } from "./client.js";
import { issuesFromDetails } from "./prepare.js";

export interface PushReport {
  ok: boolean;
  /** What happened, for stdout: request IDs and the IDs of the sent messages. */
  lines: string[];
  /** LINE's reasons, one line per detail, for stderr. */
  errors: string[];
  /** LINE's `details` as issues (rule ERR-1), property paths in request notation. */
  issues: ValidationIssue[];
}

function ids(outcome: { requestId?: string }): string {
  return outcome.requestId === undefined ? "" : ` (x-line-request-id ${outcome.requestId})`;
}

/**
 * One outcome as lines a person reads: the request ID to quote to LINE support, the sent message
 * IDs in message order (PUSH-9), and for a rejection LINE's message and each detail, pointed at
 * the message (and its JSX, through `sources`).
 */
export function reportOutcome(
  outcome: PushOutcome,
  request: { to?: string; messages: unknown[] },
  sources: Record<string, string>,
  showSource?: (source: string) => string,
): PushReport {
  const retries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : "";
  switch (outcome.status) {
    case "sent":
    case "already-sent": {
      const head =
        outcome.status === "sent"
          ? `sent ${request.messages.length} message(s) to ${request.to}${retries}${ids(outcome)}`
          : `already sent: LINE had accepted this retry key (409)${
              outcome.acceptedRequestId === undefined
                ? ""
                : `; x-line-accepted-request-id ${outcome.acceptedRequestId}`
            }${retries}${ids(outcome)}`;
      const lines = [
        head,
        ...outcome.sentMessages.map(
          (message, index) =>
            `  messages[${index}] id ${message.id}${message.quoteToken === undefined ? "" : ` quoteToken ${message.quoteToken}`}`,
        ),
      ];
      return { ok: true, lines, errors: [], issues: [] };
    }
    case "valid":
      return {
        ok: true,
        lines: [
          `valid: LINE accepts these ${request.messages.length} message(s); nothing was sent (dry run)${retries}${ids(outcome)}`,
        ],
        errors: [],
        issues: [],
      };
    case "rejected": {
      const issues = issuesFromDetails(outcome.details, request);
      return {
        ok: false,
        lines: [],
        errors: [
          `error LINE rejected the request (HTTP ${outcome.httpStatus}${outcome.requestId === undefined ? "" : `, x-line-request-id ${outcome.requestId}`}): ${outcome.message}; nothing was sent`,
          ...issues.map((issue) => issueLine(issue, sources, showSource)),
        ],
        issues,
      };
    }
    case "gave-up":
      return {
        ok: false,
        lines: [],
        errors: [
          `error could not reach LINE: ${outcome.reason}${ids(outcome)}${
            outcome.retryKey === undefined
              ? ""
              : outcome.mayHaveArrived
                ? `; it may have arrived (check the chat before sending again; X-Line-Retry-Key ${outcome.retryKey})`
                : "; nothing was sent"
          }`,
        ],
        issues: [],
      };
  }
}
