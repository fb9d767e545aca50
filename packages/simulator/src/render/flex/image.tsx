import type { FlexImage } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { actionProps } from "../../app/chat-mode/action-context.js";
import { aspectRatioOf, imageMaxWidthCss } from "../units.js";
import { srcRef } from "./image-src.js";
import { crossAxis, type Placement, placeChild } from "./layout.js";
import { FLEX_CLASS, imageSizeClass } from "./styles.js";

/**
 * Image `size` is the maximum width of the drawing area, which is size × aspectRatio and shrinks
 * with the width flex gives it; `fit` letterboxes on `backgroundColor`, `cover` crops; `align`
 * places the area horizontally (default center) and `gravity` vertically (RENDERING.md §1).
 * Animated PNG/GIF play on their own in the browser; `animated` only tells LINE to allow it.
 */
export function Image({ image, placement }: { image: FlexImage; placement?: Placement }) {
  // Centred and at the top unless told otherwise (FLEX_CSS).
  const style: CSSProperties = {};
  if (image.align !== undefined && image.align !== "center")
    style.justifyContent = crossAxis(image.align);
  if (image.gravity !== undefined && image.gravity !== "top")
    style.alignItems = crossAxis(image.gravity);
  const placed = placeChild({ ...image, gravity: undefined }, placement, style);
  // The area: a size keyword (md by default) and 1:1 come from the stylesheet.
  const area: CSSProperties = {};
  const size = imageSizeClass(image.size ?? "md");
  let areaClass: string = FLEX_CLASS.imageArea;
  if (size === undefined) area.maxWidth = imageMaxWidthCss(image.size);
  else areaClass += ` ${size}`;
  if (image.aspectRatio !== undefined && image.aspectRatio !== "1:1") {
    const { w, h } = aspectRatioOf(image.aspectRatio);
    area.aspectRatio = `${w} / ${h}`;
  }
  if (image.aspectMode === "cover") areaClass += ` ${FLEX_CLASS.imageCover}`;
  if (image.backgroundColor !== undefined) area.backgroundColor = image.backgroundColor;
  if (image.action !== undefined) area.cursor = "pointer";
  const tap = actionProps(image.action, placement?.onAction);
  return (
    <div
      key={placement?.index}
      data-flex="image"
      className={placed === "" ? FLEX_CLASS.image : `${FLEX_CLASS.image} ${placed}`}
      style={style}
      {...tap}
    >
      <div data-image-area="" className={areaClass} style={area}>
        <img ref={srcRef(image.url)} alt="" />
      </div>
    </div>
  );
}
