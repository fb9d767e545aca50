import type { ImageMessage as ImageMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type ImageMessageProps = Omit<ImageMessageJson, "type"> & { children?: never };

export function buildImageMessage(props: Omit<ImageMessageProps, "children">): ImageMessageJson {
  return copyProps({ type: "image" }, props) as ImageMessageJson;
}

export const ImageMessage = defineBuiltin<ImageMessageProps>({
  name: "ImageMessage",
  placement: messagePlacement("ImageMessage"),
  render: buildImageMessage,
});
