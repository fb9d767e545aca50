import type { FlexText } from "@flexkit/validators";
import { type CSSProperties, useRef } from "react";
import { useActionProps } from "../../app/chat-mode/action-context.js";
import { TEXT_LINE_HEIGHT } from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { childStyle, type Placement } from "./layout.js";
import { useShrinkToFit } from "./shrink-to-fit.js";
import { fontStyle, Span } from "./span.js";

export function textStyle(text: FlexText, placement: Placement | undefined): CSSProperties {
  const scaling = text.scaling === true;
  const style: CSSProperties = {
    ...childStyle(text, placement),
    ...fontStyle(text, scaling),
    fontSize: fontSizeCss(text.size ?? "md", scaling),
    lineHeight: TEXT_LINE_HEIGHT,
    // An empty text keeps one line of height (RENDERING.md §2).
    minHeight: `${TEXT_LINE_HEIGHT}em`,
    boxSizing: "border-box",
  };
  if (text.align !== undefined) style.textAlign = text.align;
  if (text.action !== undefined) style.cursor = "pointer";
  if (text.wrap === true) {
    // wrap honours "\n" and breaks long words; lineSpacing adds px between lines (RENDERING.md §1).
    style.whiteSpace = "pre-wrap";
    style.overflowWrap = "anywhere";
    if (text.lineSpacing !== undefined)
      style.lineHeight = `calc(${TEXT_LINE_HEIGHT}em + ${text.lineSpacing})`;
    if (text.maxLines !== undefined && text.maxLines > 0) {
      // Chromium draws the "…" at the end of the last kept line.
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

export function Text({ text, placement }: { text: FlexText; placement?: Placement }) {
  const ref = useRef<HTMLDivElement>(null);
  useShrinkToFit(ref, text.adjustMode === "shrink-to-fit" && text.wrap !== true);
  const spans = text.contents ?? [];
  const tap = useActionProps(text.action);
  return (
    <div ref={ref} data-flex="text" style={textStyle(text, placement)} {...tap}>
      {spans.length > 0
        ? spans.map((span, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans have no ids; order is identity.
            <Span key={index} span={span} scaling={text.scaling === true} />
          ))
        : text.text}
    </div>
  );
}
