import type { FlexBox, FlexComponent } from "@flexkit/validators";
import { BOX_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { ROOT, sitsIn } from "../../placement.js";

export type BoxProps = Omit<FlexBox, "type" | "contents"> & { children?: FlexNode };

/** The LINE box for these props and already-rendered children (an empty array is allowed). */
export function buildBox(props: Omit<BoxProps, "children">, contents: FlexComponent[]): FlexBox {
  const box = lineObject<Record<string, unknown>>("box", props);
  box.contents = contents;
  return box as unknown as FlexBox;
}

/** Where a box may sit (RULES.md §5.4): blocks, hero, non-baseline boxes, video altContent. */
export const boxPlacement = sitsIn(ROOT | BOX_SITS_IN, (parent) =>
  // The only box it may not sit in is a baseline one.
  parent!.name === "Box"
    ? `<Box> can't sit in a baseline <Box>; a baseline box holds only <Text>, <Icon> and <Filler>`
    : `<Box> can't sit in ${parent!.describe}`,
);

/** One parent description per layout, shared by every box (render() runs this once per box). */
const PARENTS: Partial<Record<string, Parent>> = Object.fromEntries(
  ["horizontal", "vertical", "baseline"].map((layout) => [
    layout,
    { name: "Box", describe: `a ${layout} <Box>`, layout },
  ]),
);

export const Box: Builtin<BoxProps, FlexBox> = defineBuiltin<BoxProps, FlexBox>({
  name: "Box",
  placement: boxPlacement,
  render(props, api) {
    const parent = PARENTS[props.layout] ?? {
      name: "Box",
      describe: `a ${props.layout} <Box>`,
      layout: props.layout,
    };
    const contents = api.list(props.children, parent, "contents") as FlexComponent[];
    return buildBox(props, contents);
  },
});
