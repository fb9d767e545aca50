import type { FlexSpan } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { fontSizeCss } from "../units.js";

/** The font properties a text and its spans share; a span sets its own and inherits the rest. */
export function fontStyle(
  node:
    | FlexSpan
    | { size?: string; color?: string; weight?: string; style?: string; decoration?: string },
  scaling: boolean,
): CSSProperties {
  const style: CSSProperties = {};
  const size = fontSizeCss(node.size, scaling);
  if (size !== undefined) style.fontSize = size;
  if (node.color !== undefined) style.color = node.color;
  if (node.weight === "bold") style.fontWeight = 700;
  if (node.style === "italic") style.fontStyle = "italic";
  if (node.decoration !== undefined && node.decoration !== "none")
    style.textDecoration = node.decoration;
  return style;
}

/** A run inside a text; `scaling` comes from its text. */
export function Span({ span, scaling = false }: { span: FlexSpan; scaling?: boolean }) {
  return (
    <span data-flex="span" style={fontStyle(span, scaling)}>
      {span.text ?? ""}
    </span>
  );
}
