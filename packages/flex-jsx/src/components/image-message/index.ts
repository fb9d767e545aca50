import type { ImageMessage as ImageMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type ImageMessageProps = Omit<ImageMessageJson, "type"> & { children?: never };

export function buildImageMessage(props: Omit<ImageMessageProps, "children">): ImageMessageJson {
  return lineObject<ImageMessageJson>("image", props);
}

export const ImageMessage: Builtin<ImageMessageProps, ImageMessageJson> = defineMessage(
  "ImageMessage",
  buildImageMessage,
);
