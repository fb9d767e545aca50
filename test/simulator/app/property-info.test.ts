import { FlexTextSchema } from "@flexkit/validators";
import { describeProperty } from "@flexkit/validators/property-docs";
import { describe, expect, it } from "vitest";
import { jsonCompletions } from "../../../packages/simulator/src/app/workbench/json-completion.js";
import {
  describeForCompletion,
  propertyDocAtOffset,
} from "../../../packages/simulator/src/app/workbench/property-info.js";

/** The JSON editor's words for a property (issue 21): completion info and hover. */
const TEXT_SIZE = describeProperty(FlexTextSchema, "size")!;

const MESSAGE = JSON.stringify(
  {
    type: "flex",
    altText: "Hi",
    contents: {
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        contents: [{ type: "text", text: "Hi", size: "xl" }],
      },
    },
  },
  null,
  2,
);

describe("hovering a property name", () => {
  it("gives the doc of the property there, by the component it is in", () => {
    const at = MESSAGE.indexOf('"size"') + 2;
    const found = propertyDocAtOffset(MESSAGE, at);
    expect(found?.doc).toEqual(TEXT_SIZE);
    expect(MESSAGE.slice(found!.from, found!.to)).toBe('"size"');
  });

  it("reads JSON still being typed", () => {
    const typing =
      '{"type":"flex","contents":{"type":"bubble","body":{"type":"box","contents":[{"type":"text","size":';
    expect(propertyDocAtOffset(typing, typing.lastIndexOf("size"))?.doc).toEqual(TEXT_SIZE);
  });

  it("gives nothing over a value or an unknown property", () => {
    expect(propertyDocAtOffset(MESSAGE, MESSAGE.indexOf('"xl"') + 1)).toBeUndefined();
    expect(
      propertyDocAtOffset('{"type":"text","nope":1}', 3 + '{"type":"text",'.length),
    ).toBeUndefined();
  });
});

describe("completions", () => {
  it("carry the property's description, default and link as info", () => {
    const text =
      '{"type":"flex","altText":"a","contents":{"type":"bubble","body":{"type":"box","layout":"vertical","contents":[{"type":"text","text":"Hi","si';
    const found = jsonCompletions(text, text.length, { describe: describeForCompletion });
    const size = found?.options.find((option) => option.label === "size");
    expect(size?.info).toContain(TEXT_SIZE.description);
    expect(size?.info).toContain(`Default: ${TEXT_SIZE.default}`);
    expect(size?.info).toContain(TEXT_SIZE.see);
  });
});
