/**
 * The page where a person types the channel access token: `GET /token` on the simulator's own
 * server, a plain HTML form with no scripts that posts back to `/token`. It is a separate page, not
 * part of the app, so that no script of the app (nor message JSX run with "Run code") ever holds
 * a reference to the field:
 * - the CSP allows no script at all and lets the form post only to this origin;
 * - `Cross-Origin-Opener-Policy: same-origin` puts it in its own browsing context group, so a
 *   `window.open("/token")` from the app gets no usable handle to it;
 * - `X-Frame-Options` and `frame-ancestors` keep it out of the app's frames;
 * - `no-store` keeps it out of caches; `Referrer-Policy: same-origin` keeps its address out of
 *   other sites' logs while its own form's post still carries the page's Origin, which the server
 *   checks (with `no-referrer` Chromium sends `Origin: null`).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { maskToken, tokenProblem } from "../push/secret.js";
import { HOW_TO_GET_A_TOKEN } from "../shared/token-help.js";
import { tokenFormPostRefusal, tokenFormRequestRefusal } from "./caller-checks.js";
import { HttpError, readBody } from "./http.js";
import { isOwnHost } from "./own-page.js";
import type { Nonces, TokenStore } from "./token-store.js";

export const TOKEN_PATH = "/token";

/** A channel access token form needs little; long-lived tokens are about 172 characters. */
const TOKEN_FORM_BYTES_MAX = 16_384;

export const TOKEN_PAGE_HEADERS: Readonly<Record<string, string>> = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
  "cross-origin-opener-policy": "same-origin",
  "x-frame-options": "DENY",
  "referrer-policy": "same-origin",
  "x-content-type-options": "nosniff",
};

function escapeHtml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function escapeAttribute(text: string): string {
  return escapeHtml(text).replaceAll('"', "&quot;");
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · flexkit</title>
<style>
body { margin: 0; background: #1f2329; color: #e8eaed; font: 14px/1.5 system-ui, sans-serif; }
main { max-width: 34rem; margin: 3rem auto; padding: 0 1rem; }
h1 { font-size: 1.25rem; }
label { display: grid; gap: .25rem; }
input[type=password] { font: inherit; padding: .4rem; }
button { margin-top: .75rem; font: inherit; padding: .4rem 1rem; background: #06c755; color: #fff; border: 0; border-radius: 4px; }
.error { color: #ff8a80; }
.note { color: #aab; }
a { color: #8ab4f8; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface TokenFormState {
  /** The token set now, masked (`…wxyz (172 characters)`), or undefined. */
  masked: string | undefined;
  source: "environment" | "entered" | undefined;
  /** The one-time nonce this form must post back. */
  nonce: string;
  /** Why the last post was refused; the token is never part of it. */
  error?: string;
}

/** The form. Nothing in it but a nonce, and the current token only masked. */
export function tokenFormPage(state: TokenFormState): string {
  const current =
    state.masked === undefined
      ? "No channel access token yet."
      : `A token is set: ${escapeHtml(state.masked)}, ${
          state.source === "environment" ? "from LINE_CHANNEL_ACCESS_TOKEN" : "entered here"
        }. A new one replaces it.`;
  return page(
    "Channel access token",
    `<h1>Channel access token for test pushes</h1>
<p>${current}</p>
${state.error === undefined ? "" : `<p class="error">${escapeHtml(state.error)}</p>`}
<form method="post" action="${TOKEN_PATH}" autocomplete="off">
<input type="hidden" name="nonce" value="${escapeAttribute(state.nonce)}">
<label>Channel access token
<input type="password" name="token" autocomplete="off" spellcheck="false" required autofocus>
</label>
<button type="submit">Keep on the simulator's server</button>
</form>
<p class="note">The simulator's server keeps it in memory only, until it stops, and uses it only to
send to the LINE API it was started with. The simulator page learns only that a token is set.</p>
<p class="note">Where to get one: ${escapeHtml(HOW_TO_GET_A_TOKEN)}.</p>`,
  );
}

/** The answer to a successful post. */
export function tokenSetPage(masked: string): string {
  return page(
    "Token set",
    `<h1>Token set</h1>
<p>Token set: ${escapeHtml(masked)}, kept in the simulator's memory only. You can close this tab.</p>`,
  );
}

/** The answer to a post that cannot be trusted (no or used nonce, foreign origin). */
export function tokenRefusedPage(reason: string): string {
  return page(
    "Refused",
    `<h1>Refused</h1>
<p class="error">${escapeHtml(reason)}; nothing was changed. <a href="${TOKEN_PATH}">Open the token page again</a>.</p>`,
  );
}

export interface TokenPageContext {
  store: TokenStore;
  nonces: Nonces;
  /** Where the line saying a token was entered goes (never the token). */
  log: (line: string) => void;
}

function answer(res: ServerResponse, store: TokenStore, status: number, html: string): void {
  // The HTML never holds the token (only its masked form); redact anyway, as every answer is.
  res.writeHead(status, TOKEN_PAGE_HEADERS);
  res.end(store.redact(html));
}

function formState({ store, nonces }: TokenPageContext, error?: string): TokenFormState {
  return {
    masked: store.masked,
    source: store.source,
    nonce: nonces.issue(),
    ...(error === undefined ? {} : { error }),
  };
}

/** `/token`: GET the form, POST it back. `port`: where this server listens. */
export async function handleTokenPage(
  req: IncomingMessage,
  res: ServerResponse,
  port: number | undefined,
  context: TokenPageContext,
): Promise<void> {
  const { store, nonces } = context;
  if (!isOwnHost(req.headers.host ?? "", port)) {
    return answer(
      res,
      store,
      403,
      tokenRefusedPage(`refused: the token page is only at the simulator's own address`),
    );
  }
  if (req.method === "GET" || req.method === "HEAD") {
    const refusal = tokenFormRequestRefusal(req);
    if (refusal !== undefined) return answer(res, store, 403, tokenRefusedPage(refusal));
    return answer(res, store, 200, tokenFormPage(formState(context)));
  }
  if (req.method !== "POST") throw new HttpError(405, `${TOKEN_PATH}: expected GET or POST`);
  const refusal = tokenFormPostRefusal(req);
  if (refusal !== undefined) return answer(res, store, 403, tokenRefusedPage(refusal));
  if (!(req.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded"))
    throw new HttpError(415, `${TOKEN_PATH}: expected a form post`);
  const form = new URLSearchParams(
    await readBody(req, TOKEN_FORM_BYTES_MAX, " (a channel access token form)"),
  );
  if (!nonces.spend(form.get("nonce")))
    return answer(res, store, 403, tokenRefusedPage("This form has expired or was already used"));
  const given = form.get("token")?.trim() ?? "";
  const problem = tokenProblem(given);
  if (problem !== undefined)
    return answer(
      res,
      store,
      400,
      tokenFormPage(formState(context, `channel access token: ${problem}`)),
    );
  store.enter(given);
  context.log(
    "flexkit push: a channel access token was entered on the token page (kept in memory only)",
  );
  return answer(res, store, 200, tokenSetPage(maskToken(given)));
}
