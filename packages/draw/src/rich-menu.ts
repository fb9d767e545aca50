import { isRichMenuObject } from "@flexkit/validators/flex-structure";
import { escapeHtml } from "./flex/markup.js";
import { isRecord, num, type Obj, str } from "./messages/read.js";
import type { OnAction } from "./taps.js";

/**
 * Rich menus as LINE draws them (RENDERING.md §6): the image spans the chat's width, its height
 * follows `size`, and the areas are placed as shares of `size`, so one geometry serves every
 * width. Everything is read defensively: a menu is drawn whatever it holds, the validators say
 * what is wrong with it.
 */

/** One menu to show, with the alias a `richmenuswitch` names it by and its picture, if any. */
export interface RichMenuToShow {
  menu: Obj;
  alias?: string;
  /** The picture's URL; without one the areas are drawn as labelled outlines. */
  image?: string;
}

/** An area placed in percent of the menu's size, and the action a tap on it runs. */
export interface PlacedArea {
  index: number;
  left: number;
  top: number;
  width: number;
  height: number;
  action: unknown;
}

/** A rich menu has no `type`; it is told by its own properties, as the validators tell it. */
export function isRichMenu(value: unknown): value is Obj {
  return isRichMenuObject(value);
}

/** `{ richMenus: { alias: menu } }`, the file form of a tab set. */
export function isRichMenuSet(value: unknown): value is Obj & { richMenus: Obj } {
  return isRecord(value) && value.type === undefined && isRecord(value.richMenus);
}

/**
 * The menus a payload carries, in document order: a bare rich menu object, or
 * `{ richMenus: { alias: menu }, images?: { alias: url }, messages?: [...] }`. `images` is the
 * simulator's own key (LINE takes the picture in a separate upload, RULES.md RM-IMG-1).
 */
export function richMenusOf(payload: unknown): RichMenuToShow[] {
  if (isRichMenu(payload)) {
    const image = str(payload.image);
    return [image === undefined ? { menu: payload } : { menu: payload, image }];
  }
  if (!isRichMenuSet(payload)) return [];
  const images = isRecord(payload.images) ? payload.images : {};
  return Object.entries(payload.richMenus).flatMap(([alias, menu]) => {
    if (!isRecord(menu)) return [];
    const image = str(images[alias]);
    return [image === undefined ? { menu, alias } : { menu, alias, image }];
  });
}

/** The menu's size, or LINE's "large" size when it has none worth drawing. */
export function richMenuSize(menu: Obj): { width: number; height: number } {
  const size = isRecord(menu.size) ? menu.size : {};
  const width = num(size.width);
  const height = num(size.height);
  if (width === undefined || height === undefined || width <= 0 || height <= 0)
    return { width: 2500, height: 1686 };
  return { width, height };
}

/** The areas that have bounds, placed as percentages of the menu's size. */
export function placeAreas(menu: Obj): PlacedArea[] {
  const size = richMenuSize(menu);
  const areas = Array.isArray(menu.areas) ? menu.areas : [];
  return areas.flatMap((area, index) => {
    if (!isRecord(area) || !isRecord(area.bounds)) return [];
    const b = area.bounds;
    const [x, y, width, height] = [b.x, b.y, b.width, b.height].map(num);
    if (x === undefined || y === undefined || width === undefined || height === undefined)
      return [];
    return [
      {
        index,
        left: (x / size.width) * 100,
        top: (y / size.height) * 100,
        width: (width / size.width) * 100,
        height: (height / size.height) * 100,
        action: area.action,
      },
    ];
  });
}

/** What an outline says: the action's label, else its type and what it carries. */
export function areaCaption(action: unknown): string {
  if (!isRecord(action)) return "no action";
  const label = str(action.label);
  if (label !== undefined && label !== "") return label;
  const type = str(action.type) ?? "action";
  const detail =
    str(action.richMenuAliasId) ??
    str(action.text) ??
    str(action.uri) ??
    str(action.data) ??
    str(action.clipboardText);
  return detail === undefined ? type : `${type}: ${detail}`;
}

/** The chat bar's text: LINE shows `chatBarText`, "Menu" being the Official Account default. */
export function chatBarText(menu: Obj): string {
  return str(menu.chatBarText) ?? "Menu";
}

/** Outlines drawn over a picture, or alone when there is none (RENDERING.md §6). */
const OUTLINE = "1px dashed rgba(6, 199, 85, 0.9)";

/**
 * A rich menu's picture with its areas, as markup for any page (no framework): the block spans
 * its container's width and keeps the menu's aspect ratio. The areas are `<button>`s carrying
 * `data-rich-menu-area` (their index) for the page to listen to; without a picture (or with
 * `showAreas`) they are outlined and captioned.
 */
export function richMenuMarkup(
  shown: RichMenuToShow,
  options: { showAreas?: boolean } = {},
): string {
  const { width, height } = richMenuSize(shown.menu);
  const outlined = options.showAreas === true || shown.image === undefined;
  const alias =
    shown.alias === undefined ? "" : ` data-rich-menu-alias="${escapeHtml(shown.alias)}"`;
  const picture =
    shown.image === undefined
      ? ""
      : `<img src="${escapeHtml(shown.image)}" alt="" style="position:absolute;inset:0;width:100%;height:100%;display:block">`;
  const areas = placeAreas(shown.menu)
    .map((area) => {
      const caption = escapeHtml(areaCaption(area.action));
      const place = `left:${area.left}%;top:${area.top}%;width:${area.width}%;height:${area.height}%`;
      const look = outlined
        ? `border:${OUTLINE};background:rgba(255,255,255,0.55);color:#111111;font:12px/1.3 sans-serif;overflow:hidden;overflow-wrap:anywhere`
        : "border:none;background:transparent";
      return `<button type="button" data-rich-menu-area="${area.index}" aria-label="${caption}" style="position:absolute;${place};box-sizing:border-box;padding:4px;margin:0;cursor:pointer;${look}">${outlined ? caption : ""}</button>`;
    })
    .join("");
  // Transparent pixels are not see-through in LINE (RULES.md RM-IMG-5): the picture sits on white.
  const background = shown.image === undefined ? "#f4f5f7" : "#ffffff";
  return `<div data-rich-menu=""${alias} style="position:relative;width:100%;aspect-ratio:${width} / ${height};background:${background};overflow:hidden">${picture}${areas}</div>`;
}

/**
 * Shows a rich menu in `holder` (richMenuMarkup) and makes its areas tap: a click on one calls
 * `onAction()`'s handler, read at the tap, with the area's action as written and the origin
 * "richMenu". Framework-free, like drawFlex; returns what stops it.
 */
export function drawRichMenu(
  holder: HTMLElement,
  shown: RichMenuToShow,
  options: { showAreas?: boolean } = {},
  onAction: () => OnAction | undefined = () => undefined,
): () => void {
  holder.innerHTML = richMenuMarkup(shown, options);
  const areas = placeAreas(shown.menu);
  const onClick = (event: MouseEvent) => {
    const tapped = (event.target as Element).closest<HTMLElement>("[data-rich-menu-area]");
    if (tapped === null || !holder.contains(tapped)) return;
    const index = Number(tapped.dataset.richMenuArea);
    const area = areas.find((placed) => placed.index === index);
    event.stopPropagation();
    onAction()?.(area?.action, "richMenu");
  };
  holder.addEventListener("click", onClick);
  return () => holder.removeEventListener("click", onClick);
}
