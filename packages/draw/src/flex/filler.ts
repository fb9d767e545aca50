import type { FlexFiller } from "@flexkit/validators";
import { type Placement, placeChild } from "./layout.js";
import { classAttribute, styleAttribute } from "./markup.js";

/** Deprecated empty space that grows by its `flex` and ignores the parent's spacing. */
export function fillerMarkup(filler: FlexFiller, placement: Placement | undefined): string {
  const placed = placeChild(filler, placement);
  return `<div data-flex="filler"${classAttribute(placed.classes)}${styleAttribute(placed.css)}></div>`;
}
