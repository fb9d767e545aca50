import type { FlexSeparator } from "@flexkit/validators";
import { type Placement, placeChild, withPlaced } from "./layout.js";
import { classAttribute, declaration, styleAttribute } from "./markup.js";
import { FLEX_CLASS } from "./styles.js";

/**
 * A hairline (a 1 px border at half scale, drawn by the stylesheet, FLEX_CSS): vertical in a
 * horizontal box, horizontal in a vertical box.
 */
export function separatorMarkup(
  separator: FlexSeparator,
  placement: Placement | undefined,
): string {
  const vertical = placement !== undefined && placement.layout !== "vertical";
  const placed = placeChild(separator, placement);
  // The line is drawn in the element's `color`; the default is the stylesheet's (SEPARATOR_COLOR).
  const css =
    placed.css + (separator.color === undefined ? "" : declaration("color", separator.color));
  const line = vertical ? FLEX_CLASS.separatorRow : FLEX_CLASS.separatorColumn;
  return `<div data-flex="separator"${classAttribute(withPlaced(line, placed))}${styleAttribute(css)}></div>`;
}
