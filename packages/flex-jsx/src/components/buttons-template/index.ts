import type { ButtonsTemplate as ButtonsTemplateJson, TemplateMessage } from "@flexkit/validators";
import { ownProps } from "../../component.js";
import { defineMessage, splitMessageProps } from "../../message.js";

/**
 * A buttons template message: the template's keys and the message's (`altText`, `quickReply`,
 * `sender`) side by side. `actions` stays a prop of action helpers, as in LINE's JSON.
 */
export type ButtonsTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<ButtonsTemplateJson, "type"> & { children?: never };

export function buildButtonsTemplate(
  props: Omit<ButtonsTemplateProps, "children">,
): TemplateMessage {
  const { outer, inner } = splitMessageProps(ownProps(props));
  return { type: "template", ...outer, template: { type: "buttons", ...inner } } as TemplateMessage;
}

export const ButtonsTemplate = defineMessage<ButtonsTemplateProps>(
  "ButtonsTemplate",
  buildButtonsTemplate,
);
