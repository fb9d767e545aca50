/**
 * Rule IDs for the RULES.md sections whose rules have no IDs of their own (a message type's field
 * table, a template's, the action label table): the validators report a rule of such a section
 * under one ID per section, and the property docs name it. Each maps to its section's number in
 * RULES.md; a test checks that the section exists and that no row of RULES.md has the same ID.
 */
export const SECTION_RULES = {
  "MSG-TEXT": "3.1",
  "MSG-QUOTE": "3.1",
  "MSG-TEXTV2": "3.2",
  "MSG-STICKER": "3.3",
  "MSG-IMAGE": "3.4",
  "MSG-VIDEO": "3.5",
  "MSG-AUDIO": "3.6",
  "MSG-LOCATION": "3.7",
  "MSG-COUPON": "3.8",
  "ACT-TYPE": "4.1",
  "FLEX-VID-ACT": "4.2",
  "ACT-LABEL": "4.3",
  "FLEX-VER": "5.7",
  TPL: "7",
  "TPL-BTN": "7.1",
  "TPL-CONF": "7.2",
  "TPL-CAR": "7.3",
  "TPL-IMG-CAR": "7.4",
} as const satisfies Record<string, string>;

export type SectionRule = keyof typeof SECTION_RULES;

export function isSectionRule(id: string): id is SectionRule {
  return Object.hasOwn(SECTION_RULES, id);
}
