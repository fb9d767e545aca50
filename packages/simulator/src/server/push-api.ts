import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { LIMITS } from "@flexkit/validators";
import type { Plugin } from "vite";
import {
  type ClientOptions,
  pushMessages,
  resolveApiBase,
  TokenError,
  validatePush,
} from "../push/client.js";
import { checkPush, issueLine, needsRecipient, preparePush } from "../push/prepare.js";
import { reportOutcome } from "../push/report.js";
import { maskToken, redactDeep, redactToken, tokenProblem } from "../push/secret.js";
import { isOwnHost, newSessionKey, SESSION_META, sameSecret, sessionOf } from "./own-page.js";
import {
  TOKEN_PAGE_HEADERS,
  TOKEN_PATH,
  tokenFormPage,
  tokenRefusedPage,
  tokenSetPage,
} from "./token-page.js";

export interface PushApiOptions {
  /** LINE_API_BASE; default https://api.line.me. Fixed at start: the page cannot change it. */
  apiBase?: string | undefined;
  /** LINE_CHANNEL_ACCESS_TOKEN. Without it a person can enter one on /token (kept in memory). */
  token?: string | undefined;
  /** LINE_TEST_TO, shown in the Send panel as the default recipient (an ID, not a secret). */
  defaultTo?: string | undefined;
  /**
   * The page's session key (shared/session.ts), when another route checks the same key (the image
   * proxy); default a fresh one.
   */
  session?: string;
  retry?: ClientOptions["retry"];
  /** Where result lines go (the terminal running the simulator). Never given the token. */
  log?: (line: string) => void;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** A channel access token form needs little; long-lived tokens are about 172 characters. */
const TOKEN_FORM_BYTES_MAX = 16_384;
/** How long a token page's nonce stays usable, and how many can be outstanding at once. */
const NONCE_LIFETIME_MS = 60 * 60 * 1000;
const NONCES_MAX = 32;

/**
 * Reads the body, refusing more than `limit` bytes: by default PUSH-12's 2 MB (LINE would refuse
 * it with 413 anyway).
 */
function readBody(
  req: IncomingMessage,
  limit = LIMITS.requestBytesMax.value,
  rule = " [PUSH-12]",
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > limit) {
      reject(
        new HttpError(413, `request body: expected at most ${limit} bytes, got ${declared}${rule}`),
      );
      req.resume();
      return;
    }
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new HttpError(413, `request body: expected at most ${limit} bytes, got more${rule}`),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function parseObject(text: string, allowed: ReadonlyArray<string>): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, "request body: expected JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new HttpError(400, "request body: expected a JSON object");
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      // The API base, the token and the headers are the server's; the page sends only data.
      throw new HttpError(
        400,
        `request body: unknown field ${JSON.stringify(key)}; expected only ${allowed.join(", ")} (the API base is set where the simulator starts: LINE_API_BASE)`,
      );
    }
  }
  return value as Record<string, unknown>;
}

export interface PushApi {
  /** The per-session key the page must send back; the page reads it from {@link SESSION_META}. */
  readonly session: string;
  /** Answers `/api/…` and `/token`, and calls `next` for anything else. `port`: where this server listens. */
  middleware(
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
    port: number | undefined,
  ): void;
}

/**
 * `/api/status`, `/api/push` and `/api/validate` for the Send panel, and the token page
 * (`/token`, see token-page.ts), as connect-style middleware shared by `flexkit start`/`dev`
 * (Vite) and `flexkit serve` (node:http). The channel access token stays in this process: it never
 * goes into a response, the page, a log line or an error. API calls are accepted only from the
 * simulator's own page: the Host must be this machine on this port (against DNS rebinding), the
 * Origin must be that same origin, and the per-session key injected into the page must come back.
 * The token page's form instead carries a one-time nonce that only the token page was given.
 */
export function createPushApi(options: PushApiOptions = {}): PushApi {
  const apiBase = resolveApiBase(options.apiBase);
  const session = options.session ?? newSessionKey();
  const fromEnvironment = options.token?.trim() || undefined;
  const problem = fromEnvironment === undefined ? undefined : tokenProblem(fromEnvironment);
  if (problem !== undefined) throw new TokenError(`LINE_CHANNEL_ACCESS_TOKEN: ${problem}`);
  let token = fromEnvironment;
  let tokenSource: "environment" | "entered" | undefined =
    token === undefined ? undefined : "environment";
  const print = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  // Every line is redacted here too, whatever it was built from (an outcome is already redacted).
  const log = (line: string) => print(redactToken(line, token));
  const safe = <T>(value: T): T => redactDeep(value, token);
  /** Token page nonces → when they expire; one use each. */
  const nonces = new Map<string, number>();
  function issueNonce(): string {
    const nonce = randomBytes(32).toString("base64url");
    nonces.set(nonce, Date.now() + NONCE_LIFETIME_MS);
    // Many open forms: the oldest stops working first.
    for (const old of nonces.keys()) {
      if (nonces.size <= NONCES_MAX) break;
      nonces.delete(old);
    }
    return nonce;
  }
  function spendNonce(given: string | null): boolean {
    if (given === null) return false;
    const expires = nonces.get(given);
    nonces.delete(given);
    return expires !== undefined && expires > Date.now();
  }
  // PUSH-15: LINE asks not to flood one user. A test push is one at a time: a second click while
  // the first is still retrying is refused, never queued.
  let busy = false;

  function checkCaller(req: IncomingMessage, port: number | undefined): void {
    const host = req.headers.host ?? "";
    if (!isOwnHost(host, port)) {
      throw new HttpError(
        403,
        `refused: the simulator's API answers only at its own address, not ${JSON.stringify(host)}`,
      );
    }
    if (req.headers.origin !== `http://${host}`) {
      throw new HttpError(
        403,
        `refused: cross-origin call from ${JSON.stringify(req.headers.origin ?? "(no Origin)")}; only the simulator's own page may call its API`,
      );
    }
  }

  function checkSession(given: string | undefined): void {
    if (!sameSecret(given, session))
      throw new HttpError(403, "refused: missing or wrong session key; reload the simulator page");
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    const text = redactToken(JSON.stringify(safe(body)), token);
    res.writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    res.end(text);
  }

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
    const issueLines = checked.issues.map((issue) => issueLine(issue, {}));
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

  function tokenPage(res: ServerResponse, status: number, html: string): void {
    // The HTML never holds the token (only its masked form); redact anyway, as every answer is.
    res.writeHead(status, TOKEN_PAGE_HEADERS);
    res.end(redactToken(html, token));
  }

  function formState(error?: string) {
    return {
      masked: token === undefined ? undefined : maskToken(token),
      source: tokenSource,
      nonce: issueNonce(),
      ...(error === undefined ? {} : { error }),
    };
  }

  /** `/token`: GET the form, POST it back. Not part of the app; see token-page.ts. */
  async function handleTokenPage(
    req: IncomingMessage,
    res: ServerResponse,
    port: number | undefined,
  ): Promise<void> {
    const host = req.headers.host ?? "";
    if (!isOwnHost(host, port)) {
      return tokenPage(
        res,
        403,
        tokenRefusedPage(`refused: the token page is only at the simulator's own address`),
      );
    }
    if (req.method === "GET" || req.method === "HEAD") {
      // Only the user may get a form: each GET makes a nonce, and at most NONCES_MAX are kept, so
      // 33 <img src=".../token"> on any page would expire the form the user has open. The browser
      // says who asked (https://www.w3.org/TR/fetch-metadata/): "none" is the user typing the
      // address or opening a bookmark, "same-origin" a link in the simulator's own page. Another
      // port of this machine is "same-site" (a site ignores the port), so that is refused too. A
      // client that sends neither header is no browser page.
      const site = req.headers["sec-fetch-site"];
      const origin = req.headers.origin;
      const foreign =
        site !== undefined && site !== "none" && site !== "same-origin"
          ? `Sec-Fetch-Site: ${site}`
          : origin !== undefined && origin !== `http://${host}`
            ? `Origin: ${JSON.stringify(origin)}`
            : undefined;
      if (foreign !== undefined) {
        return tokenPage(
          res,
          403,
          tokenRefusedPage(
            `refused: another site asked for the token page (${foreign}); open it from the simulator's Send panel or type its address`,
          ),
        );
      }
      return tokenPage(res, 200, tokenFormPage(formState()));
    }
    if (req.method !== "POST") throw new HttpError(405, `${TOKEN_PATH}: expected GET or POST`);
    // The nonce is what proves the post came from the form. As a second guard a browser's post
    // must come from this origin (the page's Referrer-Policy lets its own form say so): a foreign
    // one is refused, and so is an opaque "null" (a sandboxed frame, a data: or file: page).
    // A client that sends no Origin is no browser page, so no cross-site forgery.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) {
      const from = origin === "null" ? "an opaque origin (Origin: null)" : JSON.stringify(origin);
      return tokenPage(
        res,
        403,
        tokenRefusedPage(`refused: a post from ${from}, not from the token page`),
      );
    }
    if (!(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded"))
      throw new HttpError(415, `${TOKEN_PATH}: expected a form post`);
    const form = new URLSearchParams(
      await readBody(req, TOKEN_FORM_BYTES_MAX, " (a channel access token form)"),
    );
    if (!spendNonce(form.get("nonce")))
      return tokenPage(res, 403, tokenRefusedPage("This form has expired or was already used"));
    const given = form.get("token")?.trim() ?? "";
    const problem = tokenProblem(given);
    if (problem !== undefined)
      return tokenPage(res, 400, tokenFormPage(formState(`channel access token: ${problem}`)));
    token = given;
    tokenSource = "entered";
    log("flexkit push: a channel access token was entered on the token page (kept in memory only)");
    return tokenPage(res, 200, tokenSetPage(maskToken(given)));
  }

  async function handle(
    req: IncomingMessage,
    res: ServerResponse,
    port: number | undefined,
  ): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (req.method !== "POST") throw new HttpError(405, `${path}: expected POST`);
    checkCaller(req, port);
    if (!(req.headers["content-type"] ?? "").startsWith("application/json"))
      throw new HttpError(415, `${path}: expected Content-Type: application/json`);
    checkSession(sessionOf(req));
    const text = await readBody(req);
    switch (path) {
      case "/api/status":
        parseObject(text === "" ? "{}" : text, []);
        return send(res, 200, {
          hasToken: token !== undefined,
          tokenSource: tokenSource ?? null,
          // Masked: the last 4 characters and the length, so a person can tell tokens apart.
          maskedToken: token === undefined ? null : maskToken(token),
          apiBase,
          defaultTo: options.defaultTo ?? "",
        });
      case "/api/push": {
        const body = parseObject(text, ["payload", "to"]);
        const [status, answer] = await handlePush(body, false);
        return send(res, status, answer);
      }
      case "/api/validate": {
        const body = parseObject(text, ["payload"]);
        const [status, answer] = await handlePush(body, true);
        return send(res, status, answer);
      }
      default:
        throw new HttpError(
          404,
          `${path}: no such endpoint; expected /api/status, /api/push or /api/validate`,
        );
    }
  }

  return {
    session,
    middleware(req, res, next, port) {
      // A service worker registered by a script in the app would see the token page's form
      // post on its way out; the simulator needs none, so no script is ever served as one.
      if (req.headers["service-worker"] !== undefined) {
        res.writeHead(403, { "content-type": "text/plain; charset=utf-8" });
        res.end("refused: the simulator registers no service worker\n");
        return;
      }
      const url = req.url ?? "";
      const path = url.split("?")[0];
      const answer =
        path === TOKEN_PATH
          ? handleTokenPage(req, res, port)
          : url.startsWith("/api/")
            ? handle(req, res, port)
            : undefined;
      if (answer === undefined) return next();
      answer.catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message =
          error instanceof HttpError
            ? error.message
            : `internal error: ${error instanceof Error ? error.message : String(error)}`;
        if (!res.headersSent)
          send(res, status, { ok: false, lines: [], errors: [`error ${message}`], issues: [] });
        else res.end();
      });
    },
  };
}

/** The push API as a Vite plugin: the session meta tag in the page, the routes as middleware. */
export function pushApiPlugin(options: PushApiOptions = {}): Plugin {
  const api = createPushApi(options);
  return {
    name: "flexkit-push-api",
    transformIndexHtml() {
      return [
        { tag: "meta", attrs: { name: SESSION_META, content: api.session }, injectTo: "head" },
      ];
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const address = server.httpServer?.address() as AddressInfo | null | undefined;
        api.middleware(req, res, next, address?.port);
      });
    },
  };
}
