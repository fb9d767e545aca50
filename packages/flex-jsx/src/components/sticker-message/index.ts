import type { StickerMessage as StickerMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type StickerMessageProps = Omit<StickerMessageJson, "type"> & { children?: never };

export function buildStickerMessage(
  props: Omit<StickerMessageProps, "children">,
): StickerMessageJson {
  return lineObject<StickerMessageJson>("sticker", props);
}

export const StickerMessage: Builtin<StickerMessageProps, StickerMessageJson> = defineMessage(
  "StickerMessage",
  buildStickerMessage,
);
