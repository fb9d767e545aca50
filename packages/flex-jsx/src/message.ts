import { type Builtin, type BuiltinSpec, defineBuiltin } from "./component.js";
import { ROOT, sitsIn } from "./placement.js";

/**
 * A message built-in. A message is always the root of what `render()` renders (arrays render
 * one message each).
 */
export function defineMessage<P>(name: string, render: BuiltinSpec<P>["render"]): Builtin<P> {
  return defineBuiltin<P>({
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

/** Splits a wrapper's props into the message's keys and the inner object's (a template's). */
export function splitMessageProps(props: Record<string, unknown>): {
  outer: Record<string, unknown>;
  inner: Record<string, unknown>;
} {
  const outer: Record<string, unknown> = {};
  const inner: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    (MESSAGE_KEYS.includes(key) ? outer : inner)[key] = value;
  }
  return { outer, inner };
}
