import type { FlexButton } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { inFlowBox } from "../../placement.js";

/** `action` is required: a button without one would do nothing (REF#button). */
export type ButtonProps = Omit<FlexButton, "type"> & { children?: never };

export function buildButton(props: Omit<ButtonProps, "children">): FlexButton {
  return copyProps({ type: "button" }, props) as FlexButton;
}

export const Button = defineBuiltin<ButtonProps>({
  name: "Button",
  placement: inFlowBox("Button"),
  render: buildButton,
});
