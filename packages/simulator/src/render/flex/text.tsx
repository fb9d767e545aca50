import type { FlexSpan, FlexText } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { TEXT_LINE_HEIGHT } from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { childStyle, type Placement } from "./layout.js";

function fontStyle(node: FlexText | FlexSpan): CSSProperties {
  const style: CSSProperties = {};
  const size = fontSizeCss(node.size);
  if (size !== undefined) style.fontSize = size;
  if (node.color !== undefined) style.color = node.color;
  if (node.weight === "bold") style.fontWeight = 700;
  if (node.style === "italic") style.fontStyle = "italic";
  if (node.decoration !== undefined && node.decoration !== "none")
    style.textDecoration = node.decoration;
  return style;
}

export function textStyle(text: FlexText, placement: Placement | undefined): CSSProperties {
  const style: CSSProperties = {
    ...childStyle(text, placement),
    fontSize: fontSizeCss(text.size ?? "md"),
    lineHeight: TEXT_LINE_HEIGHT,
    minHeight: `${TEXT_LINE_HEIGHT}em`,
    ...fontStyle(text),
  };
  if (text.align !== undefined) style.textAlign = text.align;
  // gravity is ignored in a baseline box (RULES.md FLEX-BASE-2).
  if (placement?.layout !== "baseline" && text.gravity !== undefined) {
    style.alignSelf =
      text.gravity === "top" ? "flex-start" : text.gravity === "bottom" ? "flex-end" : "center";
  }
  if (text.wrap === true) {
    // wrap honours "\n" and breaks long words; lineSpacing adds px between lines (RENDERING.md §1).
    style.whiteSpace = "pre-wrap";
    style.overflowWrap = "anywhere";
    if (text.lineSpacing !== undefined)
      style.lineHeight = `calc(${TEXT_LINE_HEIGHT}em + ${text.lineSpacing})`;
    if (text.maxLines !== undefined && text.maxLines > 0) {
      style.display = "-webkit-box";
      style.WebkitBoxOrient = "vertical";
      style.WebkitLineClamp = text.maxLines;
      style.overflow = "hidden";
    }
  } else {
    // Without wrap a text is one line, cut with "…".
    style.whiteSpace = "nowrap";
    style.overflow = "hidden";
    style.textOverflow = "ellipsis";
  }
  return style;
}

export function Span({ span }: { span: FlexSpan }) {
  return (
    <span data-flex="span" style={{ ...fontStyle(span), fontSize: fontSizeCss(span.size) }}>
      {span.text ?? ""}
    </span>
  );
}

export function Text({ text, placement }: { text: FlexText; placement?: Placement }) {
  return (
    <div data-flex="text" style={textStyle(text, placement)}>
      {text.contents !== undefined && text.contents.length > 0
        ? text.contents.map((span, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans have no ids; order is identity.
            <Span key={index} span={span} />
          ))
        : text.text}
    </div>
  );
}
