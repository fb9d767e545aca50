import type { FlexIcon } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { BASELINE_BOX, ROOT, sitsIn } from "../../placement.js";

export type IconProps = Omit<FlexIcon, "type"> & { children?: never };

export function buildIcon(props: Omit<IconProps, "children">): FlexIcon {
  return lineObject<FlexIcon>("icon", props);
}

export const Icon = defineBuiltin<IconProps, FlexIcon>({
  name: "Icon",
  // Icons draw only beside text on a shared baseline (RULES.md §5.4, REF#icon).
  placement: sitsIn(
    ROOT | BASELINE_BOX,
    (parent) => `<Icon> must be inside a <Box layout="baseline">; found in ${parent!.describe}`,
  ),
  render: buildIcon,
});
