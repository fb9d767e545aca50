import type { FlexVideo } from "@flexkit/validators";
import { aspectRatioOf } from "../units.js";
import type { Placement } from "./layout.js";
import { cssUrl, type Drawing, escapeHtml } from "./markup.js";
import { FLEX_CLASS, POSTER_VAR } from "./styles.js";

export const SHOW_ALT_CONTENT = "Show altContent";
export const SHOW_VIDEO = "Show video";

/**
 * A video hero plays inline in LINE with `previewUrl` as its poster; clients that cannot play it
 * show `altContent` (RENDERING.md §1). The simulator shows the poster with a play mark and a
 * switch to see the `altContent` those clients get, drawn when first asked for (draw.ts). The
 * switch is a span with a button's role, named by its label, rather than a <button> with text: a
 * form control and a run of text cost Chromium more to build and lay out than the rest of a
 * video bubble (bench/render.bench.ts).
 * https://developers.line.biz/en/docs/messaging-api/create-flex-message-including-video/
 */
export function videoMarkup(
  video: FlexVideo,
  placement: Placement | undefined,
  drawing: Drawing,
): string {
  const { w, h } = aspectRatioOf(video.aspectRatio);
  drawing.videos.push({ altContent: video.altContent, placement });
  // The poster is the video element's own background, under the play mark (FLEX_CSS), at the
  // video's aspect ratio.
  const poster = cssUrl(video.previewUrl);
  const css = `aspect-ratio:${w} / ${h};${poster === undefined ? "" : `${POSTER_VAR}:${poster};`}`;
  return `<div data-flex="video" data-showing="poster" data-video="${drawing.videos.length - 1}" class="${FLEX_CLASS.video}" style="${escapeHtml(css)}"><span role="button" tabindex="0" data-video-toggle="" aria-label="${SHOW_ALT_CONTENT}" title="${SHOW_ALT_CONTENT}" class="${FLEX_CLASS.videoToggle}"></span></div>`;
}
