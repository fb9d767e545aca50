import type {
  RichMenuAction,
  RichMenuArea,
  RichMenuBounds,
  RichMenu as RichMenuObject,
  RichMenuSize,
} from "@flexkit/validators";
import {
  type Builtin,
  copyProps,
  defineBuiltin,
  ownProps,
  type Parent,
  type RenderApi,
} from "../../component.js";
import { type FlexNode, isElement } from "../../element.js";
import { childIndex } from "../../path.js";

/**
 * A rich menu (RULES.md §15.1): `<RichMenu>` holds its areas, either as `<Area bounds>` written
 * by hand, or laid out by `<Row>`s (stacked top to bottom) or `<Column>`s (side by side) that
 * split the menu, or their parent cell, by weights. Either way it renders to exactly the object
 * `POST /v2/bot/richmenu` takes: the layout elements leave nothing in the JSON but bounds.
 */

/** RM-2's two common sizes, as LINE's docs name them. */
export const RICH_MENU_SIZES = {
  large: { width: 2500, height: 1686 },
  compact: { width: 2500, height: 843 },
} as const satisfies Record<string, RichMenuSize>;

export type RichMenuSizeName = keyof typeof RICH_MENU_SIZES;

export type RichMenuProps = Omit<RichMenuObject, "size" | "areas"> & {
  /** `{ width, height }`, or `"large"` (2500 × 1686) / `"compact"` (2500 × 843). */
  size: RichMenuSize | RichMenuSizeName;
  /** `<Area bounds>` elements, or `<Row>`s, or `<Column>`s. */
  children?: FlexNode;
};

/**
 * An area: its `action` (richMenuSwitch included, which only rich menus take) and where it sits,
 * `bounds` in the menu's pixels directly in a `<RichMenu>`, or a `weight` (default 1) in a
 * `<Row>`/`<Column>`, which computes its bounds.
 */
export type AreaProps =
  | { action: RichMenuAction; bounds: RichMenuBounds; weight?: never; children?: never }
  | { action: RichMenuAction; weight?: number; bounds?: never; children?: never };

/** `<Row>`: a band of the menu (or of a column) whose areas or columns sit side by side. */
export interface RowProps {
  /** Its share of the parent's height among its sibling rows (default 1). */
  weight?: number;
  children?: FlexNode;
}

/** `<Column>`: a band of the menu (or of a row) whose areas or rows are stacked. */
export interface ColumnProps {
  /** Its share of the parent's width among its sibling columns (default 1). */
  weight?: number;
  children?: FlexNode;
}

/** What a `<Row>`, `<Column>` or weighted `<Area>` renders to until its menu gives it bounds. */
export interface Cell {
  weight: number;
  /** An area's action; absent for a row or column. */
  action?: RichMenuAction;
  /** A row splits its width among its cells; a column its height. */
  split?: "width" | "height";
  cells?: Cell[];
}

/** Where the next laid-out area goes in `areas`, so each element's source lands on its area. */
let nextArea = 0;

/**
 * Splits `length` by `weights`: each part ends at round(length × cumulative weight / total), so
 * the parts add up to `length` exactly, with no gap or overlap whatever the rounding.
 */
export function splitByWeights(length: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const parts: number[] = [];
  let cumulative = 0;
  let start = 0;
  for (const weight of weights) {
    cumulative += weight;
    const end = Math.round((length * cumulative) / total);
    parts.push(end - start);
    start = end;
  }
  return parts;
}

/** The areas of `cells` laid out in `bounds`, split along `split`, in document order. */
export function layOut(
  cells: readonly Cell[],
  split: "width" | "height",
  bounds: RichMenuBounds,
  out: RichMenuArea[] = [],
): RichMenuArea[] {
  const parts = splitByWeights(
    bounds[split],
    cells.map((cell) => cell.weight),
  );
  let offset = split === "width" ? bounds.x : bounds.y;
  cells.forEach((cell, index) => {
    const length = parts[index]!;
    const own: RichMenuBounds =
      split === "width"
        ? { x: offset, y: bounds.y, width: length, height: bounds.height }
        : { x: bounds.x, y: offset, width: bounds.width, height: length };
    offset += length;
    if (cell.action !== undefined) out.push({ bounds: own, action: cell.action });
    else layOut(cell.cells ?? [], cell.split ?? "width", own, out);
  });
  return out;
}

export function buildRichMenu(
  props: Omit<RichMenuProps, "children">,
  areas: RichMenuArea[],
): RichMenuObject {
  const { size, selected, name, chatBarText } = props;
  // LINE's own order of keys (REF#rich-menu-object); nothing is added, and a named size is the
  // numbers LINE takes.
  const out = ownProps({
    size: typeof size === "string" ? { ...RICH_MENU_SIZES[size] } : size,
    selected,
    name,
    chatBarText,
  });
  return copyProps(out, { ...ownProps(props, ["size"]), areas }) as RichMenuObject;
}

const RICH_MENU: Parent = { name: "RichMenu", describe: "a <RichMenu>" };
const ROW: Parent = { name: "Row", describe: "a <Row>" };
const COLUMN: Parent = { name: "Column", describe: "a <Column>" };

function weightOf(weight: number | undefined, name: string, api: RenderApi): number {
  if (weight === undefined) return 1;
  if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0)
    throw api.error(
      `Invalid value for "weight" of <${name}> at ${api.path}: expected a positive number; received ${JSON.stringify(weight) ?? String(weight)}`,
    );
  return weight;
}

/** Paths for a cell's children: an area takes the next index of `areas`; a band, where its first area goes. */
function cellChildPath(menuPath: string) {
  return (_index: number, child: unknown): string => {
    const band = isElement(child) && (child.type === Row || child.type === Column);
    return childIndex(menuPath, "areas", band ? nextArea : nextArea++);
  };
}

/** The menu's path, from an area's `…areas[3]`. */
function menuPathOf(path: string): string {
  const cut = path.lastIndexOf("areas[");
  return cut <= 0 ? "" : path.slice(0, cut - 1);
}

function cellsOf(children: FlexNode, parent: Parent, api: RenderApi): Cell[] {
  return api
    .children(children, parent, cellChildPath(menuPathOf(api.path)))
    .map((child) => child.json as Cell);
}

export const RichMenu: Builtin<RichMenuProps, RichMenuObject> = defineBuiltin<
  RichMenuProps,
  RichMenuObject
>({
  name: "RichMenu",
  placement: (parent) =>
    parent === undefined
      ? undefined
      : `<RichMenu> is a rich menu and must be the root; found in ${parent.describe}`,
  render(props, api) {
    const { size } = props;
    if (typeof size === "string" && !Object.hasOwn(RICH_MENU_SIZES, size))
      throw api.error(
        `Invalid value for "size" of <RichMenu>: expected { width, height }, "large" or "compact"; received ${JSON.stringify(size)}`,
      );
    const menuSize: RichMenuSize = typeof size === "string" ? RICH_MENU_SIZES[size] : size;
    nextArea = 0;
    const children = api.children(props.children, RICH_MENU, cellChildPath(api.path));
    const kinds = new Set(children.map((child) => child.name));
    if (kinds.size > 1)
      throw api.error(
        `a <RichMenu> holds either <Area>s with bounds, or <Row>s, or <Column>s, not a mix; found ${[...kinds].map((kind) => `<${kind}>`).join(" and ")}`,
      );
    let areas: RichMenuArea[];
    if (kinds.has("Row") || kinds.has("Column")) {
      const cells = children.map((child) => child.json as Cell);
      areas = layOut(cells, kinds.has("Row") ? "height" : "width", {
        x: 0,
        y: 0,
        width: menuSize.width,
        height: menuSize.height,
      });
    } else {
      areas = children.map((child) => child.json as RichMenuArea);
    }
    return buildRichMenu(props, areas);
  },
});

export const Area: Builtin<AreaProps, RichMenuArea> = defineBuiltin<AreaProps, RichMenuArea>({
  name: "Area",
  placement(parent, props) {
    if (parent === undefined || parent.name === "RichMenu") {
      if (props.bounds === undefined)
        return `<Area> in ${parent?.describe ?? "the root"} needs bounds={{ x, y, width, height }} (only in a <Row> or <Column> are they computed from weight)`;
      if (props.weight !== undefined)
        return `<Area> in ${parent?.describe ?? "the root"} takes bounds, not weight (weight is for an <Area> in a <Row> or <Column>)`;
      return undefined;
    }
    if (parent.name === "Row" || parent.name === "Column")
      return props.bounds === undefined
        ? undefined
        : `<Area> in ${parent.describe} takes weight, not bounds (its bounds are computed from the weights)`;
    return `<Area> must be inside a <RichMenu>, a <Row> or a <Column>; found in ${parent.describe}`;
  },
  render(props, api) {
    if (props.bounds !== undefined) return { bounds: props.bounds, action: props.action };
    // In a row or column: a cell that the menu gives bounds (see layOut).
    return {
      weight: weightOf(props.weight, "Area", api),
      action: props.action,
    } as Cell as unknown as RichMenuArea;
  },
});

function defineBand(name: "Row" | "Column", split: "width" | "height", own: Parent, holds: string) {
  return defineBuiltin<RowProps, Cell>({
    name,
    placement: (parent) =>
      parent !== undefined && (parent.name === "RichMenu" || parent.name === holds)
        ? undefined
        : `<${name}> must be inside a <RichMenu> or a <${holds}>; found in ${parent?.describe ?? "the root"}`,
    render(props, api) {
      const cells = cellsOf(props.children, own, api);
      if (cells.length === 0)
        throw api.error(`a <${name}> at ${api.path} needs at least one <Area> or <${holds}>`);
      return { weight: weightOf(props.weight, name, api), split, cells };
    },
  });
}

/** Rows are stacked: each splits the height; its areas and columns share its width. */
export const Row: Builtin<RowProps, Cell> = defineBand("Row", "width", ROW, "Column");
/** Columns sit side by side: each splits the width; its areas and rows share its height. */
export const Column: Builtin<ColumnProps, Cell> = defineBand("Column", "height", COLUMN, "Row");
