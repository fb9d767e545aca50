import type { ButtonsTemplate as ButtonsTemplateJson, TemplateMessage } from "@flexkit/validators";
import type { Builtin } from "../../component.js";
import { defineMessage, templateMessage } from "../../message.js";

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

export const ButtonsTemplate: Builtin<ButtonsTemplateProps, TemplateMessage> = defineMessage(
  "ButtonsTemplate",
  buildButtonsTemplate,
);
