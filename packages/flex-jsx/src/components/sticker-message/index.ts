import type { StickerMessage as StickerMessageJson } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type StickerMessageProps = Omit<StickerMessageJson, "type"> & { children?: never };

export function buildStickerMessage(
  props: Omit<StickerMessageProps, "children">,
): StickerMessageJson {
  return lineObject<StickerMessageJson>("sticker", props);
}

export const StickerMessage = defineBuiltin<StickerMessageProps, StickerMessageJson>({
  name: "StickerMessage",
  placement: messagePlacement("StickerMessage"),
  render: buildStickerMessage,
});
