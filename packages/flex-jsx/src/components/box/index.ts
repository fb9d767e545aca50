import type { FlexBox, FlexComponent } from "@flexkit/validators";
import { defineBuiltin, ownProps, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { childIndex } from "../../path.js";

export type BoxProps = Omit<FlexBox, "type" | "contents"> & { children?: FlexNode };

/** The LINE box for these props and already-rendered children (an empty array is allowed). */
export function buildBox(props: Omit<BoxProps, "children">, contents: FlexComponent[]): FlexBox {
  return { type: "box", ...ownProps(props), contents } as FlexBox;
}

/** Where a box may sit (RULES.md §5.4): blocks, hero, non-baseline boxes, video altContent. */
export function boxPlacement(parent: Parent | undefined): string | undefined {
  if (parent === undefined) return undefined;
  if (parent.name === "Box" && parent.layout === "baseline") {
    return `<Box> can't sit in a baseline <Box>; a baseline box holds only <Text>, <Icon> and <Filler>`;
  }
  if (["Box", "Header", "Hero", "Body", "Footer", "Video"].includes(parent.name)) return undefined;
  return `<Box> can't sit in ${parent.describe}`;
}

export const Box = defineBuiltin<BoxProps>({
  name: "Box",
  placement: boxPlacement,
  render(props, api) {
    const parent: Parent = {
      name: "Box",
      describe: `a ${props.layout} <Box>`,
      layout: props.layout,
    };
    const contents = api.children(props.children, parent, (i) =>
      childIndex(api.path, "contents", i),
    );
    return buildBox(
      props,
      contents.map((child) => child.json as FlexComponent),
    );
  },
});
