import type { FlexIcon } from "@flexkit/validators";
import { aspectRatioOf } from "../units.js";
import { type Placement, placeChild, withPlaced } from "./layout.js";
import { backgroundImage, classAttribute, styleAttribute } from "./markup.js";
import { fontSize } from "./span.js";
import { FLEX_CLASS } from "./styles.js";

/**
 * An icon is 1em high at its size (2:1 → 2em wide), never grows, and sits on the text baseline
 * of its baseline box (RENDERING.md §2): its picture is the background of an empty inline block,
 * whose bottom edge is its baseline, as an image's is.
 */
export function iconMarkup(icon: FlexIcon, placement: Placement | undefined): string {
  const { w, h } = aspectRatioOf(icon.aspectRatio);
  const placed = placeChild(icon, placement);
  let classes = withPlaced(FLEX_CLASS.icon, placed);
  const size = fontSize(icon.size ?? "md", icon.scaling === true);
  if (size.sizeClass !== "") classes += ` ${size.sizeClass}`;
  return `<span data-flex="icon"${classAttribute(classes)}${styleAttribute(placed.css + size.css)}><span${styleAttribute(backgroundImage(icon.url) + (w === h ? "" : `width:${w / h}em;`))}></span></span>`;
}
