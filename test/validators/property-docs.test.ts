import { readFileSync } from "node:fs";
import { describeProperty, propertyDocAt } from "@flexkit/validators/property-docs";
import { describe, expect, it } from "vitest";
import * as actions from "../../packages/validators/src/schemas/actions.js";
import { GENERATED_PATH, generatePropertyDocs } from "../../scripts/gen-property-docs.js";

/**
 * Property docs (issue 21): one JSDoc comment per property of the zod schemas in
 * packages/validators/src/schemas/*.ts, read into property-docs.generated.ts by
 * `npm run docs:gen` and served by `@flexkit/validators/property-docs`.
 */

describe("the generated table", () => {
  it("is what `npm run docs:gen` writes from the schemas now", () => {
    expect(readFileSync(GENERATED_PATH, "utf8")).toBe(generatePropertyDocs());
  }, 120_000);
});

describe("describeProperty and propertyDocAt", () => {
  const postbackText = describeProperty(actions.PostbackActionSchema, "text");

  it("read a property's comment", () => {
    expect(postbackText?.description).toMatch(/^Deprecated by LINE/);
    expect(describeProperty(actions.PostbackActionSchema, "toString")).toBeUndefined();
  });

  it("walk a message to the property at a path, choosing union members by type", () => {
    const action = { type: "postback", data: "d", text: "t" };
    const msg = {
      type: "template",
      altText: "a",
      template: { type: "buttons", text: "b", actions: [action] },
    };
    expect(propertyDocAt(msg, ["template", "actions", 0, "text"])).toBe(postbackText);
    const uri = { ...msg, template: { ...msg.template, actions: [{ type: "uri", text: "t" }] } };
    expect(propertyDocAt(uri, ["template", "actions", 0, "text"])).toBeUndefined();
  });
});
