import type { FlexImage } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { useActionProps } from "../../app/chat-mode/action-context.js";
import { aspectRatioOf, imageMaxWidthCss } from "../units.js";
import { childStyle, crossAxis, type Placement } from "./layout.js";

/**
 * Image `size` is the maximum width of the drawing area, which is size × aspectRatio and shrinks
 * with the width flex gives it; `fit` letterboxes on `backgroundColor`, `cover` crops; `align`
 * places the area horizontally (default center) and `gravity` vertically (RENDERING.md §1).
 * Animated PNG/GIF play on their own in the browser; `animated` only tells LINE to allow it.
 */
export function Image({ image, placement }: { image: FlexImage; placement?: Placement }) {
  const { w, h } = aspectRatioOf(image.aspectRatio);
  const style: CSSProperties = {
    display: "flex",
    justifyContent: crossAxis(image.align ?? "center"),
    alignItems: crossAxis(image.gravity ?? "top"),
    minWidth: 0,
    ...childStyle({ ...image, gravity: undefined }, placement),
  };
  const tap = useActionProps(image.action);
  return (
    <div data-flex="image" style={style} {...tap}>
      <div
        data-image-area=""
        style={{
          width: "100%",
          maxWidth: imageMaxWidthCss(image.size),
          aspectRatio: `${w} / ${h}`,
          backgroundColor: image.backgroundColor,
          overflow: "hidden",
          flex: "none",
          cursor: image.action !== undefined ? "pointer" : undefined,
        }}
      >
        <img
          src={image.url}
          alt=""
          draggable={false}
          style={{
            width: "100%",
            height: "100%",
            display: "block",
            objectFit: image.aspectMode === "cover" ? "cover" : "contain",
          }}
        />
      </div>
    </div>
  );
}
