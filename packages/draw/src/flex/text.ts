import type { FlexSpan, FlexText } from "@flexkit/validators";
import { type Placement, placeChild, withPlaced } from "./layout.js";
import {
  classAttribute,
  cssValue,
  type Drawing,
  declaration,
  styleAttribute,
  textContent,
} from "./markup.js";
import { fontCss, fontSize, spanMarkup } from "./span.js";
import { FLEX_CLASS, LINE_GAP_VAR } from "./styles.js";

/** A wrapped text cut after `maxLines` lines (0 = unlimited). */
function isClamped(text: FlexText): boolean {
  return text.wrap === true && typeof text.maxLines === "number" && text.maxLines > 0;
}

/** The px a wrapped text adds between its lines, as CSS, or undefined. */
function lineGap(text: FlexText): string | undefined {
  return text.wrap === true ? cssValue(text.lineSpacing) : undefined;
}

/**
 * gravity as the CSS that places a text's lines in the height its vertical box gives it (flex, or
 * a sized parent); top, the default, needs none. A horizontal box places the whole text on its
 * cross axis instead (layout.ts), and a baseline box ignores gravity (RENDERING.md §1).
 */
function linesPlacement(
  text: FlexText,
  placement: Placement | undefined,
): "center" | "flex-end" | undefined {
  if (placement?.layout !== "vertical") return undefined;
  if (text.gravity === "center") return "center";
  if (text.gravity === "bottom") return "flex-end";
  return undefined;
}

/**
 * A text's classes and inline CSS. Line height 1.4, one line of height when empty (RENDERING.md
 * §2); without wrap one line cut with "…"; with wrap "\n" is honoured and long words break, and
 * `maxLines` clamps with "…" (FLEX_CSS).
 */
function textClassesAndCss(
  text: FlexText,
  placement: Placement | undefined,
  {
    clamped,
    gap,
    inPlaceWrapper,
  }: { clamped: boolean; gap: string | undefined; inPlaceWrapper: boolean },
): { classes: string; css: string } {
  let classes: string = FLEX_CLASS.text;
  let css = "";
  // A wrapped text's place in its box belongs to its wrapper (see placeWrapper).
  if (!inPlaceWrapper) {
    const placed = placeChild(text, placement);
    classes = withPlaced(classes, placed);
    css += placed.css;
  }
  css += fontCss(text);
  const size = fontSize(text.size ?? "md", text.scaling === true);
  if (size.sizeClass !== "") classes += ` ${size.sizeClass}`;
  css += size.css;
  if (text.align !== undefined) css += declaration("text-align", text.align);
  if (text.action !== undefined) css += "cursor:pointer;";
  if (text.wrap === true) {
    classes += ` ${FLEX_CLASS.wrap}`;
    // lineSpacing adds px between lines, not above the first or below the last (RENDERING.md
    // §1; https://developers.line.biz/en/reference/messaging-api/#f-text): every line is that
    // much taller (spans too, each for its own size) and the text gives back half of it at its
    // top and bottom (FLEX_CSS).
    if (gap !== undefined) {
      classes += ` ${FLEX_CLASS.lineGap}`;
      css += `${LINE_GAP_VAR}:${gap};`;
    }
    if (clamped) {
      // Chromium draws the "…" at the end of the last kept line.
      classes += ` ${FLEX_CLASS.clamp}`;
      css += declaration("-webkit-line-clamp", text.maxLines);
    }
  } else {
    classes += ` ${FLEX_CLASS.oneLine}`;
  }
  // A block container places its lines with align-content, "…" and all.
  const lines = inPlaceWrapper ? undefined : linesPlacement(text, placement);
  if (lines !== undefined) css += `align-content:${lines};`;
  return { classes, css };
}

/**
 * Where a clamped or line-spaced text sits. Chromium's line clamp only hides the lines after the
 * last kept one while the clamped element is as tall as those lines, so a text that grows (flex
 * in a vertical box, or stretched in a horizontal one) would show them all; a line-spaced text
 * gives back the spacing above its first line and below its last with negative margins, which
 * must not add to the margin its box gives it. The wrapper takes the text's place and size; the
 * lines keep their height inside it, placed by gravity.
 */
function placeWrapper(text: FlexText, placement: Placement | undefined, drawn: string): string {
  const placed = placeChild(text, placement);
  const lines = linesPlacement(text, placement);
  const css = lines === undefined ? placed.css : `${placed.css}justify-content:${lines};`;
  return `<div data-flex-place="text"${classAttribute(withPlaced(FLEX_CLASS.textPlace, placed))}${styleAttribute(css)}>${drawn}</div>`;
}

export function textMarkup(
  text: FlexText,
  placement: Placement | undefined,
  drawing: Drawing,
): string {
  const path = placement?.path ?? "text";
  const clamped = isClamped(text);
  const gap = lineGap(text);
  const inPlaceWrapper = clamped || gap !== undefined;
  const { classes, css } = textClassesAndCss(text, placement, { clamped, gap, inPlaceWrapper });
  const spans: unknown = text.contents;
  let content = "";
  if (Array.isArray(spans) && spans.length > 0) {
    const inherited = {
      scaling: text.scaling === true,
      textDecorated: text.decoration !== undefined && text.decoration !== "none",
    };
    for (let index = 0; index < spans.length; index++)
      content += spanMarkup(spans[index] as FlexSpan, inherited, `${path}.contents[${index}]`);
  } else {
    content = textContent(text.text, `${path}.text`);
  }
  // A one-line text that shrinks to fit is measured once it is in the page (draw.ts).
  const shrink = text.adjustMode === "shrink-to-fit" && text.wrap !== true;
  if (shrink) drawing.shrinks = true;
  const drawn = `<div data-flex="text"${shrink ? " data-shrink-to-fit" : ""}${classAttribute(classes)}${styleAttribute(css)}${drawing.tappable(text.action)}>${content}</div>`;
  return inPlaceWrapper ? placeWrapper(text, placement, drawn) : drawn;
}
