import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { FlexNode } from "@flexkit/flex-jsx";
import { validateMessage, validateMessages } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { renderDefault } from "./compile.js";

/**
 * Golden pairs: each `x.flex.tsx` renders to exactly `x.json` (no invented defaults). A default
 * export that is an array of messages renders one message per element, as `flexkit build` does.
 */
const dir = join(import.meta.dirname, "golden");
const pairs = readdirSync(dir).filter((file) => file.endsWith(".flex.tsx"));

describe("golden JSX → JSON", () => {
  it("has golden pairs to check", () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  for (const file of pairs) {
    it(basename(file, ".flex.tsx"), async () => {
      const module = (await import(join(dir, file))) as { default: FlexNode };
      const expected: unknown = JSON.parse(
        readFileSync(join(dir, file.replace(/\.flex\.tsx$/, ".json")), "utf8"),
      );
      const message = renderDefault(module.default);
      expect(message).toStrictEqual(expected);
      const result = Array.isArray(message) ? validateMessages(message) : validateMessage(message);
      // Warnings (old-client notes, deprecated filler) may remain; errors may not.
      expect(result.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(result.ok).toBe(true);
    });
  }
});
