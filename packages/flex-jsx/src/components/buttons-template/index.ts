import type { ButtonsTemplate as ButtonsTemplateJson, TemplateMessage } from "@flexkit/validators";
import { defineBuiltin } from "../../component.js";
import { messagePlacement, templateMessage } from "../../message.js";

/**
 * A buttons template message: the template's keys and the message's (`altText`, `quickReply`,
 * `sender`) side by side. `actions` stays a prop of action helpers, as in LINE's JSON.
 */
export type ButtonsTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<ButtonsTemplateJson, "type"> & { children?: never };

export function buildButtonsTemplate(
  props: Omit<ButtonsTemplateProps, "children">,
): TemplateMessage {
  return templateMessage("buttons", props);
}

export const ButtonsTemplate = defineBuiltin<ButtonsTemplateProps, TemplateMessage>({
  name: "ButtonsTemplate",
  placement: messagePlacement("ButtonsTemplate"),
  render: buildButtonsTemplate,
});
