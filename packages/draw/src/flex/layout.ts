import { spaceCss } from "../units.js";
import { declaration } from "./markup.js";
import { FLEX_CLASS } from "./styles.js";

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
  /** Where the child sits, in LINE's property notation (`contents.body.contents[2]`), for errors. */
  path: string;
  /**
   * An earlier sibling is shifted (offsets) or absolute, so it may overlap this child, which LINE
   * paints on top of it (JSON order). CSS paints positioned elements over in-flow ones whatever
   * their order, so this child must be positioned too (boxes always are).
   */
  overlapped?: boolean;
  /**
   * Set for the root of a bubble block: the class of the block's default padding (which the root
   * box's own padding properties replace; none for the hero) and whether it grows to fill a
   * stretched block (the body).
   */
  root?: { paddingClass: string | undefined; grow: boolean };
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
  gravity?: string;
}

/**
 * The flex grow factor LINE gives a child: icons never grow; a box with a width or a height keeps
 * its size in a row (RULES.md §5.6 box), and one with a height keeps it in a column. A filler
 * grows in a column too: LINE's stylesheet gives fillers flex 1 whatever the box, and its own
 * showcase centres timeline dots and buttons between two fillers (RENDERING.md §1).
 */
export function flexGrowOf(child: ChildProps, layout: Layout): number {
  const row = layout !== "vertical";
  const sized =
    child.type === "box" && (child.height !== undefined || (row && child.width !== undefined));
  if (child.type === "icon" || child.type === "separator" || sized) return 0;
  return child.flex ?? (row || child.type === "filler" ? 1 : 0);
}

/** A child's place in its box: classes (FLEX_CLASS, space-separated) and inline declarations. */
export interface Placed {
  classes: string;
  css: string;
}

const NOWHERE: Placed = { classes: "", css: "" };

/**
 * How a child sits in its parent box, as classes (FLEX_CLASS) plus what only this child decides,
 * as inline declarations.
 */
export function placeChild(child: ChildProps, placement: Placement | undefined): Placed {
  if (placement === undefined) return NOWHERE;
  // A block's root is never absolute (FLEX-ABS-1: the validators report it); its offsets shift it.
  if (placement.root !== undefined)
    return {
      classes: placement.root.grow ? FLEX_CLASS.grow : "",
      css: offsetCss(child, { absolute: false }),
    };
  const row = placement.layout !== "vertical";
  const absolute = child.position === "absolute";
  let classes = "";
  let css = "";
  if (!absolute) {
    // Horizontal: `flex: N` → `N 0 0` so widths split by ratio; vertical: `N 0 auto`.
    const grow = flexGrowOf(child, placement.layout);
    if (row) {
      classes = grow === 0 ? FLEX_CLASS.row0 : FLEX_CLASS.row1;
      if (grow !== 0 && grow !== 1) css += declaration("flex", `${grow} 0 0`);
    } else {
      classes = grow === 1 ? FLEX_CLASS.column1 : FLEX_CLASS.column0;
      if (grow !== 0 && grow !== 1) css += declaration("flex", `${grow} 0 auto`);
    }
    const gap =
      child.margin !== undefined
        ? spaceCss(child.margin)
        : placement.index > 0 && child.type !== "filler"
          ? placement.spacing
          : undefined;
    if (gap !== undefined) css += declaration(row ? "margin-inline-start" : "margin-top", gap);
  }
  // gravity places a child on the cross axis of a horizontal box; a baseline box ignores it, and
  // an image's gravity places its picture in its own area instead (image.ts).
  if (placement.layout === "horizontal" && child.gravity !== undefined && child.type !== "image")
    css += `align-self:${crossAxis(child.gravity)};`;
  css += offsetCss(child, { raise: placement.overlapped === true && child.type !== "box" });
  return { classes, css };
}

/** Whether a child leaves its place (absolute, or shifted by offsets) and so may cover later siblings. */
export function leavesItsPlace(child: ChildProps): boolean {
  return (
    child.position === "absolute" ||
    child.offsetTop !== undefined ||
    child.offsetBottom !== undefined ||
    child.offsetStart !== undefined ||
    child.offsetEnd !== undefined
  );
}

export function crossAxis(gravityOrAlign: string): "flex-start" | "flex-end" | "center" {
  if (gravityOrAlign === "top" || gravityOrAlign === "start") return "flex-start";
  if (gravityOrAlign === "bottom" || gravityOrAlign === "end") return "flex-end";
  return "center";
}

/**
 * `relative` shifts a component from its place by its offsets; `absolute` places it from the
 * parent's edges (the parent box is always a containing block). Start/end follow `direction`.
 * `absolute: false` draws an absolute component in its place (a block's root); `raise` positions
 * a component that stays in its place, so that it paints over the earlier siblings that cover it.
 */
export function offsetCss(
  child: ChildProps,
  { absolute = true, raise = false }: { absolute?: boolean; raise?: boolean } = {},
): string {
  let css = "";
  if (absolute && child.position === "absolute") css += "position:absolute;";
  else if (raise || leavesItsPlace(child)) css += "position:relative;";
  if (child.offsetTop !== undefined) css += declaration("top", spaceCss(child.offsetTop));
  if (child.offsetBottom !== undefined) css += declaration("bottom", spaceCss(child.offsetBottom));
  if (child.offsetStart !== undefined)
    css += declaration("inset-inline-start", spaceCss(child.offsetStart));
  if (child.offsetEnd !== undefined)
    css += declaration("inset-inline-end", spaceCss(child.offsetEnd));
  return css;
}

/** A child's classes joined to the element's own. */
export function withPlaced(own: string, placed: Placed): string {
  return placed.classes === "" ? own : own === "" ? placed.classes : `${own} ${placed.classes}`;
}
