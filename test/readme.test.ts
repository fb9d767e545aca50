import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { MESSAGE_FILE } from "@flexkit/flex-jsx/message-file";
import { expect, it } from "vitest";
import { repoRoot } from "./helpers.js";
import { flexkit } from "./simulator/support/run-cli.js";

const readme = readFileSync(join(repoRoot, "README.md"), "utf8");

it("the README opens with the two commands", () => {
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  expect(firstBlock).toMatch(/^npm install && npm start\b/m);
  expect(firstBlock).toMatch(/^npm test\b/m);
});

it("the README's JSX example builds to the JSON it shows", async () => {
  const tsx = /```tsx\n([\s\S]*?)```/.exec(readme)?.[1];
  const json = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(tsx).toBeDefined();
  expect(json).toBeDefined();
  const file = join(mkdtempSync(join(tmpdir(), "flexkit-readme-")), "order.flex.tsx");
  writeFileSync(file, tsx!);
  const { code, stdout } = await flexkit(["build", file]);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toStrictEqual(JSON.parse(json!));
});

it("the README states the one message-file pattern where it documents the CLI and dev", () => {
  // The pattern the tools use is the one the README states.
  expect(MESSAGE_FILE.source).toBe("\\.flex\\.[jt]sx$");
  for (const heading of ["## The command line", "## Live preview of your message files"]) {
    const start = readme.indexOf(heading);
    expect(start, heading).toBeGreaterThan(-1);
    const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
    expect(section, heading).toContain("`*.flex.tsx`");
    expect(section, heading).toContain("`*.flex.jsx`");
  }
});
