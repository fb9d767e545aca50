import type { FlexVideo } from "@flexkit/validators";
import { useState } from "react";
import { aspectRatioOf } from "../units.js";
import { flexComponent } from "./component.js";
import { srcRef } from "./image-src.js";
import type { Placement } from "./layout.js";
import { FLEX_CLASS } from "./styles.js";

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
      className={FLEX_CLASS.video}
    >
      {showAlt ? (
        flexComponent(video.altContent, placement)
      ) : (
        <div className={FLEX_CLASS.videoPoster} style={{ aspectRatio: `${w} / ${h}` }}>
          <img ref={srcRef(video.previewUrl)} alt="" />
          <span data-video-play="" aria-hidden className={FLEX_CLASS.videoPlay} />
        </div>
      )}
      <button
        type="button"
        data-video-toggle=""
        onClick={() => setShowAlt((value) => !value)}
        className={FLEX_CLASS.videoToggle}
      >
        {showAlt ? "Show video" : "Show altContent"}
      </button>
    </div>
  );
}
