import {
  BOUNDS,
  formatIssue,
  type ValidationResult,
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
} from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";

/** About 1.5 MB of JSON as a push body: issue 15's body, which held the server for 2.4 s. */
const MANY = 60_000;
const invalidTexts = () => Array.from({ length: MANY }, () => ({ type: "text", text: "" }));
const USER = `U${"0".repeat(32)}`;

/** The issue that ends a capped result. */
const omitted = (property: string) => ({
  severity: "error",
  property,
  path: property === "" ? [] : [property],
  message: `validation stopped after ${BOUNDS.issuesMax} issues; the rest was not checked: fix these and validate again`,
  rule: "ERR-1",
});

/** At most the cap, then the note, which is the last error. */
function expectCapped(result: ValidationResult, property: string): void {
  expect(result.ok).toBe(false);
  expect(result.issues).toHaveLength(BOUNDS.issuesMax + 1);
  const errors = result.issues.filter((issue) => issue.severity === "error");
  expect(errors.at(-1)).toEqual(omitted(property));
  expect(result.issues.filter((issue) => issue.rule === "ERR-1")).toHaveLength(1);
}

describe("issues per result are capped (BOUNDS.issuesMax), and validation stops there", () => {
  it("fails a 1.5 MB push body of 60,000 invalid texts with the cap's issues and one note", () => {
    const body = { to: USER, messages: invalidTexts() };
    expect(JSON.stringify(body).length).toBeGreaterThan(1_500_000);
    const result = validatePushRequest(body);
    expectCapped(result, "");
    expect(result.issues.slice(0, 3).map(formatIssue)).toEqual([
      `messages: expected 1 to 5 messages, got ${MANY} [PUSH-2]`,
      "messages[0].text: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-TEXT]",
      "messages[1].text: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-TEXT]",
    ]);
  });

  it("caps validateMessages, validateMessage and validateFlexContainer alike", () => {
    expectCapped(validateMessages(invalidTexts()), "messages");
    const box = vbox(...Array.from({ length: MANY }, () => ({ type: "text", text: 5 })));
    expectCapped(validateMessage(flexMessage(box)), "");
    expectCapped(validateFlexContainer({ type: "bubble", body: box }), "");
  });

  it("keeps the request's own issues when its messages fill the cap", () => {
    const result = validatePushRequest({ to: "someone", messages: invalidTexts() });
    expect(result.issues.map(formatIssue)).toContain(
      'to: expected a userId, groupId or roomId (U, C or R + 32 lowercase hex), got "someone" [PUSH-3]',
    );
  });

  it("fails warnings past the cap too: what was not checked may hold an error", () => {
    const fillers = vbox(...Array.from({ length: 200 }, () => ({ type: "filler" })));
    const result = validateMessage(flexMessage(fillers));
    expectCapped(result, "");
    // The note is the last error, before every warning.
    expect(result.issues[0]).toEqual(omitted(""));
  });

  it("passes a result at the cap exactly without a note", () => {
    const fillers = vbox(...Array.from({ length: BOUNDS.issuesMax }, () => ({ type: "filler" })));
    const result = validateMessage(flexMessage(fillers));
    expect(result.ok).toBe(true);
    expect(result.issues).toHaveLength(BOUNDS.issuesMax);
    expect(result.issues.every((issue) => issue.rule === "FLEX-TREE")).toBe(true);
  });
});
