import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ActionSchema,
  FlexContainerSchema,
  MessageSchema,
  type PathStep,
  PushRequestSchema,
  RichMenuSchema,
  TemplateSchema,
} from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  compiledAccepts,
  compiledIssues,
  uncompiledKinds,
} from "../../packages/validators/src/compile.js";
import { errorMap, toIssues } from "../../packages/validators/src/rules.js";
import { flexMessage, realWorldFlex, vbox } from "../helpers.js";
import { action, flexContainer, message, richMenu } from "./arbitraries.js";

/**
 * The compiled fast path (src/compile.ts) answers for zod: it must accept exactly what zod
 * accepts, and where it does not, report exactly zod's issues in zod's order.
 */
function zodIssues(schema: z.ZodType, value: unknown, prefix: ReadonlyArray<PathStep>) {
  const result = schema.safeParse(value, { error: errorMap });
  return {
    ok: result.success,
    issues: result.success ? [] : toIssues(result.error.issues, prefix),
  };
}

function agrees(schema: z.ZodType, value: unknown, prefix: ReadonlyArray<PathStep> = []) {
  const expected = zodIssues(schema, value, prefix);
  expect(compiledAccepts(schema, value), JSON.stringify(value)).toBe(expected.ok);
  expect(compiledIssues(schema, value, prefix)).toEqual(expected.issues);
}

describe("compiled schemas agree with zod", () => {
  it("on generated and mutated messages", () => {
    fc.assert(
      fc.property(message, (value) => agrees(MessageSchema, value, ["messages", 0])),
      { numRuns: 2000, seed: 41 },
    );
  });

  it("on generated and mutated containers and actions", () => {
    fc.assert(
      fc.property(flexContainer, (value) => agrees(FlexContainerSchema, value)),
      { numRuns: 600, seed: 42 },
    );
    fc.assert(
      fc.property(action, (value) => agrees(ActionSchema, value)),
      { numRuns: 600, seed: 43 },
    );
  });

  it("on generated and mutated rich menus", () => {
    fc.assert(
      fc.property(richMenu, (value) => agrees(RichMenuSchema, value)),
      { numRuns: 400, seed: 46 },
    );
  });

  it("on push bodies and arbitrary JSON", () => {
    const body = fc.record(
      {
        to: fc.oneof(fc.constant(`U${"a".repeat(32)}`), fc.jsonValue()),
        messages: fc.array(message, { maxLength: 3 }),
        notificationDisabled: fc.jsonValue(),
        customAggregationUnits: fc.array(fc.constantFrom("unit_1", "bad unit", "")),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(body, (value) => agrees(PushRequestSchema, value)),
      {
        numRuns: 300,
        seed: 44,
      },
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        agrees(MessageSchema, value);
        agrees(FlexContainerSchema, value);
        agrees(TemplateSchema, value);
        agrees(RichMenuSchema, value);
      }),
      { numRuns: 400, seed: 45 },
    );
  });

  it("on the real-world fixtures", () => {
    for (const dir of readdirSync(realWorldFlex)) {
      for (const file of readdirSync(join(realWorldFlex, dir))) {
        const contents: unknown = JSON.parse(readFileSync(join(realWorldFlex, dir, file), "utf8"));
        agrees(MessageSchema, { type: "flex", altText: file, contents });
      }
    }
  });

  it("on several faults at several depths (order as zod reports it)", () => {
    const bad = {
      ...flexMessage(
        vbox(
          { type: "text", text: "a", size: "huge", color: "red", extra: 1 },
          { type: "spacer" },
          vbox({ type: "image", url: "http://x", aspectRatio: "1:x" }, { type: "icon" }),
          { type: "button", action: { type: "uri", label: "", uri: "https://例.jp" } },
        ),
        { size: "tiny", hero: { type: "video" }, unknown: true },
      ),
      altText: "",
    };
    agrees(MessageSchema, bad);
    agrees(MessageSchema, { ...bad, type: "flux" });
    agrees(MessageSchema, { ...flexMessage(vbox()), contents: { type: "carousel", contents: [] } });
    agrees(MessageSchema, {
      type: "textV2",
      text: "{a}",
      substitution: { a: { type: "mention", mentionee: { type: "all" } }, b: { type: "x" } },
    });
    // Inherited and hidden properties: zod reads `input[key]` and reports what `for…in` yields.
    const inherited = Object.create({ extra: 1 }) as Record<string, unknown>;
    Object.assign(inherited, { type: "text", text: "hi" });
    agrees(MessageSchema, inherited);
    const hidden = Object.defineProperty({ type: "text" }, "text", { value: "hi" });
    agrees(MessageSchema, hidden);
    agrees(
      MessageSchema,
      Object.defineProperty({ type: "text", text: "hi" }, "quoteToken", { value: 5 }),
    );
    agrees(MessageSchema, Object.assign(Object.create(null), { type: "text", text: "hi", x: 1 }));
    agrees(
      MessageSchema,
      new (class {
        type = "text";
        text = "hi";
      })(),
    );
    agrees(MessageSchema, { type: "text", text: "🍎".repeat(3000), quoteToken: "" });
    // Numbers at their bounds.
    for (const flex of [-1, 0, 0.5, 2 ** 31 - 1, 2 ** 31, Number.NaN, Number.POSITIVE_INFINITY]) {
      agrees(MessageSchema, flexMessage(vbox({ type: "text", text: "a", flex, maxLines: flex })));
      agrees(MessageSchema, { type: "audio", originalContentUrl: "https://a/b", duration: flex });
    }
  });

  it("leaves no kind of schema to zod alone", () => {
    for (const schema of [MessageSchema, FlexContainerSchema, PushRequestSchema, RichMenuSchema]) {
      compiledAccepts(schema, undefined);
    }
    expect([...uncompiledKinds()]).toEqual([]);
  });
});
