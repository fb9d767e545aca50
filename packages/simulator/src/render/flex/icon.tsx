import type { FlexIcon } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { aspectRatioOf } from "../units.js";
import { srcRef } from "./image-src.js";
import { type Placement, placeChild } from "./layout.js";
import { sizeClassAndStyle } from "./span.js";
import { FLEX_CLASS } from "./styles.js";

/**
 * An icon is 1em high at its size (2:1 → 2em wide), never grows, and sits on the text baseline
 * of its baseline box (RENDERING.md §2).
 */
export function Icon({ icon, placement }: { icon: FlexIcon; placement?: Placement }) {
  const { w, h } = aspectRatioOf(icon.aspectRatio);
  const style: CSSProperties = {};
  let className: string = FLEX_CLASS.icon;
  const placed = placeChild(icon, placement, style);
  if (placed !== "") className += ` ${placed}`;
  const size = sizeClassAndStyle(icon.size ?? "md", icon.scaling === true, style);
  if (size !== undefined) className += ` ${size}`;
  return (
    <span key={placement?.index} data-flex="icon" className={className} style={style}>
      <img ref={srcRef(icon.url)} alt="" style={w === h ? undefined : { width: `${w / h}em` }} />
    </span>
  );
}
