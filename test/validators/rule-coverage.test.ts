import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, sharedRoot } from "../helpers.js";
import { readRules } from "./rules-md.js";

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `describeRule("ID", …)` / `describe("ID …")` blocks with the names of their tests. */
function ruleBlocks(source: string): Array<{ rule: string; tests: string[] }> {
  const starts = [...source.matchAll(/describe(?:Rule)?\(\s*"([A-Z]+(?:-[A-Z0-9]+)+)[ ":]/g)];
  return starts.map((start, i) => {
    const end = starts[i + 1]?.index ?? source.length;
    const block = source.slice(start.index, end);
    const tests = [...block.matchAll(/\bit\(\s*"([^"]+)"/g)].map((m) => m[1]!);
    return { rule: start[1]!, tests };
  });
}

/** The first string argument of every it/describe/test call. */
function testNames(source: string): string[] {
  return [...source.matchAll(/\b(?:it|describe|test)\(\s*[`"']([^`"']+)[`"']/g)].map((m) => m[1]!);
}

/** Whether a test name names the rule, alone or in a range such as "PUSH-5…PUSH-9". */
function namesRule(name: string, rule: string): boolean {
  if (new RegExp(`\\b${rule}\\b(?![-…]|\\.\\.)`).test(name)) return true;
  const stem = rule.replace(/\d+$/, "");
  const n = Number(rule.slice(stem.length));
  for (const range of name.matchAll(/\b([A-Z]+(?:-[A-Z]+)*-)(\d+)(?:…|\.\.)(?:\1)?(\d+)\b/g)) {
    if (range[1] === stem && Number(range[2]) <= n && n <= Number(range[3])) return true;
  }
  return false;
}

/**
 * Rules of the HTTP layer (headers, retry keys, guidelines for the sender), which no body
 * validator can check: the push client's tests (issue #8) must name them.
 */
const HTTP_LAYER = new Set(["PUSH-1", "PUSH-5", "PUSH-6", "PUSH-15"]);

const rules = readRules(readFileSync(join(sharedRoot, "spec", "RULES.md"), "utf8"));
const files = testFiles(join(repoRoot, "test"));
const sources = files.map((file) => ({
  file: relative(repoRoot, file),
  source: readFileSync(file, "utf8"),
}));
/**
 * Rule blocks are read from the validators' tests, and from the push tests for the §15 rules
 * marked "E (at deploy)" (RM-IMG-4, RM-LIM-1, RM-LIM-2, RM-SHOW-2): those are kept by the rich
 * menu deploy planner (packages/simulator/src/push/rich-menu-plan.ts), not by a validator.
 */
const blocks = sources
  .filter(({ file }) =>
    [join("test", "validators"), join("test", "simulator", "push")].some((dir) =>
      file.startsWith(dir),
    ),
  )
  .flatMap(({ source }) => ruleBlocks(source));

/**
 * Every E or W rule of RULES.md has a test that passes and one that fails (or warns), named with
 * its ID. Rule IDs are read from RULES.md itself (readRules, rules-md.ts), so a rule added there
 * fails this test until it has tests.
 */
describe("rule coverage: every E/W rule in RULES.md has tests named with its ID", () => {
  it("reads the rules (sanity: known E and W rules are in, I rules and ERR rows are out)", () => {
    // §15 names its column "Severity" and marks the deploy-time rules "E (at deploy)".
    expect(rules.get("RM-5")).toBe("W");
    expect(rules.get("RM-IMG-4")).toBe("E");
    expect(rules.size).toBeGreaterThan(50);
    for (const id of [
      "PUSH-2",
      "MSG-2",
      "ACT-PB",
      "FLEX-VID-4",
      "FLEX-BASE-2",
      "TPL-CAR-SAME",
      "QR-6",
      "RM-1",
      "RM-9",
      "RM-SHOW-2",
    ]) {
      expect(rules.has(id), id).toBe(true);
    }
    for (const id of [
      "PUSH-7",
      "PUSH-13",
      "FLEX-BUB-3",
      "FLEX-CAR-4",
      "FLEX-2",
      "IMG-9",
      "ERR-1",
      "RM-6",
      "RM-10",
      "RM-LIM-3",
      "RM-SHOW-1",
      "RM-SWITCH-1",
    ]) {
      expect(rules.has(id), id).toBe(false);
    }
  });

  for (const [rule, severity] of rules) {
    it(`${rule} (${severity})`, () => {
      if (HTTP_LAYER.has(rule)) {
        const named = sources.filter(({ source }) =>
          testNames(source).some((name) => namesRule(name, rule)),
        );
        expect(
          named.map(({ file }) => file),
          `${rule}: no test under test/ names it`,
        ).not.toEqual([]);
        return;
      }
      const tests = blocks.filter((block) => block.rule === rule).flatMap((block) => block.tests);
      expect(
        tests.some((name) => name.startsWith("passes")),
        `${rule}: no it("passes…") in a describeRule("${rule}", …) block`,
      ).toBe(true);
      expect(
        tests.some((name) => name.startsWith("fails") || name.startsWith("warns")),
        `${rule}: no it("fails…") / it("warns…") in a describeRule("${rule}", …) block`,
      ).toBe(true);
    });
  }
});
