import { isUtf8 } from "node:buffer";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { invalidUtf8Offset } from "../../../packages/simulator/src/cli/read-input.js";

/**
 * The CLI names the byte offset of the first byte that is not UTF-8 (read-input.ts): its scanner
 * must agree with Node's own check on any bytes, and stop at the first bad one.
 */
describe("invalidUtf8Offset", () => {
  it("finds no offset exactly when Node's isUtf8 accepts, and the first bad byte otherwise", () => {
    // Mostly text, with a few bytes of every kind in it: overlongs, surrogates, cut sequences.
    const bytes = fc
      .array(
        fc.oneof(
          fc.string({ unit: "binary", maxLength: 4 }).map((text) => [...Buffer.from(text)]),
          fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
        ),
        { maxLength: 12 },
      )
      .map((parts) => Uint8Array.from(parts.flat()));
    fc.assert(
      fc.property(bytes, (input) => {
        const offset = invalidUtf8Offset(input);
        expect(offset === undefined).toBe(isUtf8(input));
        if (offset !== undefined) {
          expect(isUtf8(input.subarray(0, offset))).toBe(true);
          // Nothing that starts at the offset is UTF-8, however far it goes.
          for (let end = offset + 1; end <= Math.min(input.length, offset + 4); end++)
            expect(isUtf8(input.subarray(offset, end))).toBe(false);
        }
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
