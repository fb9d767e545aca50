import type { FlexSpan } from "@flexkit/validators";
import { fontSizeCss } from "../units.js";
import { classAttribute, declaration, styleAttribute, textContent } from "./markup.js";
import { fontSizeClass } from "./styles.js";

/**
 * A text/span/icon size: a keyword is a class from the pixel table (FLEX_CSS); px, or any size
 * with `scaling` (it follows the chat's font-scale setting), is an inline declaration.
 */
export function fontSize(
  size: string | undefined,
  scaling: boolean,
): { sizeClass: string; css: string } {
  if (size === undefined) return { sizeClass: "", css: "" };
  const keyword = scaling ? undefined : fontSizeClass(size);
  if (keyword !== undefined) return { sizeClass: keyword, css: "" };
  return { sizeClass: "", css: declaration("font-size", fontSizeCss(size, scaling)) };
}

/**
 * The font declarations a text and its spans share (a span sets its own and inherits the rest);
 * the size is fontSize's.
 */
export function fontCss(node: {
  color?: string;
  weight?: string;
  style?: string;
  decoration?: string;
}): string {
  let css = "";
  if (node.color !== undefined) css += declaration("color", node.color);
  if (node.weight === "bold") css += "font-weight:700;";
  if (node.style === "italic") css += "font-style:italic;";
  if (node.decoration !== undefined && node.decoration !== "none")
    css += declaration("text-decoration", node.decoration);
  return css;
}

/**
 * A run inside a text; `scaling` comes from its text. A span's decoration can't override one
 * its text sets (RULES.md §5.6 span), so `textDecorated` drops it.
 */
export function spanMarkup(
  span: FlexSpan,
  { scaling, textDecorated }: { scaling: boolean; textDecorated: boolean },
  path: string,
): string {
  const size = fontSize(span.size, scaling);
  const font = fontCss(textDecorated ? { ...span, decoration: undefined } : span);
  return `<span data-flex="span"${classAttribute(size.sizeClass)}${styleAttribute(size.css + font)}>${textContent(span.text, `${path}.text`)}</span>`;
}
