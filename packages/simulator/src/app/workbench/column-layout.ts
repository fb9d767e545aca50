/**
 * The widths the person gives the workbench's chat and side columns with the splitters, and
 * whether the side column is folded, kept in this browser between visits.
 */
export interface ColumnLayout {
  chat: number;
  side: number;
  sideCollapsed: boolean;
}

export const COLUMN_LAYOUT_KEY = "flexkit.workbench-layout";

/** The narrowest chat and side columns; the editor keeps at least EDITOR_MIN between them. */
export const CHAT_MIN = 260;
export const SIDE_MIN = 220;
export const EDITOR_MIN = 300;
/** The handles and the page's padding around the three columns. */
export const GUTTERS = 8 * 2 + 8 * 2;
/** The folded side column: room for its header's button only (ui.css: the grid's last track). */
export const SIDE_FOLDED = 44;

export function defaultColumns(windowWidth: number): ColumnLayout {
  // A laptop's window gives the editor what a desktop's side column would take.
  return { chat: 380, side: windowWidth < 1200 ? SIDE_MIN + 30 : 300, sideCollapsed: false };
}

/** The widest chat column that leaves the editor its room beside a side column `sideShown` wide. */
export const widestChat = (width: number, sideShown: number) =>
  Math.max(CHAT_MIN, width - GUTTERS - sideShown - EDITOR_MIN);

/** The widest side column that leaves the editor its room beside a chat column `chatShown` wide. */
export const widestSide = (width: number, chatShown: number) =>
  Math.max(SIDE_MIN, width - GUTTERS - chatShown - EDITOR_MIN);

const clamp = (value: number, min: number, max: number) =>
  Math.round(Math.min(max, Math.max(min, value)));

/**
 * The layout stored as `text`, fitted to a window `windowWidth` wide: a field that does not read
 * as one takes its default, and widths go within the least and the largest the window allows now
 * (the stored ones stay as they were until the person moves a splitter again).
 */
export function restoreColumns(text: string | null | undefined, windowWidth: number): ColumnLayout {
  const defaults = defaultColumns(windowWidth);
  const stored = parse(text);
  const width = (value: unknown, fallback: number) =>
    typeof value === "number" && Number.isFinite(value) ? value : fallback;
  const sideCollapsed =
    typeof stored.sideCollapsed === "boolean" ? stored.sideCollapsed : defaults.sideCollapsed;
  const side = Math.max(SIDE_MIN, width(stored.side, defaults.side));
  const chat = clamp(
    width(stored.chat, defaults.chat),
    CHAT_MIN,
    widestChat(windowWidth, sideCollapsed ? SIDE_FOLDED : side),
  );
  return { chat, side: clamp(side, SIDE_MIN, widestSide(windowWidth, chat)), sideCollapsed };
}

function parse(text: string | null | undefined): Record<string, unknown> {
  if (text == null) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

type LayoutStorage = Pick<Storage, "getItem" | "setItem">;

function browserStorage(): LayoutStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    // No window (Node), or a browser that refuses even to hand out localStorage.
    return undefined;
  }
}

/** The stored layout fitted to the window, or the defaults when nothing (readable) is stored. */
export function readColumns(
  windowWidth: number,
  storage: LayoutStorage | undefined = browserStorage(),
): ColumnLayout {
  let text: string | null = null;
  try {
    text = storage?.getItem(COLUMN_LAYOUT_KEY) ?? null;
  } catch {
    // Storage refused (a private window's policy): the defaults, as with nothing stored.
  }
  return restoreColumns(text, windowWidth);
}

export function writeColumns(
  layout: ColumnLayout,
  storage: LayoutStorage | undefined = browserStorage(),
): void {
  const { chat, side, sideCollapsed } = layout;
  try {
    storage?.setItem(COLUMN_LAYOUT_KEY, JSON.stringify({ chat, side, sideCollapsed }));
  } catch {
    // Storage full or disabled: the page still works, it just won't remember.
  }
}
