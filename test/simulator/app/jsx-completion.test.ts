import { describe, expect, it } from "vitest";
import {
  COMPONENT_NAMES,
  jsxCompletions,
} from "../../../packages/simulator/src/app/workbench/jsx-completion.js";

/** The completions where `|` stands in `text` (the bar itself is taken out). */
function at(text: string) {
  return jsxCompletions(text.replace("|", ""), text.indexOf("|"));
}

const labels = (text: string) => at(text)?.options.map((option) => option.label) ?? [];

describe("JSX completion from flex-jsx's components and the validators' schemas", () => {
  it("lists flex-jsx's components after <", () => {
    expect(COMPONENT_NAMES).toEqual(
      expect.arrayContaining(["Box", "Bubble", "Body", "FlexMessage", "Text", "Span", "Icon"]),
    );
    const result = at("<Bubble><Body>\n  <Te|");
    expect(result?.options.map((option) => option.label)).toEqual(COMPONENT_NAMES);
    expect(result?.from).toBe("<Bubble><Body>\n  <".length);
  });

  it("offers a component's props, less those written and what JSX writes as children", () => {
    const names = labels('<Text size="xl" w|');
    expect(names).toEqual(expect.arrayContaining(["wrap", "weight", "color", "maxLines"]));
    expect(names).not.toContain("size");
    expect(names).not.toContain("text");
    expect(names).not.toContain("type");
    expect(labels('<Box layout="vertical" |')).toEqual(
      expect.arrayContaining(["spacing", "paddingAll", "backgroundColor"]),
    );
    expect(labels("<Box |")).not.toContain("contents");
  });

  it("puts the cursor between the quotes of a prop with a value, and writes a boolean bare", () => {
    const options = at("<Text |")!.options;
    expect(options.find((option) => option.label === "size")).toMatchObject({
      apply: 'size=""',
      back: 1,
    });
    expect(options.find((option) => option.label === "wrap")).toMatchObject({ apply: "wrap" });
  });

  it("offers a prop's keyword values inside its quotes", () => {
    const result = at('<Box layout="vertical" spacing="m|"');
    expect(result?.options.map((option) => option.label)).toEqual([
      "none",
      "xs",
      "sm",
      "md",
      "lg",
      "xl",
      "xxl",
    ]);
    expect(labels('<Box layout="|')).toEqual(["horizontal", "vertical", "baseline"]);
  });

  it("offers nothing in text between tags or in code", () => {
    expect(at("<Text>Hello |</Text>")).toBeUndefined();
    expect(at("const x = 1 + |")).toBeUndefined();
  });
});
