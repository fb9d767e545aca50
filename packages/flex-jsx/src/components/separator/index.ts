import type { FlexSeparator } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { inFlowBox } from "../../placement.js";

export type SeparatorProps = Omit<FlexSeparator, "type"> & { children?: never };

export function buildSeparator(props: Omit<SeparatorProps, "children">): FlexSeparator {
  return lineObject<FlexSeparator>("separator", props);
}

export const Separator = defineBuiltin<SeparatorProps, FlexSeparator>({
  name: "Separator",
  placement: inFlowBox("Separator"),
  render: buildSeparator,
});
