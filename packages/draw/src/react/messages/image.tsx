import { MEDIA_RADIUS_PX } from "../../messages/message-pixels.js";
import { type Obj, url } from "../../messages/read.js";
import { chatWidthCss } from "../../units.js";

/** The chat shows `previewImageUrl`; LINE opens `originalContentUrl` on tap (RENDERING.md §3). */
export function ImageMessageView({ message }: { message: Obj }) {
  return (
    <img
      data-message="image"
      src={url(message.previewImageUrl) ?? url(message.originalContentUrl)}
      alt=""
      style={{
        display: "block",
        maxWidth: `min(${chatWidthCss(0.6)}, 240px)`,
        maxHeight: 240,
        minWidth: 80,
        minHeight: 80,
        objectFit: "cover",
        borderRadius: MEDIA_RADIUS_PX,
        background: "#dde3ec",
      }}
    />
  );
}
