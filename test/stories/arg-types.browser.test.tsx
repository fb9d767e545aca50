import {
  FlexBoxSchema,
  FlexBubbleSchema,
  FlexButtonSchema,
  FlexCarouselSchema,
  FlexFillerSchema,
  FlexIconSchema,
  FlexImageSchema,
  FlexSeparatorSchema,
  FlexSpanSchema,
  FlexTextSchema,
  FlexVideoSchema,
} from "@flexkit/validators";
import { describeProperty } from "@flexkit/validators/property-docs";
import type { Meta } from "@storybook/react-vite";
import { describe, expect, it } from "vitest";

/**
 * Storybook's Controls show a description for every prop of every Flex component story (issue
 * 21): each story's argTypes list every property of the component's schema, each with the
 * schema's description (never a copy of it) and LINE's default where there is one.
 */
const metas = import.meta.glob<{ default: Meta }>("../../stories/flex/*.stories.tsx", {
  eager: true,
});

const SCHEMAS = {
  "Flex/Box": FlexBoxSchema,
  "Flex/Bubble": FlexBubbleSchema,
  "Flex/Button": FlexButtonSchema,
  "Flex/Carousel": FlexCarouselSchema,
  "Flex/Filler": FlexFillerSchema,
  "Flex/Icon": FlexIconSchema,
  "Flex/Image": FlexImageSchema,
  "Flex/Separator": FlexSeparatorSchema,
  "Flex/Span": FlexSpanSchema,
  "Flex/Text": FlexTextSchema,
  "Flex/Video": FlexVideoSchema,
};

const byTitle = new Map(
  Object.values(metas).map((module) => [module.default.title, module.default]),
);

describe("the Controls of the Flex component stories", () => {
  it("cover every component story", () => {
    expect([...byTitle.keys()].sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  for (const [title, schema] of Object.entries(SCHEMAS)) {
    it(`describe every prop of ${title}`, () => {
      const argTypes = byTitle.get(title)?.argTypes ?? {};
      const keys = Object.keys(schema.shape);
      expect(keys.filter((key) => argTypes[key] === undefined)).toEqual([]);
      for (const key of keys) {
        const doc = describeProperty(schema, key);
        expect(doc, `${title} ${key}`).toBeDefined();
        expect(argTypes[key]?.description, `${title} ${key}`).toContain(doc?.description);
        if (doc?.see !== undefined) expect(argTypes[key]?.description).toContain(`](${doc.see})`);
        expect(argTypes[key]?.table?.defaultValue?.summary, `${title} ${key}`).toBe(doc?.default);
      }
    });
  }

  it("show the default size of Text", () => {
    const size = byTitle.get("Flex/Text")?.argTypes?.size;
    expect(size?.table?.defaultValue?.summary).toBe(
      describeProperty(FlexTextSchema, "size")?.default,
    );
    expect(size?.table?.defaultValue?.summary).toMatch(/md/);
  });
});
