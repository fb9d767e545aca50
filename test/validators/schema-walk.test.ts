import {
  ActionSchema,
  detectShape,
  FlexBoxSchema,
  FlexBubbleSchema,
  FlexContainerSchema,
  FlexTextSchema,
  MessageSchema,
  PushRequestSchema,
  QuickReplyItemSchema,
  RichMenuSchema,
  TextMessageSchema,
  UriActionSchema,
} from "@flexkit/validators";
import { describeProperty, propertyDocAt } from "@flexkit/validators/property-docs";
import {
  childSchema,
  memberFor,
  objectSchemaAt,
  originOf,
  pathInPayload,
  rootSchema,
  type SchemaLike,
  schemaAt,
  unwrap,
} from "@flexkit/validators/schema-walk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { flexMessage, vbox } from "../helpers.js";
import { hostile } from "./arbitraries.js";

/**
 * The one walk of the validators' schemas along a path of a payload (property docs, the
 * inspector and the JSON completion read the schemas through it).
 */

const text = { type: "text", text: "Hi" };
const uri = { type: "uri", label: "Open", uri: "https://example.com" };
const message = flexMessage(vbox(text, { type: "button", action: uri }));
const shapeOf = (schema: SchemaLike | undefined) =>
  Object.keys((schema?._zod.def as { shape?: object } | undefined)?.shape ?? {});

describe("rootSchema: the schema of each shape validateAny tells apart", () => {
  const payloads: Record<string, unknown> = {
    message,
    messages: [message],
    container: message.contents,
    request: { to: "U0", messages: [message] },
    "validate-request": { messages: [message] },
    "rich-menu": { size: { width: 2500, height: 843 }, selected: false, areas: [] },
    "rich-menu-set": { richMenus: { main: {} }, messages: [message] },
  };

  it("covers every shape", () => {
    expect(Object.keys(payloads).map((shape) => detectShape(payloads[shape]))).toEqual(
      Object.keys(payloads),
    );
  });

  it("reads the object at the root and the messages inside each", () => {
    expect(rootSchema(payloads.message)).toBe(MessageSchema);
    expect(rootSchema(payloads.container)).toBe(FlexContainerSchema);
    expect(rootSchema(payloads["rich-menu"])).toBe(RichMenuSchema);
    expect(objectSchemaAt(payloads.messages, [0])).toBe(objectSchemaAt(message, []));
    // A push body's messages are checked as messages, though its schema says unknown[].
    expect(shapeOf(rootSchema(payloads.request))).toEqual(shapeOf(PushRequestSchema));
    expect(originOf(rootSchema(payloads.request))).toBe(PushRequestSchema);
    for (const shape of ["request", "validate-request", "rich-menu-set"]) {
      expect(schemaAt(payloads[shape], ["messages", 0])?.union).toBe(MessageSchema);
    }
    expect(objectSchemaAt(payloads["rich-menu-set"], ["richMenus", "main"])).toBe(RichMenuSchema);
  });

  it("keeps the docs of a push body's own properties, though its root is made here", () => {
    const to = describeProperty(PushRequestSchema, "to");
    expect(to).toBeDefined();
    expect(propertyDocAt(payloads.request, ["to"])).toBe(to);
  });
});

describe("memberFor and schemaAt: union members by their type", () => {
  it("chooses the member whose `type` the value has, as the validators do", () => {
    expect(memberFor(ActionSchema, uri)).toBe(UriActionSchema);
    expect(memberFor(ActionSchema, { type: "nope" })).toBeUndefined();
    expect(memberFor(ActionSchema, "uri")).toBeUndefined();
    expect(schemaAt(message, ["contents"])).toEqual({
      schema: FlexBubbleSchema,
      union: unwrap(FlexContainerSchema).schema,
    });
  });

  it("walks through arrays, optional properties and lazy children", () => {
    const body = ["contents", "body"];
    expect(objectSchemaAt(message, body)).toBe(FlexBoxSchema);
    // contents is an array of z.lazy(components); action is optional.
    expect(objectSchemaAt(message, [...body, "contents", 0])).toBe(FlexTextSchema);
    expect(objectSchemaAt(message, [...body, "contents", 1, "action"])).toBe(UriActionSchema);
    const quick = { ...text, quickReply: { items: [{ type: "action", action: uri }] } };
    expect(objectSchemaAt(quick, [])).toBe(TextMessageSchema);
    expect(objectSchemaAt(quick, ["quickReply", "items", 0])).toBe(QuickReplyItemSchema);
    expect(childSchema(FlexBoxSchema, "contents")).toBe(FlexBoxSchema.shape.contents);
    expect(unwrap(z.lazy(() => z.string().optional()))).toMatchObject({ optional: true });
  });

  it("gives undefined where the schemas know no such place", () => {
    const body = ["contents", "body", "contents"];
    expect(schemaAt(message, ["nope"])).toBeUndefined();
    expect(schemaAt(message, [...body, 9])).toBeUndefined();
    expect(schemaAt(message, [...body, "0"])).toBeUndefined();
    expect(schemaAt(message, ["altText", "length"])).toBeUndefined();
    expect(schemaAt(message, ["constructor"])).toBeUndefined();
    expect(objectSchemaAt(message, ["altText"])).toBeUndefined();
    expect(childSchema(FlexBoxSchema, "__proto__")).toBeUndefined();
  });
});

describe("pathInPayload: an issue's path in the payload", () => {
  it("counts a root list's messages from [0] and leaves a body's as they are", () => {
    expect(pathInPayload([message], ["messages", 0, "text"])).toEqual([0, "text"]);
    expect(pathInPayload([message], ["messages"])).toEqual(["messages"]);
    expect(pathInPayload({ messages: [] }, ["messages", 0])).toEqual(["messages", 0]);
  });
});

describe("never throws", () => {
  it("on hostile payloads and paths", () => {
    const throws: string[] = [];
    fc.assert(
      fc.property(
        hostile,
        fc.array(fc.oneof(fc.string(), fc.nat(5), fc.constantFrom("contents", "body", 0)), {
          maxLength: 6,
        }),
        ({ value, label }, path) => {
          try {
            rootSchema(value);
            schemaAt(value, path);
            objectSchemaAt(value, path);
            pathInPayload(value, path);
          } catch (error) {
            throws.push(`${String(error).slice(0, 200)} on ${label} at ${JSON.stringify(path)}`);
          }
        },
      ),
      { numRuns: 300, seed: 4 },
    );
    expect(throws.slice(0, 5)).toEqual([]);
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(schemaAt(throwing, ["contents"])).toBeUndefined();
  });
});
