/**
 * Where pushes go. The push limits themselves (1–5 messages, 2 MB, recipient IDs) live once in
 * @flexkit/validators' LIMITS and `validatePushRequest`.
 */

/** The production API. PUSH-1: `POST https://api.line.me/v2/bot/message/push`. */
export const DEFAULT_API_BASE = "https://api.line.me";
export const PUSH_PATH = "/v2/bot/message/push";
/** PUSH-14: checks only `messages`, sends nothing, and takes no retry key (PUSH-5: 400 if given). */
export const VALIDATE_PUSH_PATH = "/v2/bot/message/validate/push";

/**
 * RULES.md §15.4: the endpoints a rich menu deploy uses. Paths keep LINE's `{placeholders}`, as
 * the OpenAPI spec writes them, until fillPath puts the IDs in. The image goes to another host,
 * the data API (`api-data.line.me`), so a test server stands in for both hosts.
 * https://developers.line.biz/en/reference/messaging-api/#rich-menu
 */
export const DEFAULT_DATA_API_BASE = "https://api-data.line.me";
export const RICH_MENU_PATHS = {
  /** Checks a rich menu object, creates nothing: 200 `{}` or 400 with details. */
  validate: "/v2/bot/richmenu/validate",
  /** 200 `{ richMenuId }`; no retry key (RM-LIM-3); 100 an hour with the deletes (RM-LIM-2). */
  create: "/v2/bot/richmenu",
  /** 200 `{ richmenus: [{ richMenuId, name, … }] }`. */
  list: "/v2/bot/richmenu/list",
  /** 200 `{ aliases: [{ richMenuAliasId, richMenuId }] }`. */
  aliasList: "/v2/bot/richmenu/alias/list",
  /** Shares create's 100 requests an hour (RM-LIM-2). */
  delete: "/v2/bot/richmenu/{richMenuId}",
  /** On the data host; once per menu (RM-IMG-4). */
  image: "/v2/bot/richmenu/{richMenuId}/content",
  /** 400 when the alias exists: then it is updated. */
  createAlias: "/v2/bot/richmenu/alias",
  updateAlias: "/v2/bot/richmenu/alias/{richMenuAliasId}",
  /** Per-user menu: 200 even for users who are not friends (RM-SHOW-1). */
  linkUser: "/v2/bot/user/{userId}/richmenu/{richMenuId}",
  /** Default menu for everyone. */
  setDefault: "/v2/bot/user/all/richmenu/{richMenuId}",
  /** DELETE: the user sees the default menu again (RM-SHOW-1). */
  unlinkUser: "/v2/bot/user/{userId}/richmenu",
} as const;

/** Puts IDs into a path's `{placeholders}`, percent-encoded; unknown ones stay as they are. */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? encodeURIComponent(values[name]!) : whole,
  );
}
