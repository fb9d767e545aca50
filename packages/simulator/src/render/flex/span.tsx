import type { FlexSpan } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { fontSizeCss } from "../units.js";
import { fontSizeClass } from "./styles.js";

/**
 * A text/span/icon size: a keyword is a class from the pixel table (FLEX_CSS); px, or any size
 * with `scaling` (it follows the chat's font-scale setting), is set on the element. Returns the
 * class, if any.
 */
export function sizeClassAndStyle(
  size: string | undefined,
  scaling: boolean,
  style: CSSProperties,
): string | undefined {
  if (size === undefined) return undefined;
  const keyword = scaling ? undefined : fontSizeClass(size);
  if (keyword === undefined) style.fontSize = fontSizeCss(size, scaling);
  return keyword;
}

/**
 * The font properties a text and its spans share, written into `style` (a span sets its own and
 * inherits the rest); the size is sizeClassAndStyle's.
 */
export function fontStyle(
  node:
    | FlexSpan
    | { size?: string; color?: string; weight?: string; style?: string; decoration?: string },
  style: CSSProperties = {},
): CSSProperties {
  if (node.color !== undefined) style.color = node.color;
  if (node.weight === "bold") style.fontWeight = 700;
  if (node.style === "italic") style.fontStyle = "italic";
  if (node.decoration !== undefined && node.decoration !== "none")
    style.textDecoration = node.decoration;
  return style;
}

/** A run inside a text; `scaling` comes from its text; `index` (its place) is its key. */
export function Span({
  span,
  scaling = false,
  index,
}: {
  span: FlexSpan;
  scaling?: boolean;
  index?: number | undefined;
}) {
  const style: CSSProperties = {};
  const size = sizeClassAndStyle(span.size, scaling, style);
  fontStyle(span, style);
  return (
    <span key={index} data-flex="span" className={size} style={style}>
      {span.text ?? ""}
    </span>
  );
}
