import type { FlexButton } from "@flexkit/validators";
import { BUTTON_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { inFlowBox, ROOT, sitsIn } from "../../placement.js";

/** `action` is required: a button without one would do nothing (REF#button). */
export type ButtonProps = Omit<FlexButton, "type"> & { children?: never };

export function buildButton(props: Omit<ButtonProps, "children">): FlexButton {
  return lineObject<FlexButton>("button", props);
}

export const Button: Builtin<ButtonProps, FlexButton> = defineBuiltin<ButtonProps, FlexButton>({
  name: "Button",
  placement: sitsIn(ROOT | BUTTON_SITS_IN, inFlowBox("Button")),
  render: buildButton,
});
