import type { FlexVideo } from "@flexkit/validators";
import { useState } from "react";
import { aspectRatioOf } from "../units.js";
import { FlexComponentView } from "./component.js";
import type { Placement } from "./layout.js";

/**
 * A video hero plays inline in LINE with `previewUrl` as its poster; clients that cannot play it
 * show `altContent` (RENDERING.md §1). The simulator shows the poster with a play mark and a
 * switch to see the `altContent` those clients get.
 * https://developers.line.biz/en/docs/messaging-api/create-flex-message-including-video/
 */
export function Video({ video, placement }: { video: FlexVideo; placement?: Placement }) {
  const [showAlt, setShowAlt] = useState(false);
  const { w, h } = aspectRatioOf(video.aspectRatio);
  return (
    <div
      data-flex="video"
      data-showing={showAlt ? "altContent" : "poster"}
      style={{ position: "relative", display: "flex", flexDirection: "column" }}
    >
      {showAlt ? (
        <FlexComponentView node={video.altContent} placement={placement} />
      ) : (
        <div
          style={{
            position: "relative",
            width: "100%",
            aspectRatio: `${w} / ${h}`,
            background: "#000000",
          }}
        >
          <img
            src={video.previewUrl}
            alt=""
            draggable={false}
            style={{ width: "100%", height: "100%", objectFit: "cover", display: "block" }}
          />
          <span
            data-video-play=""
            aria-hidden
            style={{
              position: "absolute",
              inset: 0,
              margin: "auto",
              width: 48,
              height: 48,
              borderRadius: "50%",
              background: "rgba(0, 0, 0, 0.5)",
              color: "#ffffff",
              display: "grid",
              placeItems: "center",
              fontSize: 20,
            }}
          >
            ▶
          </span>
        </div>
      )}
      <button
        type="button"
        data-video-toggle=""
        onClick={() => setShowAlt((value) => !value)}
        style={{
          position: "absolute",
          top: 6,
          right: 6,
          zIndex: 1,
          fontSize: 11,
          padding: "2px 8px",
          borderRadius: 10,
          border: "none",
          background: "rgba(0, 0, 0, 0.55)",
          color: "#ffffff",
          cursor: "pointer",
        }}
      >
        {showAlt ? "Show video" : "Show altContent"}
      </button>
    </div>
  );
}
