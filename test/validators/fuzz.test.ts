import {
  assertMessage,
  MessageValidationError,
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
} from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonErrorOffset } from "../../packages/simulator/src/cli/validate-any.js";
import { flexContainer, message } from "./arbitraries.js";

const validators = {
  validateMessage,
  validateMessages,
  validatePushRequest,
  validateFlexContainer,
};

/** Every validator returns a well-formed result, whatever it is given. */
function wellFormed(value: unknown): void {
  for (const [name, validate] of Object.entries(validators)) {
    const result = validate(value);
    expect(typeof result.ok, name).toBe("boolean");
    for (const issue of result.issues) {
      expect(["error", "warning"]).toContain(issue.severity);
      expect(typeof issue.property).toBe("string");
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.rule).toMatch(/^[A-Z]+(?:-[A-Z0-9]+)*$/);
    }
    // Errors first, warnings after, never mixed; ok exactly when there is no error.
    const severities = result.issues.map((issue) => issue.severity);
    expect(severities).toEqual([...severities].sort());
    expect(result.ok).toBe(!severities.includes("error"));
  }
}

describe("fuzz: validators never throw", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), wellFormed), { numRuns: 400, seed: 3 });
  });

  it("on arbitrary JS values (functions, symbols, getters that throw, cycles)", () => {
    const hostile = fc.oneof(
      fc.anything({
        withBigInt: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withDate: true,
      }),
      fc.constant(
        Object.defineProperty({ type: "flex" }, "altText", {
          enumerable: true,
          get: () => {
            throw new Error("boom");
          },
        }),
      ),
      fc.constant(
        (() => {
          const cycle: Record<string, unknown> = { type: "flex", altText: "a" };
          cycle.contents = { type: "bubble", body: cycle };
          return cycle;
        })(),
      ),
      fc.constant({
        to: `U${"a".repeat(32)}`,
        messages: [{ type: "text", text: "hi", extra: 1n }],
      }),
      fc.constant(Symbol("x")),
      fc.constant(() => 1),
    );
    fc.assert(fc.property(hostile, wellFormed), { numRuns: 300, seed: 5 });
  });

  it("on generated and mutated messages and containers", () => {
    fc.assert(fc.property(message, wellFormed), { numRuns: 150, seed: 9 });
    fc.assert(fc.property(flexContainer, wellFormed), { numRuns: 50, seed: 10 });
  });

  it("assertMessage throws only its own error, carrying the issues", () => {
    fc.assert(
      fc.property(message, (value) => {
        try {
          assertMessage(value);
          expect(validateMessage(value).ok).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(MessageValidationError);
          expect((error as MessageValidationError).issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});

describe("fuzz: the CLI's JSON error offset agrees with JSON.parse", () => {
  const nearlyJson = fc.oneof(
    fc.jsonValue().map((value) => JSON.stringify(value, null, 1)),
    fc
      .tuple(
        fc.jsonValue().map((value) => JSON.stringify(value)),
        fc.nat(),
        fc.constantFrom("", "}", ",", '"', "x", "[", "\\"),
      )
      .map(([text, n, insert]) => {
        const at = text.length === 0 ? 0 : n % text.length;
        return text.slice(0, at) + insert + text.slice(at + (insert === "" ? 1 : 0));
      }),
  );
  it("finds an offset exactly when JSON.parse fails", () => {
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const offset = findJsonErrorOffset(text);
        expect(offset === undefined, text).toBe(valid);
        if (offset !== undefined) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 1000, seed: 13 },
    );
  });

  it("finds no place (not NaN) in broken text nested too deep to search", () => {
    expect(findJsonErrorOffset("[".repeat(200_000))).toBeUndefined();
  });
});
