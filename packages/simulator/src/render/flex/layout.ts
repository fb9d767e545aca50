import type { CSSProperties } from "react";
import { spaceCss } from "../units.js";

/**
 * How a child sits in its parent box (RENDERING.md §1): `flex` defaults to 1 in horizontal and
 * baseline boxes and 0 in vertical ones; the parent's `spacing` goes before every child but the
 * first, a child's own `margin` replaces it (and applies before the first child too), and a
 * filler ignores spacing. https://developers.line.biz/en/docs/messaging-api/flex-message-layout/
 */
export type Layout = "horizontal" | "vertical" | "baseline";

export interface Placement {
  layout: Layout;
  /** The parent's spacing, already as CSS, or undefined. */
  spacing: string | undefined;
  index: number;
}

interface ChildProps {
  type?: string;
  flex?: number;
  margin?: string;
  width?: string;
  height?: string;
  position?: string;
  offsetTop?: string;
  offsetBottom?: string;
  offsetStart?: string;
  offsetEnd?: string;
}

export function childStyle(child: ChildProps, placement: Placement | undefined): CSSProperties {
  const style: CSSProperties = {};
  if (placement === undefined) return style;
  const row = placement.layout !== "vertical";
  // A box with a width (horizontal parent) or height (vertical parent) keeps that size: flex 0.
  const sized =
    child.type === "box" && (row ? child.width !== undefined : child.height !== undefined);
  const grow = child.type === "icon" || sized ? 0 : (child.flex ?? (row ? 1 : 0));
  if (child.position !== "absolute") {
    if (row) style.flex = grow === 0 ? "0 0 auto" : `${grow} 0 0`;
    else style.flex = `${grow} 0 auto`;
    if (row && grow !== 0) style.minWidth = 0;
  }
  const gap =
    child.margin !== undefined
      ? spaceCss(child.margin)
      : placement.index > 0 && child.type !== "filler"
        ? placement.spacing
        : undefined;
  if (gap !== undefined && child.position !== "absolute") {
    if (row) style.marginInlineStart = gap;
    else style.marginTop = gap;
  }
  Object.assign(style, offsetStyle(child));
  return style;
}

export function offsetStyle(child: ChildProps): CSSProperties {
  const style: CSSProperties = {};
  if (child.position === "absolute") style.position = "absolute";
  else if (child.offsetTop ?? child.offsetBottom ?? child.offsetStart ?? child.offsetEnd)
    style.position = "relative";
  if (child.offsetTop !== undefined) style.top = spaceCss(child.offsetTop);
  if (child.offsetBottom !== undefined) style.bottom = spaceCss(child.offsetBottom);
  if (child.offsetStart !== undefined) style.insetInlineStart = spaceCss(child.offsetStart);
  if (child.offsetEnd !== undefined) style.insetInlineEnd = spaceCss(child.offsetEnd);
  return style;
}
