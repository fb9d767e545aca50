import type { ConfirmTemplate as ConfirmTemplateJson, TemplateMessage } from "@flexkit/validators";
import type { Builtin } from "../../component.js";
import { defineMessage, templateMessage } from "../../message.js";

/** A confirm template message: `text` and exactly two `actions` (TPL-CONF), with its altText. */
export type ConfirmTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<ConfirmTemplateJson, "type"> & { children?: never };

export function buildConfirmTemplate(
  props: Omit<ConfirmTemplateProps, "children">,
): TemplateMessage {
  return templateMessage("confirm", props);
}

export const ConfirmTemplate: Builtin<ConfirmTemplateProps, TemplateMessage> = defineMessage(
  "ConfirmTemplate",
  buildConfirmTemplate,
);
