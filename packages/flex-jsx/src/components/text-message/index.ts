import type { TextMessage as TextMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";
import { textOfChildren } from "../span/index.js";

export type TextMessageProps = Omit<TextMessageJson, "type" | "text"> & {
  text?: string;
  /** The message's text: `<TextMessage>Hello</TextMessage>` is `{ type: "text", text: "Hello" }`. */
  children?: string | number | ReadonlyArray<string | number>;
};

export function buildTextMessage(
  props: Omit<TextMessageProps, "children">,
  text: string | undefined,
): TextMessageJson {
  const out = copyProps({ type: "text" }, props, ["text"]) as TextMessageJson;
  const value = text ?? props.text;
  return value === undefined ? out : { ...out, text: value };
}

export const TextMessage = defineBuiltin<TextMessageProps>({
  name: "TextMessage",
  placement: messagePlacement("TextMessage"),
  render: (props) => buildTextMessage(props, textOfChildren(props.children)),
});
