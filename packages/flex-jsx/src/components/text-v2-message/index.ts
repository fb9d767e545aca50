import type { TextV2Message as TextV2MessageJson } from "@flexkit/validators";
import { type Builtin, textObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type TextV2MessageProps = Omit<TextV2MessageJson, "type" | "text"> & {
  text?: string;
  /** The message's text: `<TextV2Message>Hello</TextV2Message>` is `{ type: "textV2", text: "Hello" }`. */
  children?: string | number | ReadonlyArray<string | number>;
};

export function buildTextV2Message(
  props: Omit<TextV2MessageProps, "children">,
  text: string | undefined,
): TextV2MessageJson {
  return textObject<TextV2MessageJson>("textV2", props, text);
}

export const TextV2Message: Builtin<TextV2MessageProps, TextV2MessageJson> = defineMessage(
  "TextV2Message",
  (props, api) => buildTextV2Message(props, api.text(props.children, "TextV2Message")),
);
