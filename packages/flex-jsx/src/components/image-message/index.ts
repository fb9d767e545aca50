import type { ImageMessage as ImageMessageJson } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type ImageMessageProps = Omit<ImageMessageJson, "type"> & { children?: never };

export function buildImageMessage(props: Omit<ImageMessageProps, "children">): ImageMessageJson {
  return lineObject<ImageMessageJson>("image", props);
}

export const ImageMessage = defineBuiltin<ImageMessageProps, ImageMessageJson>({
  name: "ImageMessage",
  placement: messagePlacement("ImageMessage"),
  render: buildImageMessage,
});
