import {
  validateFlexContainer,
  validateMessage,
  validatePushRequest,
  validateRichMenu,
} from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flexContainer, message, richMenu } from "./arbitraries.js";
import { compileOpenApi } from "./openapi.js";

/**
 * Whatever LINE's OpenAPI schema rejects, the validators reject too: they are stricter, never
 * looser. (The converse does not hold: OAS lacks most limits, RULES.md §12.1.)
 *
 * The RULES.md §12 places where OAS is stricter than LINE's reference, so that a message OAS
 * rejects may still be valid:
 * - none found by this test. §12.2 (OAS leaves `data` of postback optional…) and §12.4–6 (icon
 *   size %, hero type, box children) all make OAS *looser*, so they need no exception here.
 * The list stays in code so that an exception, if one is ever needed, is explicit:
 */
const EXCEPTIONS: ReadonlyArray<{ section: string; applies: (value: unknown) => boolean }> = [];

const oas = compileOpenApi();
const excepted = (value: unknown) => EXCEPTIONS.some((exception) => exception.applies(value));

/** Few enough to keep the suite fast, many enough to reach every message type deeply. */
const RUNS = 1500;

describe("differential: LINE's OpenAPI schema (ajv) against the validators", () => {
  it(`a message OAS rejects is rejected (${RUNS} generated and mutated messages)`, () => {
    let rejectedByOas = 0;
    fc.assert(
      fc.property(message, (value) => {
        if (oas.message(value) || excepted(value)) return;
        rejectedByOas++;
        expect(validateMessage(value).ok, JSON.stringify(oas.message.errors?.[0])).toBe(false);
      }),
      { numRuns: RUNS, seed: 20261122 },
    );
    // The generators must exercise the interesting side: a good share is invalid for OAS.
    expect(rejectedByOas).toBeGreaterThan(RUNS / 4);
  });

  it(`a bubble or carousel OAS rejects is rejected (${RUNS / 3} containers)`, () => {
    fc.assert(
      fc.property(flexContainer, (value) => {
        if (oas.flexContainer(value) || excepted(value)) return;
        expect(validateFlexContainer(value).ok).toBe(false);
      }),
      { numRuns: RUNS / 3, seed: 7 },
    );
  });

  it("a push body OAS rejects is rejected", () => {
    const body = fc.record(
      {
        to: fc.oneof(fc.constantFrom(`U${"a".repeat(32)}`), fc.jsonValue()),
        messages: fc.array(message, { maxLength: 6 }),
        notificationDisabled: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, (value) => {
        if (oas.pushRequest(value)) return;
        expect(validatePushRequest(value).ok).toBe(false);
      }),
      { numRuns: RUNS / 5, seed: 11 },
    );
  });

  it("a rich menu OAS rejects is rejected", () => {
    let rejectedByOas = 0;
    fc.assert(
      fc.property(richMenu, (value) => {
        if (oas.richMenuRequest(value)) return;
        rejectedByOas++;
        expect(validateRichMenu(value).ok, JSON.stringify(oas.richMenuRequest.errors?.[0])).toBe(
          false,
        );
      }),
      { numRuns: RUNS / 5, seed: 12 },
    );
    expect(rejectedByOas).toBeGreaterThan(RUNS / 5 / 4);
  });

  it("agrees that well-formed messages are valid (the reference is not vacuous)", () => {
    const good = {
      type: "text",
      text: "hi",
      quickReply: {
        items: [{ type: "action", action: { type: "message", label: "Yes", text: "yes" } }],
      },
    };
    expect(oas.message(good)).toBe(true);
    expect(validateMessage(good).ok).toBe(true);
    expect(oas.message({ type: "text" })).toBe(false);
  });
});
