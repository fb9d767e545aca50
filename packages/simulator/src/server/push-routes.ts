import type { IncomingMessage, ServerResponse } from "node:http";
import { issueLine } from "@flexkit/validators";
import { type ClientOptions, pushMessages, validatePush } from "../push/client.js";
import { checkPush, needsRecipient, preparePush } from "../push/prepare.js";
import { reportOutcome } from "../push/report.js";
import { checkCaller, checkSession } from "./caller-checks.js";
import { HttpError, parseObject, readBody, sendJson } from "./http.js";
import { sessionOf } from "./own-page.js";
import type { TokenStore } from "./token-store.js";

export interface PushRoutesOptions {
  /** Resolved (see resolveApiBase): fixed at start, the page cannot change it. */
  apiBase: string;
  store: TokenStore;
  session: string;
  defaultTo: string | undefined;
  retry: ClientOptions["retry"] | undefined;
  /** Result lines, already redacted by the caller. */
  log: (line: string) => void;
}

/** `/api/status`, `/api/push` and `/api/validate`; `port`: where this server listens. */
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
    const token = store.token;
    if (token === undefined) {
      throw new HttpError(
        409,
        "no channel access token: set LINE_CHANNEL_ACCESS_TOKEN before flexkit start, or enter it on the token page (/token)",
      );
    }
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

  return async (req, res, port) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method !== "POST") throw new HttpError(405, `${path}: expected POST`);
    checkCaller(req, port);
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      throw new HttpError(415, `${path}: expected Content-Type: application/json`);
    checkSession(sessionOf(req), options.session);
    const text = await readBody(req);
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
      default:
        throw new HttpError(
          404,
          `${path}: no such endpoint; expected /api/status, /api/push or /api/validate`,
        );
    }
  };
}
