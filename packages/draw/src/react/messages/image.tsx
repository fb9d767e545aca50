import { chatWidthCss } from "../units.js";
import { MEDIA_RADIUS_PX } from "./message-pixels.js";
import { type Obj, url } from "./read.js";

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
