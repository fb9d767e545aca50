import type { IncomingMessage, ServerResponse } from "node:http";
import { issueLine } from "@flexkit/validators";
import { type ClientOptions, pushMessages, validatePush } from "../push/client.js";
import { checkPush, needsRecipient, preparePush } from "../push/prepare.js";
import { reportOutcome } from "../push/report.js";
import {
  checkRichMenuDeploy,
  deployRichMenus,
  type RichMenuClientOptions,
  type RichMenuDeployRequest,
} from "../push/rich-menu-deploy.js";
import { reportRichMenuDeploy } from "../push/rich-menu-report.js";
import { checkCaller, checkSession } from "./caller-checks.js";
import { HttpError, parseObject, readBody, sendJson } from "./http.js";
import { sessionOf } from "./own-page.js";
import { RICH_MENU_BODY_MAX, richMenuSetOfPayload } from "./rich-menu-payload.js";
import type { TokenStore } from "./token-store.js";

export interface PushRoutesOptions {
  /** Resolved (see resolveApiBase): fixed at start, the page cannot change it. */
  apiBase: string;
  /** Where rich menu images go (resolveDataApiBase); fixed at start too. */
  dataApiBase: string;
  store: TokenStore;
  session: string;
  defaultTo: string | undefined;
  retry: ClientOptions["retry"] | undefined;
  /** Result lines, already redacted by the caller. */
  log: (line: string) => void;
}

/**
 * `/api/status`, `/api/push`, `/api/validate`, `/api/richmenu/deploy` and
 * `/api/richmenu/validate`; `port`: where this server listens.
 */
export type PushRoutes = (
  req: IncomingMessage,
  res: ServerResponse,
  port: number | undefined,
) => Promise<void>;

/**
 * The Send panel's routes. Each call must come from the simulator's own page (caller-checks.ts)
 * as JSON; a push is checked by the validators before anything is sent, and one at a time.
 */
export function createPushRoutes(options: PushRoutesOptions): PushRoutes {
  const { apiBase, store, log } = options;
  // PUSH-15: LINE asks not to flood one user. A test push is one at a time: a second click while
  // the first is still retrying is refused, never queued.
  let busy = false;

  async function handlePush(
    body: Record<string, unknown>,
    dryRun: boolean,
  ): Promise<[number, unknown]> {
    const prepared = preparePush(body.payload);
    const given = typeof body.to === "string" && body.to.trim() !== "" ? body.to.trim() : undefined;
    const to = given ?? prepared.to;
    if (needsRecipient(prepared, to, dryRun)) {
      throw new HttpError(
        400,
        "to: expected a user, group or room ID (U…); your user ID is on the channel's Basic settings tab",
      );
    }
    const checked = checkPush(prepared, to, { dryRun });
    const issueLines = checked.issues.map((issue) => issueLine(issue));
    if (!checked.ok) {
      return [
        422,
        {
          ok: false,
          lines: [],
          errors: [...issueLines, "error nothing was sent: fix the issues above first"],
          issues: checked.issues,
        },
      ];
    }
    const token = tokenOrRefusal();
    if (busy) {
      throw new HttpError(
        429,
        "a push is already under way; wait for its answer before sending again",
      );
    }
    busy = true;
    try {
      const client: ClientOptions = { apiBase, token, log: (line) => log(`flexkit push: ${line}`) };
      if (options.retry !== undefined) client.retry = options.retry;
      const outcome =
        dryRun || to === undefined
          ? await validatePush(prepared.request.messages, client)
          : await pushMessages({ to, ...prepared.request }, client);
      const request = to === undefined ? prepared.request : { to, ...prepared.request };
      const report = reportOutcome(outcome, request, {});
      for (const line of [...report.lines, ...report.errors]) log(`flexkit push: ${line}`);
      return [
        200,
        {
          ok: report.ok,
          // Warnings the validators found come first: they were sent anyway.
          lines: [...issueLines, ...report.lines],
          errors: report.errors,
          issues: report.issues,
        },
      ];
    } finally {
      busy = false;
    }
  }

  /** The token, or the 409 that says how to set one. */
  function tokenOrRefusal(): string {
    const token = store.token;
    if (token === undefined) {
      throw new HttpError(
        409,
        "no channel access token: set LINE_CHANNEL_ACCESS_TOKEN before flexkit start, or enter it on the token page (/token)",
      );
    }
    return token;
  }

  /**
   * The rich menu on screen to the recipient (a per-user link; the default menu, which every
   * user sees, is the CLI's `--default` alone), or LINE's validate endpoint for a dry run. Images
   * come only as data: URLs, which the panel makes of the files chosen there: the server fetches
   * no address a page names.
   */
  async function handleRichMenu(
    body: Record<string, unknown>,
    dryRun: boolean,
  ): Promise<[number, unknown]> {
    const read = richMenuSetOfPayload(body.payload);
    if (!read.ok) throw new HttpError(400, `payload: ${read.message}`);
    const given = typeof body.to === "string" && body.to.trim() !== "" ? body.to.trim() : undefined;
    if (given === undefined && !dryRun)
      throw new HttpError(
        400,
        "to: expected your user ID (U…), the user the menu is linked to; it is on the channel's Basic settings tab",
      );
    const request: RichMenuDeployRequest = {
      set: read.set,
      // LINE's validate endpoint takes the menu alone; the local checks need a well-formed ID.
      target: { to: given ?? `U${"0".repeat(32)}` },
      dryRun,
    };
    const notes = read.notes;
    const checked = await checkRichMenuDeploy(request);
    if (!checked.ok) {
      const report = reportRichMenuDeploy({ status: "refused", issues: checked.issues }, read.set);
      return [422, { ok: false, lines: notes, errors: report.errors, issues: checked.issues }];
    }
    const token = tokenOrRefusal();
    if (busy) {
      throw new HttpError(429, "a push or deploy is already under way; wait for its answer first");
    }
    busy = true;
    try {
      const client: RichMenuClientOptions = {
        apiBase,
        dataApiBase: options.dataApiBase,
        token,
        log: (line) => log(`flexkit richmenu: ${line}`),
      };
      if (options.retry !== undefined) client.retry = options.retry;
      const outcome = await deployRichMenus(request, client);
      const report = reportRichMenuDeploy(outcome, read.set);
      for (const line of [...report.lines, ...report.errors]) log(`flexkit richmenu: ${line}`);
      const issues =
        outcome.status === "failed"
          ? [...outcome.issues, ...outcome.failure.issues]
          : outcome.status === "checked"
            ? [...outcome.issues, ...outcome.results.flatMap((result) => result.issues)]
            : outcome.issues;
      return [
        200,
        { ok: report.ok, lines: [...notes, ...report.lines], errors: report.errors, issues },
      ];
    } finally {
      busy = false;
    }
  }

  return async (req, res, port) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method !== "POST") throw new HttpError(405, `${path}: expected POST`);
    checkCaller(req, port);
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      throw new HttpError(415, `${path}: expected Content-Type: application/json`);
    checkSession(sessionOf(req), options.session);
    // A rich menu comes with its images as data: URLs, so its body may be larger than a push's.
    const text = (path ?? "").startsWith("/api/richmenu/")
      ? await readBody(req, RICH_MENU_BODY_MAX, " (a rich menu set and its images)")
      : await readBody(req);
    const send = (status: number, body: unknown) => sendJson(res, status, store.json(body));
    switch (path) {
      case "/api/status":
        parseObject(text === "" ? "{}" : text, []);
        return send(200, {
          hasToken: store.token !== undefined,
          tokenSource: store.source ?? null,
          // Masked: the last 4 characters and the length, so a person can tell tokens apart.
          maskedToken: store.masked ?? null,
          apiBase,
          defaultTo: options.defaultTo ?? "",
        });
      case "/api/push": {
        const body = parseObject(text, ["payload", "to"]);
        const [status, answer] = await handlePush(body, false);
        return send(status, answer);
      }
      case "/api/validate": {
        const body = parseObject(text, ["payload"]);
        const [status, answer] = await handlePush(body, true);
        return send(status, answer);
      }
      case "/api/richmenu/deploy": {
        const body = parseObject(text, ["payload", "to"]);
        const [status, answer] = await handleRichMenu(body, false);
        return send(status, answer);
      }
      case "/api/richmenu/validate": {
        const body = parseObject(text, ["payload"]);
        const [status, answer] = await handleRichMenu(body, true);
        return send(status, answer);
      }
      default:
        throw new HttpError(
          404,
          `${path}: no such endpoint; expected /api/status, /api/push, /api/validate, /api/richmenu/deploy or /api/richmenu/validate`,
        );
    }
  };
}
