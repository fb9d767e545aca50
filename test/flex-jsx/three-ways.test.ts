import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transformAsync } from "@babel/core";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";
import { compileWithBabel, compileWithTypeScript, renderDefault } from "./compile.js";

/**
 * The same message files compiled by Vite (this test runner's own transform, as bot code built
 * with Vite or esbuild is), by TypeScript's compiler and by @babel/core with
 * `@flexkit/flex-jsx/babel` give identical JSON.
 */
const dir = join(import.meta.dirname, "golden");
const files = readdirSync(dir).filter((file) => file.endsWith(".flex.tsx"));

describe("three ways in, one result", () => {
  it("has message files to compile", () => {
    expect(files.length).toBeGreaterThan(3);
  });

  for (const file of files) {
    it(file, async () => {
      const source = readFileSync(join(dir, file), "utf8");
      const viaVite = renderDefault(
        ((await import(join(dir, file))) as { default: unknown }).default,
      );
      const viaTypeScript = renderDefault(compileWithTypeScript(source, file));
      const viaBabel = renderDefault(await compileWithBabel(source, file));
      const viaBabelDev = renderDefault(await compileWithBabel(source, file, true));
      expect(viaTypeScript).toStrictEqual(viaVite);
      expect(viaBabel).toStrictEqual(viaVite);
      expect(viaBabelDev).toStrictEqual(viaVite);
      expect(viaVite).toStrictEqual(
        JSON.parse(readFileSync(join(dir, file.replace(/\.flex\.tsx$/, ".json")), "utf8")),
      );
    });
  }

  it("Babel finds the preset by its package name and the dev runtime records sources", async () => {
    const result = await transformAsync('export default <Text size="sm">hi</Text>;', {
      filename: join(repoRoot, "card.flex.tsx"),
      cwd: repoRoot,
      babelrc: false,
      configFile: false,
      presets: [["@flexkit/flex-jsx/babel", { development: true }]],
    });
    expect(result?.code).toMatch(/from "@flexkit\/flex-jsx\/jsx-dev-runtime"/);
    expect(result?.code).toMatch(/fileName: _jsxFileName,\s*lineNumber: 1,\s*columnNumber: 16/);
    const production = await transformAsync("const x: number = 1; export default <Text />;", {
      filename: join(repoRoot, "card.flex.tsx"),
      cwd: repoRoot,
      babelrc: false,
      configFile: false,
      presets: ["@flexkit/flex-jsx/babel"],
    });
    expect(production?.code).toMatch(/from "@flexkit\/flex-jsx\/jsx-runtime"/);
    expect(production?.code).not.toMatch(/: number/);
  });
});
