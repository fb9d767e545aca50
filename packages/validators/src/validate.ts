import type { z } from "zod";
import {
  describeValue,
  MessageValidationError,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./issue.js";
import { LIMITS } from "./limits.js";
import { errorMap, toIssues } from "./rules.js";
import { FlexContainerSchema } from "./schemas/flex.js";
import { MessageSchema } from "./schemas/message.js";
import { checkFlexContainer, makeEmitter } from "./tree.js";

function finish(issues: ValidationIssue[], options: ValidateOptions | undefined): ValidationResult {
  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    const key = `${issue.property}\u0000${issue.rule}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const adjusted = options?.strict
    ? unique.map((issue) => ({ ...issue, severity: "error" as const }))
    : unique;
  // Errors first, then warnings; within each, document order (stable sort).
  adjusted.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return { ok: !adjusted.some((issue) => issue.severity === "error"), issues: adjusted };
}

function unreadable(property: string, error: unknown): ValidationIssue {
  const reason = error instanceof Error ? error.message : String(error);
  return { severity: "error", property, message: `could not be read: ${reason}`, rule: "ERR-3" };
}

function parse(schema: z.ZodType, value: unknown, prefix: string): ValidationIssue[] {
  try {
    const result = schema.safeParse(value, { error: errorMap });
    return result.success ? [] : toIssues(result.error.issues, prefix);
  } catch (error) {
    // zod does not throw on data, but a validator must never throw whatever it is given
    // (a getter that throws, a revoked proxy…): report it as an issue instead.
    return [unreadable(prefix, error)];
  }
}

function messageIssues(message: unknown, prefix: string): ValidationIssue[] {
  const issues = parse(MessageSchema, message, prefix);
  try {
    if (typeof message === "object" && message !== null && "type" in message) {
      const { type, contents } = message as { type: unknown; contents?: unknown };
      if (type === "flex") {
        const emit = makeEmitter(issues, prefix);
        checkFlexContainer(contents, ["contents"], emit);
      }
    }
  } catch (error) {
    issues.push(unreadable(prefix, error));
  }
  return issues;
}

/** Checks one message object. `property` paths are relative to the message (`contents.body…`). */
export function validateMessage(message: unknown, options?: ValidateOptions): ValidationResult {
  return finish(messageIssues(message, ""), options);
}

/**
 * Checks the messages of one request (1–5, PUSH-2), with paths as LINE reports them:
 * `messages[0].contents…`.
 */
export function validateMessages(messages: unknown, options?: ValidateOptions): ValidationResult {
  if (!Array.isArray(messages)) {
    return finish(
      [
        {
          severity: "error",
          property: "messages",
          message: `expected an array of 1 to ${LIMITS.messagesPerRequestMax.value} messages, got ${describeValue(messages)}`,
          rule: "PUSH-2",
        },
      ],
      options,
    );
  }
  const issues: ValidationIssue[] = [];
  const max = LIMITS.messagesPerRequestMax.value;
  if (messages.length < 1 || messages.length > max) {
    issues.push({
      severity: "error",
      property: "messages",
      message: `expected 1 to ${max} messages, got ${messages.length}`,
      rule: LIMITS.messagesPerRequestMax.rule,
    });
  }
  messages.forEach((message, index) => {
    issues.push(...messageIssues(message, `messages[${index}]`));
  });
  return finish(issues, options);
}

/** Checks a bare bubble or carousel, as the Flex Message Simulator and LINE's SDK samples hold them. */
export function validateFlexContainer(
  container: unknown,
  options?: ValidateOptions,
): ValidationResult {
  const issues = parse(FlexContainerSchema, container, "");
  try {
    checkFlexContainer(container, [], makeEmitter(issues, ""));
  } catch (error) {
    issues.push(unreadable("", error));
  }
  return finish(issues, options);
}

/** Throws a `MessageValidationError` carrying every issue when the message has errors. */
export function assertMessage(message: unknown, options?: ValidateOptions): void {
  const result = validateMessage(message, options);
  if (!result.ok) throw new MessageValidationError(result.issues);
}
