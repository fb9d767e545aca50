import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { render } from "@flexkit/flex-jsx";
import { validateMessage } from "@flexkit/validators";
import { describe, expect, it } from "vitest";

/** Golden pairs: each `x.flex.tsx` renders to exactly `x.json` (no invented defaults). */
const dir = join(import.meta.dirname, "golden");
const pairs = readdirSync(dir).filter((file) => file.endsWith(".flex.tsx"));

describe("golden JSX → JSON", () => {
  it("has golden pairs to check", () => {
    expect(pairs.length).toBeGreaterThan(0);
  });

  for (const file of pairs) {
    it(basename(file, ".flex.tsx"), async () => {
      const module = (await import(join(dir, file))) as { default: Parameters<typeof render>[0] };
      const expected: unknown = JSON.parse(
        readFileSync(join(dir, file.replace(/\.flex\.tsx$/, ".json")), "utf8"),
      );
      const { message } = render(module.default);
      expect(message).toStrictEqual(expected);
      expect(validateMessage(message)).toEqual({ ok: true, issues: [] });
    });
  }
});
