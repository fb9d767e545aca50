import type { IncomingMessage, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Plugin } from "vite";
import { ApiBaseError, type ClientOptions, resolveApiBase, TokenError } from "../push/client.js";
import { resolveDataApiBase } from "../push/rich-menu-deploy.js";
import { messageOf } from "../shared/error-message.js";
import { isServiceWorkerRequest } from "./caller-checks.js";
import { HttpError, sendJson } from "./http.js";
import { newSessionKey, SESSION_META } from "./own-page.js";
import { createPushRoutes } from "./push-routes.js";
import { ServerSetupError } from "./setup-error.js";
import { handleTokenPage, TOKEN_PATH } from "./token-page.js";
import { createNonces, createTokenStore } from "./token-store.js";

/** How the servers reach LINE: whoever starts one reads them (the CLI, from LINE_* variables). */
export interface LineSettings {
  /** LINE_API_BASE; default https://api.line.me. Fixed at start: the page cannot change it. */
  apiBase?: string | undefined;
  /**
   * LINE_DATA_API_BASE, where rich menu images go; default the API base when that was changed
   * (one test server for both), else https://api-data.line.me.
   */
  dataApiBase?: string | undefined;
  /** LINE_CHANNEL_ACCESS_TOKEN. Without it a person can enter one on /token (kept in memory). */
  token?: string | undefined;
  /** LINE_TEST_TO, shown in the Send panel as the default recipient (an ID, not a secret). */
  defaultTo?: string | undefined;
}

export interface PushApiOptions extends LineSettings {
  /**
   * The page's session key (shared/session.ts), when another route checks the same key (the image
   * proxy); default a fresh one.
   */
  session?: string;
  retry?: ClientOptions["retry"];
  /** Where result lines go (the terminal running the simulator). Never given the token. */
  log?: (line: string) => void;
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
 * `/api/status`, `/api/push`, `/api/validate` and `/api/richmenu/…` for the Send panel, and the token page
 * (`/token`, see token-page.ts), as connect-style middleware shared by `flexkit start`/`dev`
 * (Vite) and `flexkit serve` (node:http). The channel access token stays in this process: it never
 * goes into a response, the page, a log line or an error. API calls are accepted only from the
 * simulator's own page: the Host must be this machine on this port (against DNS rebinding), the
 * Origin must be that same origin, and the per-session key injected into the page must come back.
 * The token page's form instead carries a one-time nonce that only the token page was given.
 * The jobs live apart: http.ts (bodies and answers), caller-checks.ts (who may ask),
 * token-store.ts (the token and the form's nonces), token-page.ts and push-routes.ts (the routes).
 */
export function createPushApi(options: PushApiOptions = {}): PushApi {
  const apiBase = resolveApiBase(options.apiBase);
  const dataApiBase = resolveDataApiBase(options.dataApiBase, options.apiBase);
  const session = options.session ?? newSessionKey();
  const store = createTokenStore(options.token);
  const nonces = createNonces();
  const print = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  // Every line is redacted here too, whatever it was built from (an outcome is already redacted).
  const log = (line: string) => print(store.redact(line));
  const routes = createPushRoutes({
    apiBase,
    dataApiBase,
    store,
    session,
    defaultTo: options.defaultTo,
    retry: options.retry,
    log,
  });

  return {
    session,
    middleware(req, res, next, port) {
      if (isServiceWorkerRequest(req)) {
        res.writeHead(403, { "content-type": "text/plain; charset=utf-8" });
        res.end("refused: the simulator registers no service worker\n");
        return;
      }
      const url = req.url ?? "";
      const path = url.split("?")[0];
      const answer =
        path === TOKEN_PATH
          ? handleTokenPage(req, res, port, { store, nonces, log })
          : url.startsWith("/api/")
            ? routes(req, res, port)
            : undefined;
      if (answer === undefined) return next();
      answer.catch((error: unknown) => {
        const status = error instanceof HttpError ? error.status : 500;
        const message =
          error instanceof HttpError ? error.message : `internal error: ${messageOf(error)}`;
        if (!res.headersSent)
          sendJson(
            res,
            status,
            store.json({ ok: false, lines: [], errors: [`error ${message}`], issues: [] }),
          );
        else res.end();
      });
    },
  };
}

/**
 * {@link createPushApi} for a server being started: a bad API base or token is a mistake in its
 * setup, a {@link ServerSetupError} naming the setting, not a fault of the server.
 */
export function setupPushApi(options: PushApiOptions = {}): PushApi {
  try {
    return createPushApi(options);
  } catch (error) {
    if (error instanceof ApiBaseError && error.message.startsWith("data API base: "))
      throw new ServerSetupError(
        `LINE_DATA_API_BASE: ${error.message.replace(/^data API base: /, "")}`,
      );
    if (error instanceof ApiBaseError)
      throw new ServerSetupError(`LINE_API_BASE: ${error.message.replace(/^API base: /, "")}`);
    if (error instanceof TokenError) throw new ServerSetupError(error.message);
    throw error;
  }
}

/** The push API as a Vite plugin: the session meta tag in the page, the routes as middleware. */
export function pushApiPlugin(options: PushApiOptions = {}): Plugin {
  return pushApiPluginOf(createPushApi(options));
}

/** {@link pushApiPlugin} over a push API already made. */
export function pushApiPluginOf(api: PushApi): Plugin {
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
