import type { FlexText } from "@flexkit/validators";
import { type CSSProperties, useRef } from "react";
import { useActionProps } from "../../app/chat-mode/action-context.js";
import { TEXT_LINE_HEIGHT } from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { childStyle, type Placement } from "./layout.js";
import { useShrinkToFit } from "./shrink-to-fit.js";
import { fontStyle, Span } from "./span.js";

/** A wrapped text cut after `maxLines` lines (0 = unlimited). */
function isClamped(text: FlexText): boolean {
  return text.wrap === true && text.maxLines !== undefined && text.maxLines > 0;
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

export function textStyle(text: FlexText, placement: Placement | undefined): CSSProperties {
  const scaling = text.scaling === true;
  const clamped = isClamped(text);
  const style: CSSProperties = {
    // A clamped text's place in its box belongs to its wrapper (see Text).
    ...(clamped ? {} : childStyle(text, placement)),
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
    if (clamped) {
      // Chromium draws the "…" at the end of the last kept line.
      style.display = "-webkit-box";
      style.WebkitBoxOrient = "vertical";
      style.WebkitLineClamp = text.maxLines;
      style.overflow = "hidden";
      style.flex = "none";
    }
  } else {
    // Without wrap a text is one line, cut with "…".
    style.whiteSpace = "nowrap";
    style.overflow = "hidden";
    style.textOverflow = "ellipsis";
  }
  // A block container places its lines with align-content, "…" and all.
  const lines = clamped ? undefined : linesPlacement(text, placement);
  if (lines !== undefined) style.alignContent = lines;
  return style;
}

/**
 * Where a clamped text sits: Chromium's line clamp only hides the lines after the last kept one
 * while the clamped element is as tall as those lines, so a text that grows (flex in a vertical
 * box, or stretched in a horizontal one) would show them all. The wrapper takes the text's place
 * and size; the clamped lines keep their height inside it, placed by gravity.
 */
function clampWrapperStyle(text: FlexText, placement: Placement | undefined): CSSProperties {
  const style: CSSProperties = {
    ...childStyle(text, placement),
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  };
  const lines = linesPlacement(text, placement);
  if (lines !== undefined) style.justifyContent = lines;
  return style;
}

export function Text({ text, placement }: { text: FlexText; placement?: Placement }) {
  const ref = useRef<HTMLDivElement>(null);
  useShrinkToFit(ref, text.adjustMode === "shrink-to-fit" && text.wrap !== true);
  const spans = text.contents ?? [];
  const tap = useActionProps(text.action);
  const drawn = (
    <div ref={ref} data-flex="text" style={textStyle(text, placement)} {...tap}>
      {spans.length > 0
        ? spans.map((span, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: spans have no ids; order is identity.
            <Span key={index} span={span} scaling={text.scaling === true} />
          ))
        : text.text}
    </div>
  );
  if (!isClamped(text)) return drawn;
  return (
    <div data-flex-place="text" style={clampWrapperStyle(text, placement)}>
      {drawn}
    </div>
  );
}
