import { RULE_DOCS, SECTION_TITLES } from "./rule-docs.generated.js";
import { SECTION_RULES } from "./rule-sections.js";

/**
 * What a rule ID means (issue 21): its row of shared/spec/RULES.md as plain text, read into
 * rule-docs.generated.ts by `npm run docs:gen`, so that an issue's `[FLEX-CAR-2]` can say what
 * FLEX-CAR-2 asks for.
 */
export interface RuleDoc {
  /** The rule, in RULES.md's words without markdown. */
  text: string;
  /** The number of its RULES.md section ("5.2"). */
  section: string;
  /** That section's title ("Containers"). */
  title: string;
}

/**
 * The explanation of a rule ID a validator reports: its RULES.md row, or for an ID of a section
 * whose rules have none (SECTION_RULES: MSG-TEXT, TPL-BTN…) the section's title. Undefined for an
 * ID RULES.md does not know.
 */
export function explainRule(id: string): RuleDoc | undefined {
  if (Object.hasOwn(RULE_DOCS, id)) return RULE_DOCS[id];
  if (!Object.hasOwn(SECTION_RULES, id)) return undefined;
  const section = SECTION_RULES[id as keyof typeof SECTION_RULES];
  const title = SECTION_TITLES[section];
  return title === undefined ? undefined : { text: title, section, title };
}
