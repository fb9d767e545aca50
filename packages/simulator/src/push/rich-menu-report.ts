import { issueLine, type ValidationIssue } from "@flexkit/validators";
import type { CallOutcome } from "./client.js";
import {
  type DeployFailure,
  type DeployState,
  propertyOf,
  type RichMenuDeployOutcome,
} from "./rich-menu-deploy.js";
import type { LoadedRichMenuSet } from "./rich-menu-input.js";

export interface RichMenuReport {
  ok: boolean;
  /** What was done, for stdout: the IDs on LINE and how to remove them. */
  lines: string[];
  /** Issues, LINE's reasons and, after a failure, what exists on LINE now, for stderr. */
  errors: string[];
}

/** Each menu's JSX sources, keyed as the issues are (`tab-a.areas[0]`). */
function sourcesOf(set: LoadedRichMenuSet): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const [alias, { sources: own }] of Object.entries(set.menus)) {
    for (const [path, source] of Object.entries(own ?? {}))
      sources[propertyOf(set, alias, path)] = source;
  }
  return sources;
}

const requestIdOf = (outcome: { requestId?: string }) =>
  outcome.requestId === undefined ? "" : `, x-line-request-id ${outcome.requestId}`;

/** One line for a call that failed: LINE's answer, or why LINE was not reached. */
export function callFailureLine(what: string, outcome: CallOutcome): string {
  switch (outcome.status) {
    case "ok":
      return `${what}: done`;
    case "rejected":
      return `error LINE rejected ${what} (HTTP ${outcome.httpStatus}${requestIdOf(outcome)}): ${outcome.message}`;
    case "gave-up":
      return `error could not reach LINE for ${what}: ${outcome.reason}${outcome.requestId === undefined ? "" : ` (x-line-request-id ${outcome.requestId})`}`;
  }
}

/** A word that a shell reads as it is, quoted when it needs to be. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/** `flexkit richmenu delete <id>…`, the command that removes these menus. */
export function deleteCommand(ids: ReadonlyArray<string>): string {
  return `flexkit richmenu delete ${ids.map(shellWord).join(" ")}`;
}

const IMAGE_STATE: Record<DeployState["menus"][number]["image"], string> = {
  uploaded: "image uploaded",
  "not-sent": "no image",
  rejected: "no image (LINE rejected it)",
  "may-be-set": "the image upload timed out, so it may be set (LINE refuses a second: RM-IMG-4)",
};

/** The lines that say what exists on LINE because of this deploy, and how to remove it. */
export function onLineNow(set: LoadedRichMenuSet, state: DeployState): string[] {
  const lone = set.lone === true;
  if (state.menus.length === 0 && state.unsure.length === 0) return ["nothing was created on LINE"];
  const lines = ["on LINE now:"];
  for (const menu of state.menus) {
    const alias = state.aliases.find((entry) => entry.alias === menu.alias);
    const parts = [
      ...(menu.how === "found" ? ["found again by its name after its create timed out"] : []),
      IMAGE_STATE[menu.image],
      ...(alias === undefined
        ? []
        : [`alias ${alias.alias} ${alias.how === "created" ? "created" : "now points here"}`]),
    ];
    lines.push(`  ${lone ? "" : `${menu.alias} `}${menu.richMenuId}: ${parts.join(", ")}`);
  }
  for (const entry of state.unsure) {
    const where =
      entry.candidates === undefined
        ? `look for ${JSON.stringify(entry.name)} in flexkit richmenu list`
        : `it is one of ${entry.candidates.join(", ")}`;
    const times =
      entry.timeouts === 1
        ? "its create timed out, so it may exist"
        : `its create timed out ${entry.timeouts} times, so up to ${entry.timeouts} menus of that name may exist`;
    lines.push(`  ${lone ? "the menu" : entry.alias}: ${times}; ${where}`);
  }
  lines.push(`  ${shownLine(set, state) ?? "nothing is shown to anyone: no link, no default"}`);
  const ids = state.menus.map((menu) => menu.richMenuId);
  if (ids.length > 0) lines.push(`to remove what this deploy made: ${deleteCommand(ids)}`);
  return lines;
}

function shownLine(set: LoadedRichMenuSet, state: DeployState): string | undefined {
  const { shown } = state;
  if (shown === undefined) return undefined;
  const menu = set.lone === true ? shown.richMenuId : `${shown.alias} (${shown.richMenuId})`;
  return "to" in shown.target
    ? `${menu} is linked to ${shown.target.to}: they see it at once, if they are a friend of the bot (RM-SHOW-1)`
    : `${menu} is every user's default menu: they see it when they next open the chat, within about a minute (RM-SHOW-3)`;
}

function failureLines(failure: DeployFailure): string[] {
  const head =
    failure.outcome === undefined
      ? `error ${failure.what}: ${failure.reason ?? "failed"}`
      : callFailureLine(failure.what, failure.outcome);
  return [head];
}

/**
 * A deploy's outcome as lines a person reads: what was made on LINE (IDs, aliases, who sees it)
 * and how to remove it; after a failure, LINE's reason with each detail at its menu's property
 * (and JSX line, through the menus' sources), then what exists on LINE now.
 */
export function reportRichMenuDeploy(
  outcome: RichMenuDeployOutcome,
  set: LoadedRichMenuSet,
  showSource?: (source: string) => string,
): RichMenuReport {
  const sources = sourcesOf(set);
  const issueLines = (issues: ValidationIssue[]) =>
    issues.map((issue) => issueLine(issue, sources, showSource));
  const lone = set.lone === true;
  const menuLabel = (alias: string) => (lone ? "the rich menu" : `rich menu ${alias}`);
  switch (outcome.status) {
    case "refused":
      return {
        ok: false,
        lines: [],
        errors: [
          ...issueLines(outcome.issues),
          "error nothing was deployed: fix the issues above first",
        ],
      };
    case "checked": {
      const lines: string[] = [];
      const errors = issueLines(outcome.issues);
      for (const { alias, outcome: answer, issues } of outcome.results) {
        if (answer.status === "ok")
          lines.push(
            `valid: LINE accepts ${menuLabel(alias)}; nothing was created (dry run)${answer.requestId === undefined ? "" : ` (x-line-request-id ${answer.requestId})`}`,
          );
        else errors.push(callFailureLine(menuLabel(alias), answer), ...issueLines(issues));
      }
      const ok =
        outcome.results.length === Object.keys(set.menus).length &&
        outcome.results.every((result) => result.outcome.status === "ok");
      return { ok, lines, errors };
    }
    case "deployed": {
      const { state } = outcome;
      const count = state.menus.length === 1 ? "1 rich menu" : `${state.menus.length} rich menus`;
      return {
        ok: true,
        lines: [`deployed ${count}`, ...onLineNow(set, state).slice(1)],
        errors: issueLines(outcome.issues),
      };
    }
    case "failed":
      return {
        ok: false,
        lines: [],
        errors: [
          ...issueLines(outcome.issues),
          ...failureLines(outcome.failure),
          ...issueLines(outcome.failure.issues),
          ...onLineNow(set, outcome.state),
        ],
      };
  }
}
