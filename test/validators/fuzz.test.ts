import * as exported from "@flexkit/validators";
import {
  assertMessage,
  describeValue,
  detectShape,
  MessageValidationError,
  validateAny,
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
  validateRichMenu,
  validateRichMenuSet,
  valueAt,
} from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonErrorOffset } from "../../packages/simulator/src/shared/json-syntax.js";
import { flexContainer, hostile, message } from "./arbitraries.js";

const validators = {
  validateMessage,
  validateMessages,
  validatePushRequest,
  validateFlexContainer,
  validateRichMenu,
  validateRichMenuSet,
  validateAny,
};

/**
 * A result as the validators promise it, whatever they were given. Checked in plain code and
 * asserted once: a result may carry a hundred issues, and the fuzz tests check thousands.
 */
function wellFormed(result: exported.ValidationResult): void {
  const problems: string[] = [];
  if (typeof result.ok !== "boolean") problems.push(`ok is ${typeof result.ok}`);
  let errorsDone = false;
  for (const issue of result.issues) {
    const shown = JSON.stringify(issue);
    if (issue.severity !== "error" && issue.severity !== "warning") problems.push(shown);
    if (typeof issue.property !== "string" || typeof issue.message !== "string") {
      problems.push(shown);
    }
    // The place both ways: steps for code, and the same steps written out.
    if (!Array.isArray(issue.path) || exported.formatPath(issue.path) !== issue.property) {
      problems.push(`property is not its path written out: ${shown}`);
    }
    if (issue.message.length === 0 || !/^[A-Z]+(?:-[A-Z0-9]+)*$/.test(issue.rule)) {
      problems.push(shown);
    }
    // Errors first, warnings after, never mixed.
    if (issue.severity === "warning") errorsDone = true;
    else if (errorsDone) problems.push(`an error after a warning: ${shown}`);
  }
  // ok exactly when there is no error.
  if (result.ok !== !result.issues.some((issue) => issue.severity === "error")) {
    problems.push(`ok is ${result.ok} with these issues`);
  }
  expect(problems).toEqual([]);
}

/** Every validator returns a well-formed result, whatever it is given. */
function allWellFormed(value: unknown): void {
  for (const [name, validate] of Object.entries(validators)) {
    let result: exported.ValidationResult;
    try {
      result = validate(value);
    } catch (error) {
      throw new Error(`${name} threw`, { cause: error });
    }
    wellFormed(result);
  }
}

describe("fuzz: validators never throw", () => {
  it("on arbitrary JSON values", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), allWellFormed), { numRuns: 400, seed: 3 });
  });

  it("on arbitrary JS values (functions, symbols, getters that throw, cycles)", () => {
    const jsValues = fc.oneof(
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
    fc.assert(fc.property(jsValues, allWellFormed), { numRuns: 300, seed: 5 });
  });

  it("on generated and mutated messages and containers", () => {
    fc.assert(fc.property(message, allWellFormed), { numRuns: 150, seed: 9 });
    fc.assert(fc.property(flexContainer, allWellFormed), { numRuns: 50, seed: 10 });
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

/**
 * The hostile-value property, shared by `npm test` (a fixed seed, a few thousand inputs) and
 * `npm run fuzz:long` (scripts/fuzz-long.mjs: any seed, many more inputs), which set these.
 */
const LONG_SEED = process.env.FLEXKIT_FUZZ_SEED;
const LONG_RUNS = process.env.FLEXKIT_FUZZ_RUNS;
const HOSTILE_SEED = LONG_SEED === undefined ? 15 : Number(LONG_SEED);
const HOSTILE_RUNS = LONG_RUNS === undefined ? 2_000 : Number(LONG_RUNS);

/** Every exported function that takes a caller's value, and what it may do with it. */
const takesAnything: Record<string, (value: unknown) => void> = {
  ...Object.fromEntries(
    Object.entries(validators).map(([name, validate]) => [
      name,
      (value: unknown) => wellFormed(validate(value)),
    ]),
  ),
  assertMessage: (value) => {
    try {
      assertMessage(value);
    } catch (error) {
      // Its one way of saying no.
      if (!(error instanceof MessageValidationError)) throw error;
    }
  },
  describeValue: (value) => {
    expect(typeof describeValue(value)).toBe("string");
  },
  valueAt: (value) => {
    expect(typeof valueAt(value, "messages[0].contents").found).toBe("boolean");
    expect(typeof valueAt(value, [0, "type"]).found).toBe("boolean");
  },
  detectShape: (value) => {
    expect(typeof detectShape(value)).toBe("string");
  },
};

/** One throw: which function, the error, and what the input was made of. */
function describeThrow(name: string, error: unknown, label: string): string {
  let reason: string;
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    reason = "(an unprintable value)";
  }
  return `${name} threw ${reason.slice(0, 200)} on ${label}`;
}

describe("fuzz: no exported function throws on hostile values", () => {
  it("checks every exported function that takes a caller's value (the others take strings)", () => {
    const functions = Object.entries(exported)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name);
    // checkRichMenuImage takes bytes and answers a promise: its own tests (rich-menu-image)
    // give it what is not bytes.
    const typedOnly = [
      "checkRichMenuImage",
      "formatIssue",
      "formatPath",
      "isSectionRule",
      "issueLine",
      "lenGraphemes",
      "lenUtf16",
      "nearestSource",
      "parsePath",
      "utf8Length",
    ];
    expect(functions.sort()).toEqual(
      [...Object.keys(takesAnything), ...typedOnly, "MessageValidationError"].sort(),
    );
  });

  it(
    "throwing getters, proxies with throwing traps, revoked proxies, cycles, deep nesting, huge arrays",
    () => {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const throws: string[] = [];
      let inputs = 0;
      fc.assert(
        fc.property(hostile, ({ value, label }) => {
          inputs++;
          for (const [name, check] of Object.entries(takesAnything)) {
            try {
              check(value);
            } catch (error) {
              throws.push(describeThrow(name, error, label));
            }
          }
        }),
        { seed: HOSTILE_SEED, numRuns: HOSTILE_RUNS },
      );
      if (LONG_SEED !== undefined || LONG_RUNS !== undefined) {
        const wall = (performance.now() - started) / 1000;
        const { user, system } = process.cpuUsage(cpuStarted);
        const cpu = (user + system) / 1e6;
        console.log(
          `fuzz: seed ${HOSTILE_SEED}, ${inputs} inputs × ${Object.keys(takesAnything).length} functions, ${throws.length} throws, ${wall.toFixed(1)} s (${cpu.toFixed(1)} s of CPU)`,
        );
      }
      expect(throws.slice(0, 10), `${throws.length} throws (seed ${HOSTILE_SEED})`).toEqual([]);
    },
    // The long run takes as long as it is asked to. `npm test`'s run is a fixed amount of work
    // (2–3 s of CPU), which a busy 2-core machine can stretch past Vitest's 30 s default (seen at
    // a load of 18): the limit is there to catch a hang, not to time it.
    LONG_RUNS === undefined ? 180_000 : 24 * 60 * 60 * 1000,
  );
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
