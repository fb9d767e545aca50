import type { TemplateMessage } from "@flexkit/validators";
import { ownProps } from "./component.js";
import { type Placement, ROOT, sitsIn } from "./placement.js";

/** A message is always the root of what `render()` renders (arrays render one message each). */
export function messagePlacement(name: string): Placement {
  return sitsIn(
    ROOT,
    (parent) =>
      `<${name}> is a message and must be the root (or one element of an array of messages); found in ${parent!.describe}`,
  );
}

/** The keys every message may carry beside its own (RULES.md §2, MSG-2..4), plus altText. */
const MESSAGE_KEYS = ["altText", "quickReply", "sender"];

/**
 * A template message from a wrapper's props: the message's keys on the message, the others on its
 * template of `type`, then `columns` when the template has them (then a `columns` prop is not
 * copied: the children are the columns).
 */
export function templateMessage(type: string, props: object, columns?: unknown[]): TemplateMessage {
  const message: Record<string, unknown> = { type: "template" };
  const template: Record<string, unknown> = { type };
  for (const [key, value] of Object.entries(ownProps(props, columns && ["columns"]))) {
    (MESSAGE_KEYS.includes(key) ? message : template)[key] = value;
  }
  if (columns) template.columns = columns;
  message.template = template;
  return message as TemplateMessage;
}
