import { STICKER_PX } from "../../messages/message-pixels.js";
import { type Obj, str } from "../../messages/read.js";

/** Sticker art is not public, so a square placeholder names the package and sticker (RENDERING.md §3). */
export function StickerMessageView({ message }: { message: Obj }) {
  const packageId = str(message.packageId) ?? String(message.packageId ?? "?");
  const stickerId = str(message.stickerId) ?? String(message.stickerId ?? "?");
  return (
    <div
      data-message="sticker"
      style={{
        width: STICKER_PX,
        height: STICKER_PX,
        borderRadius: 16,
        border: "2px dashed rgba(255,255,255,0.8)",
        background: "rgba(255,255,255,0.25)",
        color: "#ffffff",
        display: "grid",
        placeItems: "center",
        textAlign: "center",
        fontSize: 12,
        boxSizing: "border-box",
      }}
    >
      <div>
        <div aria-hidden style={{ fontSize: 40 }}>
          🐻
        </div>
        Sticker
        <br />
        package {packageId}
        <br />
        sticker {stickerId}
      </div>
    </div>
  );
}
