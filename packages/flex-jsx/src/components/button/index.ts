import type { FlexButton } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { inFlowBox } from "../../placement.js";

/** `action` is required: a button without one would do nothing (REF#button). */
export type ButtonProps = Omit<FlexButton, "type"> & { children?: never };

export function buildButton(props: Omit<ButtonProps, "children">): FlexButton {
  return lineObject<FlexButton>("button", props);
}

export const Button = defineBuiltin<ButtonProps, FlexButton>({
  name: "Button",
  placement: inFlowBox("Button"),
  render: buildButton,
});
