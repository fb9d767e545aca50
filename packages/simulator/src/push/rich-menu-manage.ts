import { type CallOutcome, type ClientOptions, callLine } from "./client.js";
import { fillPath, RICH_MENU_PATHS } from "./endpoints.js";
import { aliasListOf, richMenuListOf } from "./rich-menu-deploy.js";

/**
 * Cleaning up after test deploys (RULES.md §15.4): the channel's menus with their aliases, a
 * delete, an unlink. A channel holds at most 1000 menus (RM-LIM-1), and creates and deletes share
 * 100 requests an hour (RM-LIM-2).
 */

export interface ListedRichMenu {
  richMenuId: string;
  name: string;
  size?: { width: number; height: number };
  chatBarText?: string;
  /** The aliases that point at it. */
  aliases: string[];
}

export type RichMenuListing =
  | { ok: true; menus: ListedRichMenu[] }
  | { ok: false; what: string; outcome: CallOutcome };

/** `GET /v2/bot/richmenu/list` and `GET /v2/bot/richmenu/alias/list`, joined. */
export async function listRichMenus(options: ClientOptions): Promise<RichMenuListing> {
  const listed = await callLine(
    { method: "GET", path: RICH_MENU_PATHS.list, repeat: "safe" },
    options,
  );
  if (listed.status !== "ok") return { ok: false, what: "the list of rich menus", outcome: listed };
  const aliases = await callLine(
    { method: "GET", path: RICH_MENU_PATHS.aliasList, repeat: "safe" },
    options,
  );
  if (aliases.status !== "ok")
    return { ok: false, what: "the list of rich menu aliases", outcome: aliases };
  const byMenu = aliasListOf(aliases.body);
  const menus = richMenuListOf(listed.body).richmenus.map((menu): ListedRichMenu => {
    const { size, chatBarText } = menu as { size?: unknown; chatBarText?: unknown };
    const sized =
      typeof size === "object" &&
      size !== null &&
      typeof (size as { width?: unknown }).width === "number" &&
      typeof (size as { height?: unknown }).height === "number"
        ? { size: size as { width: number; height: number } }
        : {};
    return {
      richMenuId: menu.richMenuId,
      name: menu.name,
      ...sized,
      ...(typeof chatBarText === "string" ? { chatBarText } : {}),
      aliases: byMenu
        .filter((alias) => alias.richMenuId === menu.richMenuId)
        .map((alias) => alias.richMenuAliasId),
    };
  });
  return { ok: true, menus };
}

/** `DELETE /v2/bot/richmenu/{richMenuId}` (one of the 100 an hour: RM-LIM-2). */
export function deleteRichMenu(richMenuId: string, options: ClientOptions): Promise<CallOutcome> {
  return callLine(
    { method: "DELETE", path: fillPath(RICH_MENU_PATHS.delete, { richMenuId }), repeat: "safe" },
    options,
  );
}

/** `DELETE /v2/bot/user/{userId}/richmenu`: the user sees the default menu again (RM-SHOW-1). */
export function unlinkRichMenu(userId: string, options: ClientOptions): Promise<CallOutcome> {
  return callLine(
    { method: "DELETE", path: fillPath(RICH_MENU_PATHS.unlinkUser, { userId }), repeat: "safe" },
    options,
  );
}
