import {
  IMAGEMAP_BASE_WIDTH,
  imagemapImageUrl,
  isRecord,
  isRichMenu,
  num,
  type Obj,
  richMenuSize,
  str,
} from "@flexkit/draw";
import { LIMITS, type PathStep } from "@flexkit/validators";
import type { Rect, Size } from "./area-geometry.js";

/**
 * What the area editor edits, read from an imagemap message or a rich menu object and written
 * back as a new whole value (never mutated, so that each change is one undo step). Imagemap
 * areas are `actions[i].area` in `baseSize` units (RULES.md §6, IMG-8); rich menu areas are
 * `areas[i].bounds` in the menu's `size` pixels (§15, RM-3, RM-4). Values are read defensively,
 * like draw reads them: an area without a readable rectangle is left alone, at its index.
 */

export type AreaKind = "imagemap" | "rich-menu";

export interface EditableArea {
  /** Its index in `actions` (imagemap) or `areas` (rich menu). */
  index: number;
  rect: Rect;
  action: unknown;
}

export interface AreaSurface {
  kind: AreaKind;
  /** The units the areas are given in: `baseSize` or `size`. */
  size: Size;
  /** The picture to draw the areas on, if any. */
  image: string | undefined;
  areas: EditableArea[];
  /** Areas that are not edited here but are edges to snap to: an imagemap's video. */
  fixed: Rect[];
  /** How many areas LINE takes (IMG-5, RM-1). */
  max: number;
  /** The count of entries in `actions` / `areas`, readable or not. */
  count: number;
}

/** An imagemap message or a rich menu object: what the area editor can edit. */
export function hasAreas(value: unknown): value is Obj {
  return isImagemap(value) || isRichMenu(value);
}

function isImagemap(value: unknown): value is Obj {
  return isRecord(value) && value.type === "imagemap";
}

export function readRect(value: unknown): Rect | undefined {
  if (!isRecord(value)) return undefined;
  const [x, y, width, height] = [value.x, value.y, value.width, value.height].map(num);
  if (x === undefined || y === undefined || width === undefined || height === undefined)
    return undefined;
  return { x, y, width, height };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The imagemap's height in `baseSize` units, or the width when it has none worth using (as draw
 * does); its width is always 1040 (IMG-3).
 */
function imagemapSize(message: Obj): Size {
  const height = num(isRecord(message.baseSize) ? message.baseSize.height : undefined);
  return {
    width: IMAGEMAP_BASE_WIDTH,
    height: height !== undefined && height >= 1 ? Math.floor(height) : IMAGEMAP_BASE_WIDTH,
  };
}

/**
 * The editor's view of `value`. `image` overrides the picture: a rich menu's picture is not part
 * of the object LINE takes (it is uploaded on its own, RM-IMG-1), so the simulator keeps it under
 * `image` or in a set's `images`.
 */
export function surfaceOf(value: unknown, image?: string): AreaSurface | undefined {
  if (isImagemap(value)) {
    const actions = list(value.actions);
    const baseUrl = str(value.baseUrl) ?? "";
    const video = isRecord(value.video) ? readRect(value.video.area) : undefined;
    return {
      kind: "imagemap",
      size: imagemapSize(value),
      // The widest of the five images draw may ask for (IMG-1): `{baseUrl}/1040`.
      image:
        image ?? (baseUrl === "" ? undefined : imagemapImageUrl(baseUrl, IMAGEMAP_BASE_WIDTH, 1)),
      areas: actions.flatMap((action, index) => {
        const rect = isRecord(action) ? readRect(action.area) : undefined;
        return rect === undefined ? [] : [{ index, rect, action }];
      }),
      fixed: video === undefined ? [] : [video],
      max: LIMITS.imagemapActionsMax.value,
      count: actions.length,
    };
  }
  if (isRichMenu(value)) {
    const areas = list(value.areas);
    const picture = image ?? str(value.image);
    return {
      kind: "rich-menu",
      size: richMenuSize(value),
      image: picture === "" ? undefined : picture,
      areas: areas.flatMap((area, index) => {
        const rect = isRecord(area) ? readRect(area.bounds) : undefined;
        return rect === undefined
          ? []
          : [{ index, rect, action: isRecord(area) ? area.action : undefined }];
      }),
      fixed: [],
      max: LIMITS.richMenuAreasMax.value,
      count: areas.length,
    };
  }
  return undefined;
}

const entriesKey = (kind: AreaKind) => (kind === "imagemap" ? "actions" : "areas");

/** `value` with area `index` at `rect`. */
export function withRect(value: Obj, kind: AreaKind, index: number, rect: Rect): Obj {
  const key = entriesKey(kind);
  const entries = list(value[key]).map((entry, i) => {
    if (i !== index || !isRecord(entry)) return entry;
    return kind === "imagemap"
      ? { ...entry, area: { ...rect } }
      : { ...entry, bounds: { ...rect } };
  });
  return { ...value, [key]: entries };
}

/**
 * A new area's action: one that passes the validators as it is, for the inspector to change.
 * An imagemap takes only uri, message and clipboard (IMG-5), and a message needs its text;
 * a rich menu area's postback needs its data and nothing else (RM-7).
 */
export function newEntry(kind: AreaKind, rect: Rect, number: number): Obj {
  return kind === "imagemap"
    ? { type: "message", text: `Area ${number}`, area: { ...rect } }
    : { bounds: { ...rect }, action: { type: "postback", data: `area=${number}` } };
}

/** `value` with a new area at `rect`, last; its index is the old count. */
export function withNewArea(value: Obj, kind: AreaKind, rect: Rect): Obj {
  const key = entriesKey(kind);
  const entries = list(value[key]);
  return { ...value, [key]: [...entries, newEntry(kind, rect, entries.length + 1)] };
}

/** `value` without area `index`. */
export function withoutArea(value: Obj, kind: AreaKind, index: number): Obj {
  const key = entriesKey(kind);
  return { ...value, [key]: list(value[key]).filter((_, i) => i !== index) };
}

const DETAIL_MAX = 40;

/** What an action carries, to tell areas apart: its label, else its text, URI, data… */
export function actionDetail(action: unknown): string | undefined {
  if (!isRecord(action)) return undefined;
  const detail =
    str(action.label) ??
    str(action.text) ??
    str(action.linkUri) ??
    str(action.uri) ??
    str(action.data) ??
    str(action.richMenuAliasId) ??
    str(action.clipboardText);
  if (detail === undefined || detail === "") return undefined;
  return detail.length > DETAIL_MAX ? `${detail.slice(0, DETAIL_MAX - 1)}…` : detail;
}

/** An area's accessible name: `area 1: message "Hello"`, numbered from 1 as people count. */
export function areaName(index: number, action: unknown): string {
  const type = isRecord(action) ? str(action.type) : undefined;
  if (type === undefined) return `area ${index + 1}: no action`;
  const detail = actionDetail(action);
  return detail === undefined
    ? `area ${index + 1}: ${type}`
    : `area ${index + 1}: ${type} "${detail}"`;
}

/** An imagemap or rich menu in a payload, where the workbench mounts an AreaEditor. */
export interface AreaTarget {
  /** Where it sits in the payload: [] for the payload itself, ["messages", 2], ["richMenus", "a"]. */
  path: PathStep[];
  value: Obj;
  kind: AreaKind;
  /** The picture of a menu in a set (its `images[alias]`), for AreaEditor's `image`. */
  image?: string;
}

function target(path: PathStep[], value: unknown, image?: string): AreaTarget[] {
  if (!hasAreas(value)) return [];
  const kind: AreaKind = isImagemap(value) ? "imagemap" : "rich-menu";
  return [image === undefined ? { path, value, kind } : { path, value, kind, image }];
}

/**
 * Every imagemap and rich menu the payload holds, in document order: the payload itself, the
 * messages of a list or a request body, and the menus of a rich menu set
 * (`{ richMenus: { alias: menu }, images?: { alias: url }, messages? }`, as draw's richMenusOf
 * reads it).
 */
export function areaTargets(payload: unknown): AreaTarget[] {
  if (hasAreas(payload)) return target([], payload);
  if (Array.isArray(payload)) return payload.flatMap((message, i) => target([i], message));
  if (!isRecord(payload)) return [];
  const messages = list(payload.messages).flatMap((message, i) => target(["messages", i], message));
  if (!isRecord(payload.richMenus)) return messages;
  const images = isRecord(payload.images) ? payload.images : {};
  const menus = Object.entries(payload.richMenus).flatMap(([alias, menu]) =>
    target(["richMenus", alias], menu, str(images[alias])),
  );
  return [...menus, ...messages];
}

/** The path of area `index` of the target at `path`: what the inspector edits when it is selected. */
export function areaPath(path: readonly PathStep[], kind: AreaKind, index: number): PathStep[] {
  return [...path, entriesKey(kind), index];
}

/**
 * The area a selection in the tree is in, if it is in one of this target's areas (the area
 * itself, its action or anything under them): the reverse of areaPath.
 */
export function areaIndexOf(
  path: readonly PathStep[],
  kind: AreaKind,
  selection: readonly PathStep[],
): number | undefined {
  const key = entriesKey(kind);
  if (selection.length < path.length + 2) return undefined;
  if (path.some((step, i) => selection[i] !== step) || selection[path.length] !== key)
    return undefined;
  const index = selection[path.length + 1];
  return typeof index === "number" ? index : undefined;
}

/** `payload` with `next` at `path`, every container on the way copied, nothing mutated. */
export function replaceAt(payload: unknown, path: readonly PathStep[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [step, ...rest] = path as [PathStep, ...PathStep[]];
  if (Array.isArray(payload) && typeof step === "number")
    return payload.map((item, i) => (i === step ? replaceAt(item, rest, next) : item));
  if (isRecord(payload)) return { ...payload, [step]: replaceAt(payload[step], rest, next) };
  return payload;
}
