import type { StickerMessage as StickerMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type StickerMessageProps = Omit<StickerMessageJson, "type"> & { children?: never };

export function buildStickerMessage(
  props: Omit<StickerMessageProps, "children">,
): StickerMessageJson {
  return copyProps({ type: "sticker" }, props) as StickerMessageJson;
}

export const StickerMessage = defineBuiltin<StickerMessageProps>({
  name: "StickerMessage",
  placement: messagePlacement("StickerMessage"),
  render: buildStickerMessage,
});
