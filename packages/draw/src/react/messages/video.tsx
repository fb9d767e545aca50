import { useState } from "react";
import { MEDIA_RADIUS_PX } from "../../messages/message-pixels.js";
import { type Obj, url } from "../../messages/read.js";
import { chatWidthCss } from "../../units.js";

/** The poster (`previewImageUrl`) with a play button; a tap plays `originalContentUrl` in place. */
export function VideoMessageView({ message }: { message: Obj }) {
  const [playing, setPlaying] = useState(false);
  const poster = url(message.previewImageUrl);
  const box = {
    display: "block",
    width: `min(${chatWidthCss(0.6)}, 240px)`,
    aspectRatio: "16 / 9",
    borderRadius: MEDIA_RADIUS_PX,
    background: "#1b1b1b",
    overflow: "hidden",
  } as const;
  if (playing)
    return (
      // biome-ignore lint/a11y/useMediaCaption: the bot's video has no captions to offer.
      <video
        data-message="video"
        src={url(message.originalContentUrl)}
        poster={poster}
        controls
        autoPlay
        style={box}
      />
    );
  return (
    <button
      type="button"
      data-message="video"
      aria-label="Play video"
      onClick={() => setPlaying(true)}
      style={{ ...box, position: "relative", border: "none", padding: 0, cursor: "pointer" }}
    >
      {poster !== undefined ? (
        <img
          src={poster}
          alt=""
          style={{ width: "100%", height: "100%", objectFit: "cover", display: "block" }}
        />
      ) : null}
      <span
        data-play=""
        aria-hidden
        style={{
          position: "absolute",
          inset: 0,
          margin: "auto",
          width: 48,
          height: 48,
          borderRadius: "50%",
          background: "rgba(0,0,0,0.55)",
          color: "#ffffff",
          display: "grid",
          placeItems: "center",
          fontSize: 20,
        }}
      >
        ▶
      </span>
    </button>
  );
}
