/**
 * The area editors' geometry, free of the DOM: screen pixels to image units at the displayed
 * scale, rounding to integers, keeping a rectangle inside the image, snapping edges to the edges
 * of other areas and of the image, and the eight resize handles. Units are the imagemap's
 * `baseSize` units or the rich menu's `size` pixels; both must be integers with x, y ≥ 0,
 * width, height ≥ 1 (RULES.md IMG-8, RM-3), and the area should lie inside the image (IMG-8's
 * warning, RM-4's error), so every result here does.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Displayed pixels per unit on each axis (the picture keeps its ratio, rounding need not). */
export interface Scale {
  x: number;
  y: number;
}

export const HANDLES = [
  "top-left",
  "top",
  "top-right",
  "right",
  "bottom-right",
  "bottom",
  "bottom-left",
  "left",
] as const;

export type Handle = (typeof HANDLES)[number];

/** How near, in screen pixels, an edge must come to another edge to snap to it. */
export const SNAP_PX = 6;

/** Keyboard nudges: one unit, or ten with Shift. */
export const NUDGE = 1;
export const NUDGE_FAST = 10;

/** The vertical (xs) and horizontal (ys) lines an edge may snap to. */
export interface SnapLines {
  xs: number[];
  ys: number[];
}

/** The lines an edge snapped to, for the editor to draw as guides. */
export interface Snapped {
  x?: number;
  y?: number;
}

/** A rectangle and the guides its edges snapped to. */
export interface Placed {
  rect: Rect;
  snapped: Snapped;
}

/** The scale of a picture drawn `displayed` pixels wide and high for an image of `size` units. */
export function scaleOf(displayed: Size, size: Size): Scale {
  return { x: displayed.width / size.width, y: displayed.height / size.height };
}

/** A point on the screen, relative to the picture's top-left corner, in (fractional) units. */
export function toUnits(point: Point, scale: Scale): Point {
  return { x: point.x / scale.x, y: point.y / scale.y };
}

/** Snapping tolerance in units on each axis: SNAP_PX on the screen, whatever the zoom. */
export function snapTolerance(scale: Scale, px = SNAP_PX): Point {
  return { x: px / scale.x, y: px / scale.y };
}

/** The image's edges and every other area's edges; `others` excludes the area being edited. */
export function snapLines(size: Size, others: readonly Rect[]): SnapLines {
  const xs = new Set([0, size.width]);
  const ys = new Set([0, size.height]);
  for (const r of others) {
    xs.add(r.x).add(r.x + r.width);
    ys.add(r.y).add(r.y + r.height);
  }
  return { xs: [...xs], ys: [...ys] };
}

/** The line nearest to `value` within `tolerance`, if any (the first one on a tie). */
export function nearestLine(
  value: number,
  lines: readonly number[],
  tolerance: number,
): number | undefined {
  let best: number | undefined;
  for (const line of lines) {
    const distance = Math.abs(line - value);
    if (distance <= tolerance && (best === undefined || distance < Math.abs(best - value)))
      best = line;
  }
  return best;
}

/**
 * The whole units a rectangle may have: integers, at least 1 wide and high, inside the image.
 * A rectangle larger than the image is cut to it.
 */
export function clampRect(rect: Rect, size: Size): Rect {
  const width = Math.min(Math.max(Math.round(rect.width), 1), size.width);
  const height = Math.min(Math.max(Math.round(rect.height), 1), size.height);
  return {
    x: Math.min(Math.max(Math.round(rect.x), 0), size.width - width),
    y: Math.min(Math.max(Math.round(rect.y), 0), size.height - height),
    width,
    height,
  };
}

/** One axis of a rectangle given by its two edges, `from` < `to` once rounded. */
function span(from: number, to: number, extent: number): [number, number] {
  const start = Math.min(Math.max(Math.round(from), 0), extent - 1);
  const end = Math.min(Math.max(Math.round(to), start + 1), extent);
  return [start, end];
}

/** An edge snapped to the nearest line within `tolerance`, and the line it took. */
function snapEdge(
  edge: number,
  lines: readonly number[] | undefined,
  tolerance: number,
): [number, number | undefined] {
  if (lines === undefined) return [edge, undefined];
  const line = nearestLine(edge, lines, tolerance);
  return line === undefined ? [edge, undefined] : [line, line];
}

/**
 * A new area dragged from `start` to `end` (units, any order): its edges snap to `lines` within
 * `tolerance` (none when `lines` is undefined, e.g. with Alt held), then round and stay inside.
 */
export function drawnRect(
  start: Point,
  end: Point,
  size: Size,
  lines?: SnapLines,
  tolerance: Point = { x: 0, y: 0 },
): Placed {
  const [left, snapLeft] = snapEdge(Math.min(start.x, end.x), lines?.xs, tolerance.x);
  const [right, snapRight] = snapEdge(Math.max(start.x, end.x), lines?.xs, tolerance.x);
  const [top, snapTop] = snapEdge(Math.min(start.y, end.y), lines?.ys, tolerance.y);
  const [bottom, snapBottom] = snapEdge(Math.max(start.y, end.y), lines?.ys, tolerance.y);
  const [x0, x1] = span(left, right, size.width);
  const [y0, y1] = span(top, bottom, size.height);
  return {
    rect: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 },
    snapped: definedOnly({ x: snapLeft ?? snapRight, y: snapTop ?? snapBottom }),
  };
}

/** The shift that brings the nearer of two edges onto a line within `tolerance`, or 0. */
function snapShift(
  edges: [number, number],
  lines: readonly number[] | undefined,
  tolerance: number,
): [number, number | undefined] {
  if (lines === undefined) return [0, undefined];
  let best: { shift: number; line: number } | undefined;
  for (const edge of edges) {
    const line = nearestLine(edge, lines, tolerance);
    if (line !== undefined && (best === undefined || Math.abs(line - edge) < Math.abs(best.shift)))
      best = { shift: line - edge, line };
  }
  return best === undefined ? [0, undefined] : [best.shift, best.line];
}

/**
 * `rect` moved by `delta` units: whichever of its edges comes within `tolerance` of a line snaps
 * to it, then the area rounds and stays whole inside the image (it stops at the border, keeping
 * its size).
 */
export function movedRect(
  rect: Rect,
  delta: Point,
  size: Size,
  lines?: SnapLines,
  tolerance: Point = { x: 0, y: 0 },
): Placed {
  const x = rect.x + delta.x;
  const y = rect.y + delta.y;
  const [dx, snapX] = snapShift([x, x + rect.width], lines?.xs, tolerance.x);
  const [dy, snapY] = snapShift([y, y + rect.height], lines?.ys, tolerance.y);
  return {
    rect: clampRect({ x: x + dx, y: y + dy, width: rect.width, height: rect.height }, size),
    snapped: definedOnly({ x: snapX, y: snapY }),
  };
}

/** Which edges a handle moves. */
function edgesOf(handle: Handle): { left: boolean; right: boolean; top: boolean; bottom: boolean } {
  return {
    left: handle.endsWith("left"),
    right: handle.endsWith("right"),
    top: handle.startsWith("top"),
    bottom: handle.startsWith("bottom"),
  };
}

/**
 * `rect` resized by dragging `handle` by `delta` units: the edges the handle holds move and snap,
 * the others stay; an edge never passes the opposite one (the area keeps at least 1 unit) nor
 * the image's border.
 */
export function resizedRect(
  rect: Rect,
  handle: Handle,
  delta: Point,
  size: Size,
  lines?: SnapLines,
  tolerance: Point = { x: 0, y: 0 },
): Placed {
  const moves = edgesOf(handle);
  let [left, right, top, bottom] = [rect.x, rect.x + rect.width, rect.y, rect.y + rect.height];
  let snapX: number | undefined;
  let snapY: number | undefined;
  if (moves.left) [left, snapX] = snapEdge(left + delta.x, lines?.xs, tolerance.x);
  if (moves.right) [right, snapX] = snapEdge(right + delta.x, lines?.xs, tolerance.x);
  if (moves.top) [top, snapY] = snapEdge(top + delta.y, lines?.ys, tolerance.y);
  if (moves.bottom) [bottom, snapY] = snapEdge(bottom + delta.y, lines?.ys, tolerance.y);
  const clampEdge = (value: number, low: number, high: number) =>
    Math.min(Math.max(Math.round(value), low), high);
  // The fixed edges stay where they are; the moving ones stop 1 unit short of them.
  if (moves.left) left = clampEdge(left, 0, right - 1);
  if (moves.right) right = clampEdge(right, left + 1, size.width);
  if (moves.top) top = clampEdge(top, 0, bottom - 1);
  if (moves.bottom) bottom = clampEdge(bottom, top + 1, size.height);
  return {
    rect: clampRect({ x: left, y: top, width: right - left, height: bottom - top }, size),
    snapped: definedOnly({ x: snapX, y: snapY }),
  };
}

export type ArrowKey = "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown";

export function isArrowKey(key: string): key is ArrowKey {
  return key === "ArrowLeft" || key === "ArrowRight" || key === "ArrowUp" || key === "ArrowDown";
}

/** The step an arrow key makes: 1 unit, 10 with Shift. */
export function arrowDelta(key: ArrowKey, fast: boolean): Point {
  const step = fast ? NUDGE_FAST : NUDGE;
  if (key === "ArrowLeft") return { x: -step, y: 0 };
  if (key === "ArrowRight") return { x: step, y: 0 };
  if (key === "ArrowUp") return { x: 0, y: -step };
  return { x: 0, y: step };
}

/** `rect` nudged by an arrow key (no snapping: the keyboard moves by exact units). */
export function nudgedRect(rect: Rect, key: ArrowKey, fast: boolean, size: Size): Rect {
  return movedRect(rect, arrowDelta(key, fast), size).rect;
}

/** A handle's edges nudged by an arrow key. */
export function nudgedHandle(
  rect: Rect,
  handle: Handle,
  key: ArrowKey,
  fast: boolean,
  size: Size,
): Rect {
  return resizedRect(rect, handle, arrowDelta(key, fast), size).rect;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
}

function definedOnly(snapped: Snapped): Snapped {
  const out: Snapped = {};
  if (snapped.x !== undefined) out.x = snapped.x;
  if (snapped.y !== undefined) out.y = snapped.y;
  return out;
}
