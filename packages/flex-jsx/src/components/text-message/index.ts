import type { TextMessage as TextMessageJson } from "@flexkit/validators";
import { type Builtin, textObject } from "../../component.js";
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
  return textObject<TextMessageJson>("text", props, text);
}

export const TextMessage: Builtin<TextMessageProps, TextMessageJson> = defineMessage(
  "TextMessage",
  (props, api) => buildTextMessage(props, api.text(props.children, "TextMessage")),
);
