import type { TemplateMessage } from "@flexkit/validators";
import { type Builtin, type BuiltinSpec, defineBuiltin, ownProps } from "./component.js";
import { ROOT, sitsIn } from "./placement.js";

/**
 * A message built-in, whose element renders to `Out`. A message is always the root of what
 * `render()` renders (arrays render one message each).
 */
export function defineMessage<P, Out>(
  name: string,
  render: BuiltinSpec<P, Out>["render"],
): Builtin<P, Out> {
  return defineBuiltin<P, Out>({
    name,
    placement: sitsIn(
      ROOT,
      (parent) =>
        `<${name}> is a message and must be the root (or one element of an array of messages); found in ${parent!.describe}`,
    ),
    render,
  });
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
