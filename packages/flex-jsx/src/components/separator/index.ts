import type { FlexSeparator } from "@flexkit/validators";
import { SEPARATOR_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { inFlowBox, ROOT, sitsIn } from "../../placement.js";

export type SeparatorProps = Omit<FlexSeparator, "type"> & { children?: never };

export function buildSeparator(props: Omit<SeparatorProps, "children">): FlexSeparator {
  return lineObject<FlexSeparator>("separator", props);
}

export const Separator: Builtin<SeparatorProps, FlexSeparator> = defineBuiltin<
  SeparatorProps,
  FlexSeparator
>({
  name: "Separator",
  placement: sitsIn(ROOT | SEPARATOR_SITS_IN, inFlowBox("Separator")),
  render: buildSeparator,
});
