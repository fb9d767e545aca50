import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue, validateMessage } from "@flexkit/validators";
import { expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

it("the README's validators example prints what it shows", () => {
  const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Validating messages"));
  const code = /```ts\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  const after = section.slice(section.indexOf(code) + code.length + "```".length);
  const shown = /```\n([\s\S]*?)```/.exec(after)?.[1] ?? "";
  const argument = /validateMessage\((\{[\s\S]*\})\);/.exec(code)?.[1];
  expect(argument).toBeDefined();
  // The example's argument is a plain object literal: evaluate it as such.
  const message: unknown = new Function(`return (${argument});`)();
  const result = validateMessage(message);
  expect([`ok === ${result.ok}`, ...result.issues.map(formatIssue)].join("\n")).toBe(shown.trim());
});
