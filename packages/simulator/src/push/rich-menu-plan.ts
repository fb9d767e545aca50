import {
  checkRichMenuImage,
  formatPath,
  LIMITS,
  type PathStep,
  type RichMenuImageInfo,
  USER_ID,
  type ValidationIssue,
  validateRichMenuSet,
} from "@flexkit/validators";
import { fillPath, RICH_MENU_PATHS } from "./endpoints.js";

/**
 * The pure core of `flexkit richmenu deploy`: from the menus, where they should show and what the
 * channel already has, either a refusal with issues or the API calls to make, in order. It sends
 * nothing; whatever runs the steps needs only follow them (RULES.md §15.2–§15.4):
 *
 * - every menu is checked locally (validateRichMenuSet, checkRichMenuImage) and by LINE's
 *   validate endpoint before anything is created, so a bad menu costs no create;
 * - at most one create per menu (RM-LIM-2: create shares 100 requests an hour with the deletes),
 *   and after a create that timed out, a list and a look for the same `name` first: creates have
 *   no retry key, so a timed-out one may have succeeded (RM-LIM-3);
 * - each image is uploaded once, right after its menu's create: a second upload is a 400 (RM-IMG-4);
 * - aliases, then the link or the default last, once the shown menu has its image (RM-SHOW-2);
 * - never more than 1000 menus on the channel (RM-LIM-1).
 */

export interface RichMenuToDeploy {
  /** The rich menu object (RULES.md §15.1), as sent to `POST /v2/bot/richmenu`. */
  menu: unknown;
  /** Its image, JPEG or PNG bytes. Without one it can be created and aliased, not shown. */
  image?: Uint8Array;
}

/** Show the entry menu to one user (a per-user menu) or to everyone (the default menu). */
export type DeployTarget = { to: string } | { default: true };

/** What `GET /v2/bot/richmenu/list` answers (only the fields the plan reads). */
export interface RichMenuList {
  richmenus: ReadonlyArray<{ richMenuId: string; name: string }>;
}

/** What an earlier, interrupted run of the same deploy left of one menu. */
export type ResumeState =
  /** Its create timed out, so it may exist: it is looked for by name before any new create. */
  | { create: "timed-out" }
  /** It was created; its image was uploaded, timed out, or was never sent. */
  | { richMenuId: string; image: "uploaded" | "timed-out" | "not-sent" };

export interface RichMenuDeployInput {
  /** The menus, keyed by alias ID (RM-ALIAS-1); richmenuswitch actions name these aliases. */
  menus: Readonly<Record<string, RichMenuToDeploy>>;
  /** The alias of the menu to show; may be left out when there is only one menu. */
  entry?: string;
  target: DeployTarget;
  /** The channel's rich menus now, as `GET /v2/bot/richmenu/list` answered. */
  existing: RichMenuList;
  /** Aliases the channel has (`GET /v2/bot/richmenu/alias/list`): updated, not created. */
  existingAliases?: ReadonlyArray<string>;
  /** Per alias, what an interrupted earlier run of this deploy did. */
  resume?: Readonly<Record<string, ResumeState>>;
  /**
   * A lone menu, not a tab set: no alias is created or updated. Its key only names it in the
   * issues; made an alias, a name the author never chose could take over one the channel uses.
   */
  withoutAliases?: boolean;
}

interface Call {
  method: "GET" | "POST";
  /** `api` is https://api.line.me, `data` https://api-data.line.me (RULES.md §15.4). */
  host: "api" | "data";
  /**
   * `{richMenuId}`, in the path or the body, stands for the ID of the step's `alias` menu when it
   * is not known yet (it comes from that menu's create or find step).
   */
  path: string;
}

export type RichMenuStep =
  | (Call & { kind: "list" })
  | (Call & { kind: "validate"; alias: string; body: unknown })
  /**
   * No request: look in the list's answer for a menu named `name`; if there is one, it is this
   * alias's menu and the create that follows is skipped. With several of that name, stop and ask:
   * the name can't tell which one the timed-out create made.
   */
  | { kind: "find"; alias: string; name: string }
  | (Call & { kind: "create"; alias: string; body: unknown; skipIfFound: boolean })
  | (Call & {
      kind: "upload";
      alias: string;
      contentType: RichMenuImageInfo["contentType"];
      body: Uint8Array;
    })
  | (Call & {
      kind: "createAlias";
      alias: string;
      body: { richMenuAliasId: string; richMenuId: string };
    })
  | (Call & { kind: "updateAlias"; alias: string; body: { richMenuId: string } })
  | (Call & { kind: "link"; alias: string; userId: string })
  | (Call & { kind: "setDefault"; alias: string });

export type RichMenuPlan =
  /** `issues` holds warnings only. */
  | { ok: true; steps: RichMenuStep[]; issues: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function sizeOf(menu: unknown): { width: number; height: number } | undefined {
  if (!isRecord(menu) || !isRecord(menu.size)) return undefined;
  const { width, height } = menu.size;
  return typeof width === "number" && typeof height === "number" ? { width, height } : undefined;
}

function nameOf(menu: unknown): string | undefined {
  return isRecord(menu) && typeof menu.name === "string" ? menu.name : undefined;
}

/** Plans a deploy of rich menus, or refuses it: see the module comment for the rules kept. */
export async function planRichMenuDeploy(input: RichMenuDeployInput): Promise<RichMenuPlan> {
  const issues: ValidationIssue[] = [];
  const error = (path: PathStep[], message: string, rule: string) =>
    issues.push({ severity: "error", property: formatPath(path), path, message, rule });
  const warn = (path: PathStep[], message: string, rule: string) =>
    issues.push({ severity: "warning", property: formatPath(path), path, message, rule });

  const aliases = Object.keys(input.menus);
  const resume = input.resume ?? {};
  const stateOf = (alias: string) => (Object.hasOwn(resume, alias) ? resume[alias] : undefined);
  const idOf = (alias: string) => {
    const state = stateOf(alias);
    return state !== undefined && "richMenuId" in state ? state.richMenuId : undefined;
  };
  const menuOf = (alias: string) => input.menus[alias]!.menu;
  const existingAliases = new Set(input.existingAliases ?? []);

  issues.push(
    ...validateRichMenuSet(Object.fromEntries(aliases.map((alias) => [alias, menuOf(alias)])), {
      knownAliases: [...existingAliases],
    }).issues,
  );

  const images = new Map<string, RichMenuImageInfo>();
  for (const alias of aliases) {
    const { image } = input.menus[alias]!;
    if (image === undefined) continue;
    const size = sizeOf(menuOf(alias));
    const result = await checkRichMenuImage(image, size === undefined ? undefined : { size });
    for (const issue of result.issues) {
      const path = [alias, ...issue.path];
      issues.push({ ...issue, property: formatPath(path), path });
    }
    if (result.image !== undefined) images.set(alias, result.image);
  }

  const entry = input.entry ?? (aliases.length === 1 ? aliases[0] : undefined);
  if (entry === undefined || !aliases.includes(entry)) {
    error(
      ["entry"],
      `expected the alias of the menu to show, one of ${aliases.map((alias) => JSON.stringify(alias)).join(", ") || "(no menus)"}, got ${entry === undefined ? "nothing" : JSON.stringify(entry)}`,
      "RM-ALIAS-1",
    );
  }
  if ("to" in input.target && !USER_ID.test(input.target.to)) {
    error(
      ["to"],
      `expected a userId (U + 32 lowercase hex, as a webhook delivers it): a rich menu is linked to one user, got ${JSON.stringify(input.target.to)}`,
      "PUSH-3",
    );
  }

  // RM-IMG-4: LINE sets an image once ("An image is already set" otherwise); an upload that timed
  // out may have set it, so it is never sent again. https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image
  for (const alias of aliases) {
    const state = stateOf(alias);
    if (state !== undefined && "richMenuId" in state && state.image === "timed-out") {
      error(
        [alias, "image"],
        `the upload to ${state.richMenuId} timed out, so the image may be set, and a second upload is a 400 ("An image is already set"); check it with GET https://api-data.line.me${fillPath(RICH_MENU_PATHS.image, { richMenuId: state.richMenuId })}, or deploy the menu anew`,
        "RM-IMG-4",
      );
    }
  }

  // RM-SHOW-2: a menu is linked or made the default only once it has its image (400 otherwise).
  // https://developers.line.biz/en/reference/messaging-api/#set-default-rich-menu
  const hasImage = (alias: string) => {
    const state = stateOf(alias);
    if (state !== undefined && "richMenuId" in state && state.image !== "not-sent") return true;
    return images.has(alias);
  };
  for (const alias of aliases) {
    if (hasImage(alias) || input.menus[alias]!.image !== undefined) continue;
    if (alias === entry) {
      const where = "to" in input.target ? "linked to a user" : "made the default";
      error(
        [alias, "image"],
        `missing; the menu to show needs its image before it is ${where} (LINE answers 400)`,
        "RM-SHOW-2",
      );
    } else {
      warn(
        [alias, "image"],
        "missing; the menu is created and aliased, but can't be shown until it has an image",
        "RM-SHOW-2",
      );
    }
  }

  // RM-LIM-2 and RM-LIM-1: creates are counted before anything is sent. A create that timed out
  // counts again: it may not have happened.
  const creates = aliases.filter((alias) => idOf(alias) === undefined);
  const perHour = LIMITS.richMenuCreatesPerHourMax;
  if (creates.length > perHour.value) {
    error(
      [],
      `expected at most ${perHour.value} menus to create: create, delete and delete-alias share ${perHour.value} requests an hour, got ${creates.length}`,
      perHour.rule,
    );
  }
  const perChannel = LIMITS.richMenusPerChannelMax;
  const existing = input.existing.richmenus.length;
  if (existing + creates.length > perChannel.value) {
    error(
      [],
      `expected at most ${perChannel.value} rich menus on the channel, got ${existing} there and ${creates.length} to create; delete unused ones first (DELETE /v2/bot/richmenu/{richMenuId})`,
      perChannel.rule,
    );
  }
  const names = new Map<string, string>();
  for (const alias of creates) {
    const name = nameOf(menuOf(alias));
    if (name === undefined) continue;
    const other = names.get(name);
    if (other !== undefined) {
      warn(
        [alias, "name"],
        `is also the name of ${JSON.stringify(other)}; after a create that times out, a menu is found again by its name (RULES.md RM-LIM-3), so give each its own`,
        "RM-LIM-2",
      );
    } else names.set(name, alias);
  }

  const errors = issues.filter((issue) => issue.severity === "error");
  const warnings = issues.filter((issue) => issue.severity === "warning");
  if (errors.length > 0 || entry === undefined)
    return { ok: false, issues: [...errors, ...warnings] };

  const steps: RichMenuStep[] = [];
  const timedOut = creates.filter((alias) => stateOf(alias) !== undefined);
  if (timedOut.length > 0) {
    steps.push({ kind: "list", method: "GET", host: "api", path: RICH_MENU_PATHS.list });
  }
  for (const alias of creates) {
    steps.push({
      kind: "validate",
      alias,
      method: "POST",
      host: "api",
      path: RICH_MENU_PATHS.validate,
      body: menuOf(alias),
    });
  }
  for (const alias of aliases) {
    const id = idOf(alias);
    if (id === undefined) {
      const retry = timedOut.includes(alias);
      if (retry) steps.push({ kind: "find", alias, name: nameOf(menuOf(alias)) ?? "" });
      steps.push({
        kind: "create",
        alias,
        method: "POST",
        host: "api",
        path: RICH_MENU_PATHS.create,
        body: menuOf(alias),
        skipIfFound: retry,
      });
    }
    const image = input.menus[alias]!.image;
    const info = images.get(alias);
    const state = stateOf(alias);
    const sent = state !== undefined && "richMenuId" in state && state.image !== "not-sent";
    if (image !== undefined && info !== undefined && !sent) {
      steps.push({
        kind: "upload",
        alias,
        method: "POST",
        host: "data",
        path: fillPath(RICH_MENU_PATHS.image, id === undefined ? {} : { richMenuId: id }),
        contentType: info.contentType,
        body: image,
      });
    }
  }
  for (const alias of input.withoutAliases === true ? [] : aliases) {
    const richMenuId = idOf(alias) ?? "{richMenuId}";
    if (existingAliases.has(alias)) {
      steps.push({
        kind: "updateAlias",
        alias,
        method: "POST",
        host: "api",
        path: fillPath(RICH_MENU_PATHS.updateAlias, { richMenuAliasId: alias }),
        body: { richMenuId },
      });
    } else {
      steps.push({
        kind: "createAlias",
        alias,
        method: "POST",
        host: "api",
        path: RICH_MENU_PATHS.createAlias,
        body: { richMenuAliasId: alias, richMenuId },
      });
    }
  }
  const ids: Record<string, string> = {};
  const entryId = idOf(entry);
  if (entryId !== undefined) ids.richMenuId = entryId;
  if ("to" in input.target) {
    const userId = input.target.to;
    steps.push({
      kind: "link",
      alias: entry,
      userId,
      method: "POST",
      host: "api",
      path: fillPath(RICH_MENU_PATHS.linkUser, { ...ids, userId }),
    });
  } else {
    steps.push({
      kind: "setDefault",
      alias: entry,
      method: "POST",
      host: "api",
      path: fillPath(RICH_MENU_PATHS.setDefault, ids),
    });
  }
  return { ok: true, steps, issues: warnings };
}
