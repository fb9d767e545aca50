import type { FlexSeparator } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { inFlowBox } from "../../placement.js";

export type SeparatorProps = Omit<FlexSeparator, "type"> & { children?: never };

export function buildSeparator(props: Omit<SeparatorProps, "children">): FlexSeparator {
  return copyProps({ type: "separator" }, props) as FlexSeparator;
}

export const Separator = defineBuiltin<SeparatorProps>({
  name: "Separator",
  placement: inFlowBox("Separator"),
  render: buildSeparator,
});
