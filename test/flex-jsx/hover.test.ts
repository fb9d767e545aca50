import { join } from "node:path";
import { FlexButtonSchema, FlexImageSchema, FlexTextSchema } from "@flexkit/validators";
import { describeProperty } from "@flexkit/validators/property-docs";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";
import { languageService, oneLine } from "../language-service.js";

/**
 * Issue 21: a bot author hovering a prop in an editor reads what it does. The JSDoc on the zod
 * shape's property survives zod's inference, Exact/InferMessage and the JSX props' Omit; asked
 * the way VS Code asks (TypeScript's language service, with the tests' tsconfig), the hover holds
 * the property's description and its @default.
 */
const bot = join(import.meta.dirname, "hover", "bot.flex.tsx");
const tsconfig = join(repoRoot, "test", "tsconfig.json");
const service = languageService(ts, tsconfig, [bot]);
afterAll(() => service.dispose());

describe("hovering a prop in a .flex.tsx file shows its description", () => {
  const cases = [
    { needle: 'size="xl"', schema: FlexTextSchema, key: "size", on: "<Text>" },
    { needle: "action={uri(", schema: FlexButtonSchema, key: "action", on: "<Button>" },
    { needle: 'aspectMode="cover"', schema: FlexImageSchema, key: "aspectMode", on: "<Image>" },
  ] as const;

  for (const { needle, schema, key, on } of cases) {
    it(`${key} on ${on}`, () => {
      const doc = describeProperty(schema, key);
      expect(doc?.description).toBeDefined();
      const hover = service.hover(bot, needle);
      expect(hover?.display).toMatch(new RegExp(`\\b${key}\\??:`));
      expect(oneLine(hover?.documentation ?? "")).toBe(oneLine(doc!.description));
      expect(hover?.tags.see).toBe(doc!.see);
      if (doc!.default !== undefined) expect(hover?.tags.default).toBe(doc!.default);
    }, 60_000);
  }
});
