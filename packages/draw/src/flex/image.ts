import type { FlexImage } from "@flexkit/validators";
import { aspectRatioOf } from "../units.js";
import { crossAxis, flexGrowOf, type Placement, placeChild, withPlaced } from "./layout.js";
import {
  backgroundImage,
  classAttribute,
  type Drawing,
  declaration,
  styleAttribute,
} from "./markup.js";
import { FLEX_CLASS, imageSizeClass } from "./styles.js";

/**
 * A full image whose width would come from its content (absolute with at most one horizontal
 * offset, or flex 0 in a row) is 100 % of its box, as in LINE's stylesheet: its area, 100 % of an
 * image that is as wide as its content, would otherwise collapse to nothing. Templates put such a
 * picture under white titles (RENDERING.md §1).
 */
function takesWholeBox(image: FlexImage, placement: Placement | undefined): boolean {
  if (image.size !== "full" || placement === undefined || placement.root !== undefined)
    return false;
  if (image.position === "absolute")
    return image.offsetStart === undefined || image.offsetEnd === undefined;
  return placement.layout !== "vertical" && flexGrowOf(image, placement.layout) === 0;
}

/**
 * Image `size` is the maximum width of the drawing area, which is size × aspectRatio and shrinks
 * with the width flex gives it; `fit` letterboxes on `backgroundColor`, `cover` crops; `align`
 * places the area horizontally (default center) and `gravity` vertically (RENDERING.md §1).
 * Animated PNG/GIF play on their own in the browser; `animated` only tells LINE to allow it.
 */
export function imageMarkup(
  image: FlexImage,
  placement: Placement | undefined,
  drawing: Drawing,
): string {
  // Centred and at the top unless told otherwise (FLEX_CSS).
  let css = "";
  if (image.align !== undefined && image.align !== "center")
    css += `justify-content:${crossAxis(image.align)};`;
  if (image.gravity !== undefined && image.gravity !== "top")
    css += `align-items:${crossAxis(image.gravity)};`;
  const placed = placeChild(image, placement);
  if (takesWholeBox(image, placement)) css += "width:100%;";
  // The area's width is its size, which the stylesheet caps at the component's width: a keyword
  // (md by default) or full is a class, px and % are written as they are; 1:1 is the default.
  let area = "";
  const size = imageSizeClass(image.size ?? "md");
  let areaClasses: string = FLEX_CLASS.imageArea;
  if (size === undefined) area += declaration("width", image.size);
  else areaClasses += ` ${size}`;
  if (image.aspectRatio !== undefined && image.aspectRatio !== "1:1") {
    const { w, h } = aspectRatioOf(image.aspectRatio);
    area += `aspect-ratio:${w} / ${h};`;
  }
  if (image.aspectMode === "cover") areaClasses += ` ${FLEX_CLASS.imageCover}`;
  if (image.backgroundColor !== undefined)
    area += declaration("background-color", image.backgroundColor);
  // The picture is the area's background, letterboxed or cropped by its class (FLEX_CSS).
  area += backgroundImage(image.url);
  if (image.action !== undefined) area += "cursor:pointer;";
  return `<div data-flex="image"${classAttribute(withPlaced(FLEX_CLASS.image, placed))}${styleAttribute(placed.css + css)}${drawing.tappable(image.action)}><div data-image-area=""${classAttribute(areaClasses)}${styleAttribute(area)}></div></div>`;
}
