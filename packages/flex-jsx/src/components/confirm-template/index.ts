import type { ConfirmTemplate as ConfirmTemplateJson, TemplateMessage } from "@flexkit/validators";
import { ownProps } from "../../component.js";
import { defineMessage, splitMessageProps } from "../../message.js";

/** A confirm template message: `text` and exactly two `actions` (TPL-CONF), with its altText. */
export type ConfirmTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<ConfirmTemplateJson, "type"> & { children?: never };

export function buildConfirmTemplate(
  props: Omit<ConfirmTemplateProps, "children">,
): TemplateMessage {
  const { outer, inner } = splitMessageProps(ownProps(props));
  return { type: "template", ...outer, template: { type: "confirm", ...inner } } as TemplateMessage;
}

export const ConfirmTemplate = defineMessage<ConfirmTemplateProps>(
  "ConfirmTemplate",
  buildConfirmTemplate,
);
