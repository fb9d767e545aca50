import type { FlexText } from "@flexkit/validators";
import { type CSSProperties, type ReactNode, useRef } from "react";
import { type ActionProps, actionProps } from "../../app/chat-mode/action-context.js";
import { TEXT_LINE_HEIGHT } from "../pixels.js";
import { type Placement, placeChild } from "./layout.js";
import { useShrinkToFit } from "./shrink-to-fit.js";
import { fontStyle, Span, sizeClassAndStyle } from "./span.js";
import { FLEX_CLASS } from "./styles.js";

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

/**
 * A text's classes and inline style. Line height 1.4, one line of height when empty (RENDERING.md
 * §2); without wrap one line cut with "…"; with wrap "\n" is honoured and long words break, and
 * `maxLines` clamps with "…" (FLEX_CSS).
 */
export function textStyle(
  text: FlexText,
  placement: Placement | undefined,
): { className: string; style: CSSProperties } {
  const scaling = text.scaling === true;
  const clamped = isClamped(text);
  const style: CSSProperties = {};
  let className: string = FLEX_CLASS.text;
  // A clamped text's place in its box belongs to its wrapper (see Text).
  if (!clamped) {
    const placed = placeChild(text, placement, style);
    if (placed !== "") className += ` ${placed}`;
  }
  fontStyle(text, style);
  const size = sizeClassAndStyle(text.size ?? "md", scaling, style);
  if (size !== undefined) className += ` ${size}`;
  if (text.align !== undefined) style.textAlign = text.align;
  if (text.action !== undefined) style.cursor = "pointer";
  if (text.wrap === true) {
    className += ` ${FLEX_CLASS.wrap}`;
    // lineSpacing adds px between lines (RENDERING.md §1).
    if (text.lineSpacing !== undefined)
      style.lineHeight = `calc(${TEXT_LINE_HEIGHT}em + ${text.lineSpacing})`;
    if (clamped) {
      // Chromium draws the "…" at the end of the last kept line.
      className += ` ${FLEX_CLASS.clamp}`;
      style.WebkitLineClamp = text.maxLines;
    }
  } else {
    className += ` ${FLEX_CLASS.oneLine}`;
  }
  // A block container places its lines with align-content, "…" and all.
  const lines = clamped ? undefined : linesPlacement(text, placement);
  if (lines !== undefined) style.alignContent = lines;
  return { className, style };
}

/**
 * Where a clamped text sits: Chromium's line clamp only hides the lines after the last kept one
 * while the clamped element is as tall as those lines, so a text that grows (flex in a vertical
 * box, or stretched in a horizontal one) would show them all. The wrapper takes the text's place
 * and size; the clamped lines keep their height inside it, placed by gravity.
 */
function clampWrapperStyle(
  text: FlexText,
  placement: Placement | undefined,
): { className: string; style: CSSProperties } {
  const style: CSSProperties = {};
  const placed = placeChild(text, placement, style);
  const lines = linesPlacement(text, placement);
  if (lines !== undefined) style.justifyContent = lines;
  return {
    className: placed === "" ? FLEX_CLASS.clampPlace : `${FLEX_CLASS.clampPlace} ${placed}`,
    style,
  };
}

export function Text({ text, placement }: { text: FlexText; placement?: Placement }) {
  const tap = actionProps(text.action, placement?.onAction);
  const { className, style } = textStyle(text, placement);
  const spans = text.contents ?? [];
  const content =
    spans.length > 0
      ? // Spans have no ids: the index is the key.
        spans.map((span, index) => Span({ span, scaling: text.scaling === true, index }))
      : text.text;
  const clamped = isClamped(text);
  // The element's key among its siblings: the wrapper's, when the text has one.
  const key = clamped ? undefined : placement?.index;
  const drawn =
    text.adjustMode === "shrink-to-fit" && text.wrap !== true ? (
      <ShrinkToFit key={key} className={className} style={style} tap={tap}>
        {content}
      </ShrinkToFit>
    ) : (
      <div key={key} data-flex="text" className={className} style={style} {...tap}>
        {content}
      </div>
    );
  if (!clamped) return drawn;
  const place = clampWrapperStyle(text, placement);
  return (
    <div
      key={placement?.index}
      data-flex-place="text"
      className={place.className}
      style={place.style}
    >
      {drawn}
    </div>
  );
}

/** A one-line text with `adjustMode: shrink-to-fit`; only these need a ref and an effect. */
function ShrinkToFit({
  className,
  style,
  tap,
  children,
}: {
  className: string;
  style: CSSProperties;
  tap: ActionProps;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useShrinkToFit(ref, true);
  return (
    <div ref={ref} data-flex="text" className={className} style={style} {...tap}>
      {children}
    </div>
  );
}
