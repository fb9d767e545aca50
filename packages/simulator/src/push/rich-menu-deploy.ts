import type { ValidationIssue } from "@flexkit/validators";
import {
  ApiBaseError,
  type CallOutcome,
  type ClientOptions,
  callLine,
  type LineCall,
  resolveApiBase,
} from "./client.js";
import { DEFAULT_API_BASE, DEFAULT_DATA_API_BASE, fillPath, RICH_MENU_PATHS } from "./endpoints.js";
import { issuesFromDetails } from "./prepare.js";
import { LONE_MENU, type LoadedRichMenuSet } from "./rich-menu-input.js";
import {
  type DeployTarget,
  planRichMenuDeploy,
  type ResumeState,
  type RichMenuDeployInput,
  type RichMenuList,
  type RichMenuStep,
} from "./rich-menu-plan.js";

/**
 * Runs a rich menu deploy over HTTP: the planner's steps (rich-menu-plan.ts) in order, each ID
 * from its menu's create put where the plan says `{richMenuId}`. Creates and image uploads have
 * no retry key, so neither is ever sent again after an attempt LINE may have processed
 * (RM-LIM-3, RM-IMG-4); after a create that timed out, the plan is made again with that menu's
 * resume state (list, find by name, create only if not found), once. Whatever happens, the
 * outcome says what now exists on LINE, so that the report can say how to remove it.
 */

export interface RichMenuClientOptions extends ClientOptions {
  /** Where images go (RULES.md §15.4: `api-data.line.me`); see {@link resolveDataApiBase}. */
  dataApiBase: string;
}

/**
 * The data host's base: as given (`--data-api-base`, LINE_DATA_API_BASE), else the API base when
 * that was changed, so that one test server stands in for both and no image goes to LINE while
 * the rest goes to a mock; else https://api-data.line.me. Checked as the API base is.
 */
export function resolveDataApiBase(given: string | undefined, apiBase: string | undefined): string {
  const changed = apiBase !== undefined && apiBase !== "" && apiBase !== DEFAULT_API_BASE;
  const text =
    given !== undefined && given !== "" ? given : changed ? apiBase : DEFAULT_DATA_API_BASE;
  try {
    return resolveApiBase(text);
  } catch (error) {
    if (!(error instanceof ApiBaseError)) throw error;
    throw new ApiBaseError(
      error.message
        .replace(/^API base: /, "data API base: ")
        .replace(DEFAULT_API_BASE, DEFAULT_DATA_API_BASE),
    );
  }
}

/** A menu this deploy made (or found again after its create timed out). */
export interface MenuOnLine {
  alias: string;
  richMenuId: string;
  /** "found": its create timed out, and it was found again by its name. */
  how: "created" | "found";
  /** "may-be-set": the upload timed out, so LINE may have set it (and refuses another). */
  image: "uploaded" | "not-sent" | "rejected" | "may-be-set";
}

/** What exists on LINE because of this deploy. */
export interface DeployState {
  menus: MenuOnLine[];
  /**
   * Menus whose create timed out (`timeouts` times) and that were not found again: they may
   * exist; `candidates` when several of that name appeared.
   */
  unsure: Array<{ alias: string; name: string; timeouts: number; candidates?: string[] }>;
  aliases: Array<{ alias: string; richMenuId: string; how: "created" | "updated" }>;
  shown?: { alias: string; richMenuId: string; target: DeployTarget };
}

export interface DeployFailure {
  /** What failed, as a noun: "the create of tab-a", "the image of tab-a". */
  what: string;
  /** The call that failed; absent when the deploy stopped for another reason. */
  outcome?: Exclude<CallOutcome, { status: "ok" }>;
  /** Why it stopped, when no call failed. */
  reason?: string;
  /** LINE's `details` as issues at the menu's properties (rule ERR-1). */
  issues: ValidationIssue[];
}

export type RichMenuDeployOutcome =
  /** The local checks (or the channel's limits) refused it: nothing was created. */
  | { status: "refused"; issues: ValidationIssue[] }
  /** Dry run: LINE's validate endpoint, one call per menu; `issues` are the local warnings. */
  | {
      status: "checked";
      issues: ValidationIssue[];
      results: Array<{ alias: string; outcome: CallOutcome; issues: ValidationIssue[] }>;
    }
  | { status: "deployed"; issues: ValidationIssue[]; state: DeployState }
  | { status: "failed"; issues: ValidationIssue[]; state: DeployState; failure: DeployFailure };

export interface RichMenuDeployRequest {
  set: LoadedRichMenuSet;
  target: DeployTarget;
  /** Only `POST /v2/bot/richmenu/validate` for each menu. */
  dryRun?: boolean;
  /** Warnings refuse the deploy too. */
  strict?: boolean;
}

/** Issue paths as the author reads them: a lone menu's without the key it was filed under. */
export function propertyOf(set: LoadedRichMenuSet, alias: string, property: string): string {
  if (set.lone === true) return property;
  return property === "" ? alias : `${alias}.${property}`;
}

function relabel(set: LoadedRichMenuSet, issues: ValidationIssue[]): ValidationIssue[] {
  if (set.lone !== true) return issues;
  return issues.map((issue) => ({
    ...issue,
    property:
      issue.property === LONE_MENU
        ? ""
        : issue.property.replace(new RegExp(`^${LONE_MENU}\\.`), ""),
  }));
}

function planInput(request: RichMenuDeployRequest): Omit<RichMenuDeployInput, "existing"> {
  const { set, target } = request;
  const menus = Object.fromEntries(
    Object.entries(set.menus).map(([alias, { menu, image }]) => [
      alias,
      image === undefined ? { menu } : { menu, image },
    ]),
  );
  return {
    menus,
    target,
    ...(set.entry === undefined ? {} : { entry: set.entry }),
    ...(set.lone === true ? { withoutAliases: true } : {}),
  };
}

/**
 * The checks made before anything is sent (menus, set, images, entry, recipient), as the deploy
 * makes them: `ok` false means the deploy would be refused. Warnings refuse it when `strict`. A
 * dry run shows nothing to anyone, so a missing image is only a warning there (RM-SHOW-2).
 */
export async function checkRichMenuDeploy(
  request: RichMenuDeployRequest,
): Promise<{ ok: boolean; issues: ValidationIssue[] }> {
  const plan = await planRichMenuDeploy({ ...planInput(request), existing: { richmenus: [] } });
  let issues = relabel(request.set, plan.issues);
  if (request.dryRun === true)
    issues = issues.map((issue) =>
      issue.rule === "RM-SHOW-2" ? { ...issue, severity: "warning" as const } : issue,
    );
  if (request.strict === true)
    issues = issues.map((issue) => ({ ...issue, severity: "error" as const }));
  return { ok: issues.every((issue) => issue.severity !== "error"), issues };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `GET /v2/bot/richmenu/list`'s answer, read defensively (only IDs and names are used). */
export function richMenuListOf(body: unknown): RichMenuList {
  const list = isRecord(body) && Array.isArray(body.richmenus) ? body.richmenus : [];
  return {
    richmenus: list.flatMap((item) =>
      isRecord(item) && typeof item.richMenuId === "string"
        ? [
            {
              ...item,
              richMenuId: item.richMenuId,
              name: typeof item.name === "string" ? item.name : "",
            },
          ]
        : [],
    ),
  };
}

/** `GET /v2/bot/richmenu/alias/list`'s answer: alias ID → rich menu ID. */
export function aliasListOf(body: unknown): Array<{ richMenuAliasId: string; richMenuId: string }> {
  const list = isRecord(body) && Array.isArray(body.aliases) ? body.aliases : [];
  return list.flatMap((item) =>
    isRecord(item) &&
    typeof item.richMenuAliasId === "string" &&
    typeof item.richMenuId === "string"
      ? [{ richMenuAliasId: item.richMenuAliasId, richMenuId: item.richMenuId }]
      : [],
  );
}

function nameOf(menu: unknown): string {
  return isRecord(menu) && typeof menu.name === "string" ? menu.name : "";
}

type Stop =
  | { kind: "failed"; failure: DeployFailure }
  /** A create that may have happened unseen: the plan is made again with its resume state. */
  | { kind: "create-unsure"; alias: string; failure: DeployFailure };

/** See the module comment. Never throws for an HTTP or network failure. */
export async function deployRichMenus(
  request: RichMenuDeployRequest,
  options: RichMenuClientOptions,
): Promise<RichMenuDeployOutcome> {
  const { set } = request;
  const checked = await checkRichMenuDeploy(request);
  if (!checked.ok) return { status: "refused", issues: checked.issues };
  const warnings = checked.issues;
  const input = planInput(request);
  const call = (host: "api" | "data", line: LineCall) =>
    callLine(line, {
      ...options,
      apiBase: host === "data" ? options.dataApiBase : options.apiBase,
    });
  const label = (alias: string) => (set.lone === true ? "the menu" : alias);
  /** LINE's details on a menu's body, at the menu's properties. */
  const detailIssues = (outcome: CallOutcome, alias: string, sent: unknown) =>
    outcome.status === "rejected"
      ? issuesFromDetails(outcome.details, sent).map((issue) => ({
          ...issue,
          property: propertyOf(set, alias, issue.property),
        }))
      : [];

  if (request.dryRun === true) {
    const results: Array<{ alias: string; outcome: CallOutcome; issues: ValidationIssue[] }> = [];
    for (const [alias, { menu }] of Object.entries(set.menus)) {
      const outcome = await call("api", {
        method: "POST",
        path: RICH_MENU_PATHS.validate,
        body: { json: menu },
        repeat: "safe",
      });
      results.push({ alias, outcome, issues: detailIssues(outcome, alias, menu) });
      if (outcome.status === "gave-up") break;
    }
    return { status: "checked", issues: warnings, results };
  }

  const state: DeployState = { menus: [], unsure: [], aliases: [] };
  const failed = (failure: DeployFailure): RichMenuDeployOutcome => ({
    status: "failed",
    issues: warnings,
    state,
    failure,
  });
  const stop = (what: string, outcome: CallOutcome, issues: ValidationIssue[] = []): Stop => ({
    kind: "failed",
    failure: { what, outcome: outcome as Exclude<CallOutcome, { status: "ok" }>, issues },
  });

  // The channel now: its menus (RM-LIM-1, and to tell a menu a timed-out create made from one
  // that was there before) and its aliases (updated, not created again).
  const listed = await call("api", { method: "GET", path: RICH_MENU_PATHS.list, repeat: "safe" });
  if (listed.status !== "ok")
    return failed({ what: "the list of rich menus", outcome: listed, issues: [] });
  const existing = richMenuListOf(listed.body);
  const before = new Set(existing.richmenus.map((menu) => menu.richMenuId));
  let existingAliases: string[] = [];
  if (set.lone !== true) {
    const aliases = await call("api", {
      method: "GET",
      path: RICH_MENU_PATHS.aliasList,
      repeat: "safe",
    });
    if (aliases.status !== "ok")
      return failed({ what: "the list of rich menu aliases", outcome: aliases, issues: [] });
    existingAliases = aliasListOf(aliases.body).map((alias) => alias.richMenuAliasId);
  }

  const ids = new Map<string, string>();
  const menuState = (alias: string) => state.menus.find((menu) => menu.alias === alias);
  const markUnsure = (alias: string, menu: unknown) => {
    const known = state.unsure.find((entry) => entry.alias === alias);
    if (known === undefined) state.unsure.push({ alias, name: nameOf(menu), timeouts: 1 });
    else known.timeouts += 1;
  };

  async function run(steps: RichMenuStep[]): Promise<Stop | undefined> {
    let list = existing;
    for (const step of steps) {
      if (step.kind === "find") {
        // Only a menu made since this deploy started can be the one its create made.
        const found = list.richmenus.filter(
          (menu) => menu.name === step.name && !before.has(menu.richMenuId),
        );
        const unsure = state.unsure.find((entry) => entry.alias === step.alias);
        if (found.length > 1) {
          const candidates = found.map((menu) => menu.richMenuId);
          if (unsure !== undefined) unsure.candidates = candidates;
          return {
            kind: "failed",
            failure: {
              what: `the create of ${label(step.alias)}`,
              reason: `it timed out, and ${found.length} menus named ${JSON.stringify(step.name)} appeared on the channel since this deploy started (${candidates.join(", ")}); the name can't tell which one it made, so the deploy stops here`,
              issues: [],
            },
          };
        }
        if (found.length === 1) {
          const richMenuId = found[0]!.richMenuId;
          ids.set(step.alias, richMenuId);
          state.unsure = state.unsure.filter((entry) => entry.alias !== step.alias);
          state.menus.push({ alias: step.alias, richMenuId, how: "found", image: "not-sent" });
        }
        continue;
      }
      if (step.kind === "create" && step.skipIfFound && ids.has(step.alias)) continue;
      // The steps after a menu's create act on it: its ID is known by then.
      const id = "alias" in step ? ids.get(step.alias) : undefined;
      if (
        id === undefined &&
        step.kind !== "list" &&
        step.kind !== "validate" &&
        step.kind !== "create"
      )
        return {
          kind: "failed",
          failure: {
            what: `the ${step.kind} of ${label(step.alias)}`,
            reason: `no rich menu ID for ${step.alias}`,
            issues: [],
          },
        };
      const path = id === undefined ? step.path : fillPath(step.path, { richMenuId: id });
      switch (step.kind) {
        case "list": {
          const outcome = await call("api", { method: "GET", path, repeat: "safe" });
          if (outcome.status !== "ok") return stop("the list of rich menus", outcome);
          list = richMenuListOf(outcome.body);
          break;
        }
        case "validate": {
          const outcome = await call("api", {
            method: "POST",
            path,
            body: { json: step.body },
            repeat: "safe",
          });
          if (outcome.status !== "ok")
            return stop(
              `the check of ${label(step.alias)}`,
              outcome,
              detailIssues(outcome, step.alias, step.body),
            );
          break;
        }
        case "create": {
          const what = `the create of ${label(step.alias)}`;
          const outcome = await call("api", {
            method: "POST",
            path,
            body: { json: step.body },
            repeat: "once",
          });
          const richMenuId =
            outcome.status === "ok" &&
            isRecord(outcome.body) &&
            typeof outcome.body.richMenuId === "string"
              ? outcome.body.richMenuId
              : undefined;
          if (richMenuId !== undefined) {
            ids.set(step.alias, richMenuId);
            state.menus.push({ alias: step.alias, richMenuId, how: "created", image: "not-sent" });
            break;
          }
          if (outcome.status === "ok") {
            markUnsure(step.alias, step.body);
            return {
              kind: "failed",
              failure: { what, reason: `LINE answered ${what} without a richMenuId`, issues: [] },
            };
          }
          if (outcome.status === "gave-up" && outcome.mayHaveArrived) {
            markUnsure(step.alias, step.body);
            return {
              kind: "create-unsure",
              alias: step.alias,
              failure: stop(what, outcome).failure,
            };
          }
          return stop(what, outcome, detailIssues(outcome, step.alias, step.body));
        }
        case "upload": {
          const outcome = await call("data", {
            method: "POST",
            path,
            body: { bytes: step.body, contentType: step.contentType },
            repeat: "once",
          });
          const menu = menuState(step.alias);
          if (outcome.status === "ok") {
            if (menu !== undefined) menu.image = "uploaded";
            break;
          }
          if (menu !== undefined)
            menu.image =
              outcome.status === "gave-up"
                ? outcome.mayHaveArrived
                  ? "may-be-set"
                  : "not-sent"
                : "rejected";
          return stop(`the image of ${label(step.alias)}`, outcome);
        }
        case "createAlias":
        case "updateAlias": {
          const richMenuId = id ?? step.body.richMenuId;
          const body = { ...step.body, richMenuId };
          const create = step.kind === "createAlias";
          const what = `the alias ${step.alias}`;
          let outcome = await call("api", {
            method: "POST",
            path,
            body: { json: body },
            repeat: create ? "once" : "safe",
          });
          // A create of the alias that LINE may have done: making it point at the menu again is
          // an update, which may be repeated (another create would be a 400: it exists).
          if (create && outcome.status === "gave-up" && outcome.mayHaveArrived) {
            outcome = await call("api", {
              method: "POST",
              path: fillPath(RICH_MENU_PATHS.updateAlias, { richMenuAliasId: step.alias }),
              body: { json: { richMenuId } },
              repeat: "safe",
            });
          }
          if (outcome.status !== "ok") return stop(what, outcome);
          state.aliases.push({
            alias: step.alias,
            richMenuId,
            how: create ? "created" : "updated",
          });
          break;
        }
        case "link":
        case "setDefault": {
          const outcome = await call("api", { method: "POST", path, repeat: "safe" });
          const what =
            step.kind === "link"
              ? `the link of ${label(step.alias)} to ${step.userId}`
              : `${label(step.alias)} as the default menu`;
          if (outcome.status !== "ok") return stop(what, outcome);
          state.shown = { alias: step.alias, richMenuId: id ?? "", target: request.target };
          break;
        }
      }
    }
    return undefined;
  }

  let plan = await planRichMenuDeploy({ ...input, existing, existingAliases });
  if (!plan.ok) return { status: "refused", issues: relabel(set, plan.issues) };
  let resumed = false;
  for (;;) {
    const stopped = await run(plan.steps);
    if (stopped === undefined) return { status: "deployed", issues: warnings, state };
    if (stopped.kind === "failed" || resumed) return failed(stopped.failure);
    // RM-LIM-3: the create timed out, so it may have happened. Once, the plan is made again:
    // what is done stays done, and that menu is looked for by name before any new create.
    resumed = true;
    const resume: Record<string, ResumeState> = { [stopped.alias]: { create: "timed-out" } };
    for (const menu of state.menus) {
      resume[menu.alias] = {
        richMenuId: menu.richMenuId,
        image: menu.image === "uploaded" ? "uploaded" : "not-sent",
      };
    }
    options.log?.(
      `the create of ${label(stopped.alias)} timed out; looking for it by name before creating it again (RULES.md RM-LIM-3)`,
    );
    plan = await planRichMenuDeploy({ ...input, existing, existingAliases, resume });
    if (!plan.ok)
      return failed({
        what: stopped.failure.what,
        reason: relabel(set, plan.issues)
          .map((issue) => issue.message)
          .join("; "),
        issues: [],
      });
  }
}
