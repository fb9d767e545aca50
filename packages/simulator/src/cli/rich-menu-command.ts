import { USER_ID } from "@flexkit/validators";
import { ApiBaseError, type ClientOptions, resolveApiBase } from "../push/client.js";
import {
  checkRichMenuDeploy,
  deployRichMenus,
  type RichMenuDeployRequest,
  resolveDataApiBase,
} from "../push/rich-menu-deploy.js";
import { LONE_MENU, type LoadedRichMenuSet } from "../push/rich-menu-input.js";
import { deleteRichMenu, listRichMenus, unlinkRichMenu } from "../push/rich-menu-manage.js";
import type { DeployTarget } from "../push/rich-menu-plan.js";
import { callFailureLine, reportRichMenuDeploy, shellWord } from "../push/rich-menu-report.js";
import { maskToken, redactToken, tokenProblem } from "../push/secret.js";
import { HOW_TO_GET_A_TOKEN } from "../shared/token-help.js";
import { confirm, EXIT, type Io, isTerminal, relativeToCwd } from "./io.js";
import { loadRichMenuSet } from "./rich-menu-input.js";
import { UserInputError } from "./user-input-error.js";

export interface RichMenuFlags {
  to: string | undefined;
  default: boolean;
  entry: string | undefined;
  image: string | undefined;
  name: string | undefined;
  dryRun: boolean;
  apiBase: string | undefined;
  dataApiBase: string | undefined;
  strict: boolean;
  yes: boolean;
}

export const RICH_MENU_SUBCOMMANDS = ["deploy", "list", "delete", "unlink"] as const;
type Subcommand = (typeof RICH_MENU_SUBCOMMANDS)[number];

/** The options each subcommand reads; main() checks that no other was given to `richmenu`. */
export const RICH_MENU_OPTIONS: Record<Subcommand, readonly string[]> = {
  deploy: [
    "api-base",
    "data-api-base",
    "default",
    "dry-run",
    "entry",
    "image",
    "strict",
    "to",
    "yes",
  ],
  list: ["api-base"],
  delete: ["api-base", "name", "yes"],
  unlink: ["api-base", "to"],
};

const USAGES: Record<Subcommand, string> = {
  deploy: "flexkit richmenu deploy <file.json> --to U…",
  list: "flexkit richmenu list",
  delete: "flexkit richmenu delete <richMenuId>… | --name <prefix>",
  unlink: "flexkit richmenu unlink --to U…",
};

/**
 * A placeholder recipient for a dry run without one: LINE's validate endpoint takes the menu
 * alone, and the local checks only need a well-formed user ID.
 */
const NOBODY = `U${"0".repeat(32)}`;

interface Setup {
  io: Io;
  options: ClientOptions;
  apiBase: string;
}

/**
 * `flexkit richmenu deploy|list|delete|unlink`: rich menus on the channel, for a test user
 * (RULES.md §15). The token is LINE_CHANNEL_ACCESS_TOKEN, as for `flexkit push`, and is never
 * printed. Exit 0 done, 1 refused or failed (locally or by LINE), 2 unusable input or settings.
 */
export async function commandRichMenu(
  args: string[],
  flags: RichMenuFlags,
  given: Io,
  optionsGiven: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || !(RICH_MENU_SUBCOMMANDS as readonly string[]).includes(sub)) {
    throw new UserInputError(
      `richmenu: ${sub === undefined ? "which command?" : `unknown command ${JSON.stringify(sub)};`} expected one of ${RICH_MENU_SUBCOMMANDS.join(", ")} (${USAGES.deploy})`,
    );
  }
  const command = sub as Subcommand;
  const stray = optionsGiven.find((name) => !RICH_MENU_OPTIONS[command].includes(name));
  if (stray !== undefined) {
    const taken = RICH_MENU_OPTIONS[command].map((name) => `--${name}`).join(", ");
    throw new UserInputError(
      `richmenu ${command} does not take --${stray}; its options are ${taken} (${USAGES[command]})`,
    );
  }
  // Every line is redacted, whatever it was built from: the token never reaches the terminal.
  const secret = env.LINE_CHANNEL_ACCESS_TOKEN?.trim();
  const io: Io = {
    out: (text) => given.out(redactToken(text, secret)),
    err: (text) => given.err(redactToken(text, secret)),
  };
  const setup = (): Setup => {
    let apiBase: string;
    try {
      apiBase = resolveApiBase(flags.apiBase ?? env.LINE_API_BASE);
    } catch (error) {
      if (error instanceof ApiBaseError) throw new UserInputError(`richmenu: ${error.message}`);
      throw error;
    }
    const token = secret ?? "";
    if (token === "")
      throw new UserInputError(
        `richmenu: no channel access token; set LINE_CHANNEL_ACCESS_TOKEN (${HOW_TO_GET_A_TOKEN})`,
      );
    const problem = tokenProblem(token);
    if (problem !== undefined)
      throw new UserInputError(`richmenu: LINE_CHANNEL_ACCESS_TOKEN: ${problem}`);
    return { io, apiBase, options: { apiBase, token, log: (line) => io.err(line) } };
  };
  switch (command) {
    case "deploy":
      return deploy(rest, flags, io, setup, env);
    case "list":
      if (rest.length > 0) throw new UserInputError(`richmenu list: it takes no arguments`);
      return list(setup());
    case "delete":
      return remove(rest, flags, setup);
    case "unlink":
      if (rest.length > 0)
        throw new UserInputError(
          `richmenu unlink: unexpected argument ${JSON.stringify(rest[0])}; ${USAGES.unlink}`,
        );
      return unlink(flags, setup, env);
  }
}

async function deploy(
  files: string[],
  flags: RichMenuFlags,
  io: Io,
  setup: () => Setup,
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const [file, stray] = files;
  if (file === undefined)
    throw new UserInputError(`richmenu deploy: which file? (${USAGES.deploy})`);
  if (stray !== undefined)
    throw new UserInputError(
      `richmenu deploy: unexpected argument ${JSON.stringify(stray)}; ${USAGE_HINT(stray)}`,
    );
  if (flags.default && flags.to !== undefined)
    throw new UserInputError(
      "richmenu deploy: --to links the menu to one user, --default shows it to every user; choose one",
    );
  const to = flags.to ?? (env.LINE_TEST_TO === "" ? undefined : env.LINE_TEST_TO);
  if (!flags.default && to === undefined && !flags.dryRun)
    throw new UserInputError(
      "richmenu deploy: to whom? give --to U… or set LINE_TEST_TO (your user ID is on the channel's Basic settings tab), or --default to show it to every user",
    );
  // The default menu is what every user of the bot sees (RM-SHOW-1), not a test: a person says
  // so at a terminal, a script with --yes.
  if (flags.default && !flags.dryRun && !flags.yes && !isTerminal())
    throw new UserInputError(
      "richmenu deploy --default changes the menu every user of the bot sees; without a terminal to ask on, add --yes to do it",
    );
  const set = await loadRichMenuSet(file, { image: flags.image });
  const entry = entryOf(set, flags.entry, io);
  const target: DeployTarget = flags.default ? { default: true } : { to: to ?? NOBODY };
  const request: RichMenuDeployRequest = {
    set: entry === undefined ? set : { ...set, entry },
    target,
    dryRun: flags.dryRun,
    strict: flags.strict,
  };
  const show = (source: string) => relativeToCwd(source);
  // Checked before the token is needed, as `flexkit push` does: a broken menu says so offline.
  const checked = await checkRichMenuDeploy(request);
  if (!checked.ok) {
    const report = reportRichMenuDeploy({ status: "refused", issues: checked.issues }, set, show);
    for (const line of report.errors) io.err(line);
    return EXIT.invalid;
  }
  const { options, apiBase } = setup();
  let dataApiBase: string;
  try {
    dataApiBase = resolveDataApiBase(flags.dataApiBase ?? env.LINE_DATA_API_BASE, apiBase);
  } catch (error) {
    if (error instanceof ApiBaseError) throw new UserInputError(`richmenu: ${error.message}`);
    throw error;
  }
  if (flags.default && !flags.dryRun && !flags.yes) {
    const shown = request.set.lone === true ? "this menu" : `${request.set.entry}`;
    if (!(await confirm(`make ${shown} the default rich menu of every user of the bot? [y/N] `))) {
      io.err("deploy cancelled: nothing was created");
      return EXIT.invalid;
    }
  }
  io.err(
    `${flags.dryRun ? "validating with" : "deploying through"} ${apiBase}${flags.dryRun || dataApiBase === apiBase ? "" : ` (images to ${dataApiBase})`} (token ${maskToken(options.token)})`,
  );
  const outcome = await deployRichMenus(request, { ...options, dataApiBase });
  const report = reportRichMenuDeploy(outcome, request.set, show);
  for (const line of report.lines) io.out(line);
  for (const line of report.errors) io.err(line);
  return report.ok ? EXIT.ok : EXIT.invalid;
}

const USAGE_HINT = (stray: string) =>
  USER_ID.test(stray) ? `use --to ${stray}` : `it takes one file (${USAGES.deploy})`;

/**
 * The menu to show: --entry, else the one the file names, else the first (the one the simulator
 * shows). A lone menu has no alias to name.
 */
function entryOf(set: LoadedRichMenuSet, given: string | undefined, io: Io): string | undefined {
  if (set.lone === true) {
    if (given !== undefined)
      throw new UserInputError(
        "richmenu deploy: --entry names a menu of a set; this file holds one rich menu",
      );
    return LONE_MENU;
  }
  if (given !== undefined) return given;
  if (set.entry !== undefined) return set.entry;
  const aliases = Object.keys(set.menus);
  if (aliases.length > 1)
    io.err(`showing ${aliases[0]}, the first of ${aliases.length} menus (--entry chooses another)`);
  return aliases[0];
}

async function list({ io, options }: Setup): Promise<number> {
  const listing = await listRichMenus(options);
  if (!listing.ok) {
    io.err(callFailureLine(listing.what, listing.outcome));
    return EXIT.invalid;
  }
  for (const menu of listing.menus) {
    const size = menu.size === undefined ? "" : ` ${menu.size.width}×${menu.size.height}`;
    const aliases = menu.aliases.length === 0 ? "" : ` alias ${menu.aliases.join(", ")}`;
    io.out(`${menu.richMenuId} ${JSON.stringify(menu.name)}${size}${aliases}`);
  }
  io.err(
    `${listing.menus.length} rich menu${listing.menus.length === 1 ? "" : "s"} on the channel (at most 1000: RM-LIM-1)`,
  );
  return EXIT.ok;
}

async function remove(ids: string[], flags: RichMenuFlags, setup: () => Setup): Promise<number> {
  if (flags.name !== undefined && ids.length > 0)
    throw new UserInputError(
      `richmenu delete: give rich menu IDs or --name <prefix>, not both (${USAGES.delete})`,
    );
  if (flags.name === undefined && ids.length === 0)
    throw new UserInputError(`richmenu delete: which menus? (${USAGES.delete})`);
  if (flags.name === "")
    throw new UserInputError(
      "richmenu delete --name: expected the start of the menus' names, got nothing (it would match every menu)",
    );
  const { io, options } = setup();
  let targets = ids.map((richMenuId) => ({ richMenuId, name: undefined as string | undefined }));
  if (flags.name !== undefined) {
    const prefix = flags.name;
    const listing = await listRichMenus(options);
    if (!listing.ok) {
      io.err(callFailureLine(listing.what, listing.outcome));
      return EXIT.invalid;
    }
    targets = listing.menus.filter((menu) => menu.name.startsWith(prefix));
    if (targets.length === 0) {
      io.err(`no rich menu's name starts with ${JSON.stringify(prefix)}; nothing was deleted`);
      return EXIT.ok;
    }
    if (!flags.yes && isTerminal()) {
      for (const menu of targets) io.err(`  ${menu.richMenuId} ${JSON.stringify(menu.name)}`);
      const count = `${targets.length} rich menu${targets.length === 1 ? "" : "s"}`;
      if (!(await confirm(`delete these ${count}? [y/N] `))) {
        io.err("delete cancelled: nothing was deleted");
        return EXIT.invalid;
      }
    }
  }
  let failed = 0;
  for (const [index, { richMenuId, name }] of targets.entries()) {
    const named = name === undefined ? "" : ` ${JSON.stringify(name)}`;
    const outcome = await deleteRichMenu(richMenuId, options);
    // A delete whose first attempt timed out and was then answered 404 did happen.
    if (
      outcome.status === "ok" ||
      (outcome.status === "rejected" && outcome.httpStatus === 404 && outcome.attempts > 1)
    ) {
      io.out(`deleted ${richMenuId}${named}`);
      continue;
    }
    failed += 1;
    io.err(callFailureLine(`the delete of ${richMenuId}${named}`, outcome));
    if (outcome.status === "gave-up") {
      const left = targets.slice(index + 1).map((target) => target.richMenuId);
      if (left.length > 0)
        io.err(
          `stopped; not deleted yet: flexkit richmenu delete ${left.map(shellWord).join(" ")}`,
        );
      break;
    }
  }
  return failed === 0 ? EXIT.ok : EXIT.invalid;
}

async function unlink(flags: RichMenuFlags, setup: () => Setup, env: NodeJS.ProcessEnv) {
  const to = flags.to ?? (env.LINE_TEST_TO === "" ? undefined : env.LINE_TEST_TO);
  if (to === undefined)
    throw new UserInputError(
      `richmenu unlink: from whom? give --to U… or set LINE_TEST_TO (${USAGES.unlink})`,
    );
  if (!USER_ID.test(to))
    throw new UserInputError(
      `richmenu unlink: --to: expected a userId (U + 32 lowercase hex), got ${JSON.stringify(to)} [PUSH-3]`,
    );
  const { io, options } = setup();
  const outcome = await unlinkRichMenu(to, options);
  if (outcome.status !== "ok") {
    io.err(callFailureLine(`the unlink of ${to}'s rich menu`, outcome));
    return EXIT.invalid;
  }
  io.out(`unlinked ${to}'s rich menu: they see the default menu again, if there is one`);
  return EXIT.ok;
}
