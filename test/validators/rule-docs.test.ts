import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SECTION_RULES } from "@flexkit/validators";
import { explainRule } from "@flexkit/validators/rule-docs";
import { describe, expect, it } from "vitest";
import { generateRuleDocs, RULE_DOCS_PATH } from "../../scripts/gen-property-docs.js";
import { repoRoot, sharedRoot } from "../helpers.js";
import { readRuleIds } from "./rules-md.js";

/**
 * Rule explanations (issue 21): each rule ID of RULES.md with its row as plain text, read into
 * rule-docs.generated.ts by `npm run docs:gen` and served by `@flexkit/validators/rule-docs`, so
 * that the simulator's issues panel can say what an issue's `[RULE-ID]` asks for.
 */
const rulesMd = readFileSync(join(sharedRoot, "spec", "RULES.md"), "utf8");
const validatorsSrc = join(repoRoot, "packages", "validators", "src");

/** Every source file of the validators but the generated tables. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".generated.ts") ? [path] : [];
  });
}

/**
 * The rule IDs the validators can report: every string literal shaped like an ID in their source
 * (`ruled("FLEX-VAL", …)`, the limits module's `limit(…, "ACT-LABEL", …)`, `rule: "RM-1"`,
 * SECTION_RULES' keys), but a date format.
 */
const emitted = new Set(
  sources(validatorsSrc)
    .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/"([A-Z]+(?:-[A-Z0-9]+)+)"/g)])
    .map((match) => match[1]!)
    .filter((id) => id !== "YYYY-MM-DD"),
);

describe("the generated rule table", () => {
  it("is what `npm run docs:gen` writes from RULES.md now", () => {
    expect(readFileSync(RULE_DOCS_PATH, "utf8")).toBe(generateRuleDocs());
  });
});

describe("explainRule", () => {
  it("explains every rule ID the validators can report", () => {
    expect(emitted.size).toBeGreaterThan(80);
    expect([...emitted].filter((id) => !explainRule(id)?.text)).toEqual([]);
  });

  it("explains every rule ID of RULES.md", () => {
    expect([...readRuleIds(rulesMd)].filter((id) => !explainRule(id)?.text)).toEqual([]);
  });

  it("gives a row's rule as plain text, with its section", () => {
    expect(explainRule("FLEX-CAR-2")).toEqual({
      text: "Every bubble in a carousel must have the same size. Treating an unset size as mega is our inference from the default.",
      section: "5.2",
      title: "Containers",
    });
    expect(explainRule("MSG-2")?.text).toBe(
      "Property: quickReply · Rule: Optional {items: QuickReplyButton[]}. See §8. Only the quickReply of the last message in the request is shown; a quickReply on any earlier message is ignored.",
    );
  });

  it("reads bold definitions, numbered ones included, and group headings", () => {
    expect(explainRule("FLEX-STY-1")?.text).toBe(
      "separator:true is not allowed on the first block that is present.",
    );
    expect(explainRule("FLEX-VID-3")?.text).toBe("That bubble must not be inside a carousel.");
    expect(explainRule("FLEX-VAL")).toEqual({
      text: "Value grammars (FLEX-VAL)",
      section: "5.5",
      title: "Value grammars (FLEX-VAL)",
    });
  });

  it("names the section of an ID of SECTION_RULES", () => {
    expect(explainRule("TPL-BTN")?.section).toBe(SECTION_RULES["TPL-BTN"]);
    expect(explainRule("TPL-BTN")?.text).toBe("buttons");
    expect(explainRule("NOPE-1")).toBeUndefined();
  });
});
