import type { FlexBox, LinearGradient } from "@flexkit/validators";
import { renderErrorMarkup } from "../error-card.js";
import { borderWidthCss, spaceCss } from "../units.js";
import { componentMarkup } from "./component.js";
import { leavesItsPlace, type Placement, placeChild, withPlaced } from "./layout.js";
import {
  classAttribute,
  cssListItem,
  type Drawing,
  declaration,
  escapeHtml,
  styleAttribute,
} from "./markup.js";
import { FLEX_CLASS } from "./styles.js";

/**
 * LINE's gradient angle: 0deg draws bottom → top and turns clockwise, which is CSS's
 * `linear-gradient(<angle>)` convention too, and it ignores `direction: rtl` (so does CSS).
 * `centerColor` sits at `centerPosition`, 50 % unless given (RENDERING.md §1).
 * Each part is one list item (cssListItem): a part that could close the gradient or add a layer
 * after it leaves the gradient out, as a refused value leaves out its declaration.
 * https://developers.line.biz/en/reference/messaging-api/#f-linear-gradient-background
 */
export function gradientCss(background: LinearGradient): string | undefined {
  const angle = cssListItem(background.angle);
  const start = cssListItem(background.startColor);
  const end = cssListItem(background.endColor);
  if (angle === undefined || start === undefined || end === undefined) return undefined;
  let center = "";
  if (background.centerColor !== undefined) {
    const color = cssListItem(background.centerColor);
    const position = cssListItem(background.centerPosition ?? "50%");
    if (color === undefined || position === undefined) return undefined;
    center = `${color} ${position}, `;
  }
  return `linear-gradient(${angle}, ${start}, ${center}${end})`;
}

const LAYOUT_CLASS: Record<string, string> = {
  vertical: `${FLEX_CLASS.box} ${FLEX_CLASS.column}`,
  horizontal: FLEX_CLASS.box,
  baseline: `${FLEX_CLASS.box} ${FLEX_CLASS.baseline}`,
};

/**
 * A box is a flex container (row, column, or a row on a shared baseline) that clips and is the
 * containing block of its absolute children (FLEX_CSS); the rest comes from its JSON.
 */
function boxCss(box: FlexBox): string {
  let css = "";
  if (box.backgroundColor !== undefined)
    css += declaration("background-color", box.backgroundColor);
  if (box.background !== undefined)
    css += declaration("background-image", gradientCss(box.background));
  if (box.borderWidth !== undefined) {
    css += declaration("border-width", borderWidthCss(box.borderWidth));
    css += "border-style:solid;";
    css += declaration("border-color", box.borderColor ?? "#000000");
  }
  if (box.cornerRadius !== undefined)
    css += declaration("border-radius", spaceCss(box.cornerRadius));
  // maxWidth/maxHeight win over width/height: CSS's max-* already do.
  if (box.width !== undefined) css += declaration("width", box.width);
  if (box.maxWidth !== undefined) css += declaration("max-width", box.maxWidth);
  if (box.height !== undefined) css += declaration("height", box.height);
  if (box.maxHeight !== undefined) css += declaration("max-height", box.maxHeight);
  // A block's root box starts from the block's padding (a class); paddingAll replaces it, and
  // the side paddings replace paddingAll. Start/end flip with `direction: rtl` (RENDERING.md §1, §2).
  const all = spaceCss(box.paddingAll);
  const top = spaceCss(box.paddingTop) ?? all;
  const bottom = spaceCss(box.paddingBottom) ?? all;
  const start = spaceCss(box.paddingStart) ?? all;
  const end = spaceCss(box.paddingEnd) ?? all;
  if (top !== undefined) css += declaration("padding-top", top);
  if (bottom !== undefined) css += declaration("padding-bottom", bottom);
  if (start !== undefined) css += declaration("padding-inline-start", start);
  if (end !== undefined) css += declaration("padding-inline-end", end);
  if (box.justifyContent !== undefined) css += declaration("justify-content", box.justifyContent);
  if (box.alignItems !== undefined) css += declaration("align-items", box.alignItems);
  if (box.action !== undefined) css += "cursor:pointer;";
  return css;
}

export function boxMarkup(
  box: FlexBox,
  placement: Placement | undefined,
  drawing: Drawing,
): string {
  const placed = placeChild(box, placement);
  // An unknown layout draws as a row; the validators report it.
  const layoutClass = Object.hasOwn(LAYOUT_CLASS, box.layout)
    ? LAYOUT_CLASS[box.layout]
    : undefined;
  let classes = withPlaced(layoutClass ?? FLEX_CLASS.box, placed);
  const blockPadding = placement?.root?.paddingClass;
  if (blockPadding !== undefined) classes += ` ${blockPadding}`;
  const path = placement?.path ?? "box";
  const spacing = spaceCss(box.spacing);
  let children = "";
  const contents: unknown = box.contents;
  if (Array.isArray(contents)) {
    // Later siblings paint over earlier ones (RENDERING.md §1), also over one that left its place.
    let overlapped = false;
    for (let index = 0; index < contents.length; index++) {
      const child: unknown = contents[index];
      children += componentMarkup(
        child,
        { layout: box.layout, spacing, index, path: `${path}.contents[${index}]`, overlapped },
        drawing,
      );
      if (!overlapped && typeof child === "object" && child !== null)
        overlapped = leavesItsPlace(child);
    }
  } else {
    children = renderErrorMarkup(`${path}.contents: expected an array of components`);
  }
  return `<div data-flex="box" data-layout="${escapeHtml(String(box.layout))}"${classAttribute(classes)}${styleAttribute(placed.css + boxCss(box))}${drawing.tappable(box.action)}>${children}</div>`;
}
