import type { FlexIcon } from "@flexkit/validators";
import { ICON_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { ROOT, sitsIn } from "../../placement.js";

export type IconProps = Omit<FlexIcon, "type"> & { children?: never };

export function buildIcon(props: Omit<IconProps, "children">): FlexIcon {
  return lineObject<FlexIcon>("icon", props);
}

export const Icon: Builtin<IconProps, FlexIcon> = defineBuiltin<IconProps, FlexIcon>({
  name: "Icon",
  placement: sitsIn(
    ROOT | ICON_SITS_IN,
    (parent) => `<Icon> must be inside a <Box layout="baseline">; found in ${parent!.describe}`,
  ),
  render: buildIcon,
});
