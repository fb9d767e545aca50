import {
  formatIssue,
  LIMITS,
  type ValidateOptions,
  type ValidationResult,
  validateMessage,
} from "@flexkit/validators";
import { describe } from "vitest";

/**
 * Rule tests are grouped with `describeRule("RULE-ID", …)` and hold at least one `it("passes…")`
 * and one `it("fails…")` (or `it("warns…")` for W rules): rule-coverage.test.ts reads these
 * names to prove every E/W rule of RULES.md has both.
 */
export function describeRule(rule: string, title: string, body: () => void): void {
  describe(`${rule} ${title}`, body);
}

/** Every issue as one line: `property: message [RULE]`, warnings after errors. */
export function lines(result: ValidationResult): string[] {
  return result.issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

export function check(message: unknown, options?: ValidateOptions): string[] {
  return lines(validateMessage(message, options));
}

/** Only the issues of one rule, so a test is not coupled to unrelated findings. */
export function ofRule(result: ValidationResult, rule: string): string[] {
  return lines({ ...result, issues: result.issues.filter((issue) => issue.rule === rule) });
}

export const https = (name: string) => `https://example.com/${name}`;

export const text = (value: string) => ({ type: "text", text: value });

export const postback = (extra: Record<string, unknown> = {}) => ({
  type: "postback",
  label: "Buy",
  data: "action=buy",
  ...extra,
});

export const messageAction = (label: string | undefined, value = "hi") =>
  label === undefined ? { type: "message", text: value } : { type: "message", label, text: value };

export const uriAction = (label: string, extra: Record<string, unknown> = {}) => ({
  type: "uri",
  label,
  uri: https("page"),
  ...extra,
});

export function withQuickReply(message: Record<string, unknown>, ...actions: unknown[]) {
  return {
    ...message,
    quickReply: { items: actions.map((action) => ({ type: "action", action })) },
  };
}

export function buttonsTemplate(template: Record<string, unknown>) {
  return {
    type: "template",
    altText: "menu",
    template: { type: "buttons", text: "Pick one", actions: [messageAction("Yes")], ...template },
  };
}

export function carouselColumn(extra: Record<string, unknown> = {}) {
  return { text: "Column", actions: [messageAction("Yes")], ...extra };
}

/** The imagemap base width (IMG-3), also used as a square base height in tests. */
export const BASE = LIMITS.imagemapBaseWidth.value;

export function imagemap(extra: Record<string, unknown> = {}) {
  return {
    type: "imagemap",
    baseUrl: https("imagemap/1"),
    altText: "map",
    baseSize: { width: BASE, height: BASE },
    actions: [
      { type: "uri", linkUri: https("a"), area: { x: 0, y: 0, width: BASE / 2, height: BASE } },
    ],
    ...extra,
  };
}

/** A family emoji: 7 code points, 11 UTF-16 code units, one grapheme cluster. */
export const FAMILY = "👨‍👩‍👧‍👦";
