import { issueLine, type ValidationIssue, validateMessages } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";

const issue = (path: ValidationIssue["path"], property: string): ValidationIssue => ({
  severity: "error",
  property,
  path,
  message: "expected a size keyword, got huge",
  rule: "FLEX-VAL",
});

const size = issue(
  ["messages", 0, "contents", "body", "contents", 0, "size"],
  "messages[0].contents.body.contents[0].size",
);

describe("issueLine: one issue on one line, as the CLI, push and the dev server print it", () => {
  it("reads severity, property, message and rule", () => {
    expect(issueLine(size)).toBe(
      "error messages[0].contents.body.contents[0].size: expected a size keyword, got huge [FLEX-VAL]",
    );
    expect(issueLine({ ...issue([], ""), severity: "warning" })).toBe(
      "warning (root): expected a size keyword, got huge [FLEX-VAL]",
    );
  });

  it("adds where the JSX of the property, or of its nearest ancestor, was written", () => {
    const sources = {
      "messages[0]": "card.flex.tsx:3:3",
      "messages[0].contents.body": "card.flex.tsx:5:7",
    };
    expect(issueLine(size, sources)).toBe(
      "error messages[0].contents.body.contents[0].size: expected a size keyword, got huge [FLEX-VAL] (card.flex.tsx:5:7)",
    );
    expect(issueLine(issue(["messages", 0, "altText"], "messages[0].altText"), sources)).toMatch(
      / \(card\.flex\.tsx:3:3\)$/,
    );
    expect(issueLine(issue(["to"], "to"), sources)).toMatch(/\[FLEX-VAL\]$/);
  });

  it("the root's own source too, for an issue of the whole value", () => {
    expect(issueLine(issue([], ""), { "": "bubble.flex.tsx:2:1" })).toBe(
      "error (root): expected a size keyword, got huge [FLEX-VAL] (bubble.flex.tsx:2:1)",
    );
  });

  it("shows the source as the reader wants it", () => {
    const sources = { "messages[0]": "/home/me/cards/card.flex.tsx:3:3" };
    expect(issueLine(size, sources, (source) => source.replace("/home/me/", ""))).toMatch(
      / \(cards\/card\.flex\.tsx:3:3\)$/,
    );
  });

  it("finds only the sources given: no path names what every object inherits", () => {
    const inherited = issue(["constructor"], "constructor");
    expect(issueLine(inherited, {})).toBe(
      "error constructor: expected a size keyword, got huge [FLEX-VAL]",
    );
  });

  it("follows the path, not the property text: a key with a dot has its own source", () => {
    const result = validateMessages([flexMessage(vbox({ type: "text", text: "a", "x.y": 1 }))]);
    const sources = {
      "messages[0].contents.body.contents[0]": "card.flex.tsx:6:9",
      'messages[0].contents.body.contents[0]["x.y"]': "card.flex.tsx:6:30",
    };
    expect(result.issues.map((found) => issueLine(found, sources))).toEqual([
      'error messages[0].contents.body.contents[0]["x.y"]: unknown property [ERR-3] (card.flex.tsx:6:30)',
    ]);
  });
});
