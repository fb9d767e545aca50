import type { IncomingMessage } from "node:http";
import { HttpError } from "./http.js";
import { isOwnHost, sameSecret } from "./own-page.js";

/**
 * Who may call the push API and the token page. API calls are accepted only from the simulator's
 * own page: the Host must be this machine on this port (against DNS rebinding), the Origin must be
 * that same origin, and the per-session key injected into the page must come back. The token
 * page's form is only for the user's own browser tab (see {@link tokenFormRequestRefusal}).
 */

/** The API's Host and Origin checks: refused with 403 unless the simulator's own page asks. */
export function checkCaller(req: IncomingMessage, port: number | undefined): void {
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

/** The page's session key must come back. */
export function checkSession(given: string | undefined, session: string): void {
  if (!sameSecret(given, session))
    throw new HttpError(403, "refused: missing or wrong session key; reload the simulator page");
}

/**
 * A service worker registered by a script in the app would see the token page's form post on its
 * way out; the simulator needs none, so no script is ever served as one.
 */
export function isServiceWorkerRequest(req: IncomingMessage): boolean {
  return req.headers["service-worker"] !== undefined;
}

/**
 * Why a GET of the token page's form is refused (another site asked), or undefined. Only the user
 * may get a form: each GET makes a nonce, and at most NONCES_MAX are kept, so 33
 * <img src=".../token"> on any page would expire the form the user has open. The browser says who
 * asked (https://www.w3.org/TR/fetch-metadata/): "none" is the user typing the address or opening
 * a bookmark, "same-origin" a link in the simulator's own page. Another port of this machine is
 * "same-site" (a site ignores the port), so that is refused too. A client that sends neither
 * header is no browser page.
 */
export function tokenFormRequestRefusal(req: IncomingMessage): string | undefined {
  const host = req.headers.host ?? "";
  const site = req.headers["sec-fetch-site"];
  const origin = req.headers.origin;
  const foreign =
    site !== undefined && site !== "none" && site !== "same-origin"
      ? `Sec-Fetch-Site: ${site}`
      : origin !== undefined && origin !== `http://${host}`
        ? `Origin: ${JSON.stringify(origin)}`
        : undefined;
  return foreign === undefined
    ? undefined
    : `refused: another site asked for the token page (${foreign}); open it from the simulator's Send panel or type its address`;
}

/**
 * Why a post of the token form is refused by its origin, or undefined. The nonce is what proves
 * the post came from the form. As a second guard a browser's post must come from this origin (the
 * page's Referrer-Policy lets its own form say so): a foreign one is refused, and so is an opaque
 * "null" (a sandboxed frame, a data: or file: page). A client that sends no Origin is no browser
 * page, so no cross-site forgery.
 */
export function tokenFormPostRefusal(req: IncomingMessage): string | undefined {
  const host = req.headers.host ?? "";
  const origin = req.headers.origin;
  if (origin === undefined || origin === `http://${host}`) return undefined;
  const from = origin === "null" ? "an opaque origin (Origin: null)" : JSON.stringify(origin);
  return `refused: a post from ${from}, not from the token page`;
}
