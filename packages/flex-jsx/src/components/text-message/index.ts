import type { TextMessage as TextMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type TextMessageProps = Omit<TextMessageJson, "type" | "text"> & {
  text?: string;
  /** The message's text: `<TextMessage>Hello</TextMessage>` is `{ type: "text", text: "Hello" }`. */
  children?: string | number | ReadonlyArray<string | number>;
};

export function buildTextMessage(
  props: Omit<TextMessageProps, "children">,
  text: string | undefined,
): TextMessageJson {
  const out = lineObject<TextMessageJson>("text", props, ["text"]);
  const value = text ?? props.text;
  if (value !== undefined) out.text = value;
  return out;
}

export const TextMessage: Builtin<TextMessageProps, TextMessageJson> = defineMessage(
  "TextMessage",
  (props, api) => buildTextMessage(props, api.text(props.children, "TextMessage")),
);
