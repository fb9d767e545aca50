import { randomBytes } from "node:crypto";
import { TokenError } from "../push/client.js";
import { maskToken, redactDeep, redactToken, tokenProblem } from "../push/secret.js";

/** How long a token page's nonce stays usable, and how many can be outstanding at once. */
const NONCE_LIFETIME_MS = 60 * 60 * 1000;
export const NONCES_MAX = 32;

/**
 * The channel access token, in this process only: from LINE_CHANNEL_ACCESS_TOKEN as given at
 * start, or entered on the token page later. It never goes into a response, the page, a log line
 * or an error: whatever the routes send or log goes through {@link TokenStore.redact}.
 */
export interface TokenStore {
  readonly token: string | undefined;
  readonly source: "environment" | "entered" | undefined;
  /** The token as `…wxyz (172 characters)`, or undefined. */
  readonly masked: string | undefined;
  /** A token entered on the token page replaces any other. */
  enter(token: string): void;
  /** The text without the token, or any run of it. */
  redact(text: string): string;
  /** A JSON answer: every string in it redacted, and the text again. */
  json(body: unknown): string;
}

/** Throws TokenError when the given token cannot go into a header (nothing was started). */
export function createTokenStore(given: string | undefined): TokenStore {
  const fromEnvironment = given?.trim() || undefined;
  const problem = fromEnvironment === undefined ? undefined : tokenProblem(fromEnvironment);
  if (problem !== undefined) throw new TokenError(`LINE_CHANNEL_ACCESS_TOKEN: ${problem}`);
  let token = fromEnvironment;
  let source: TokenStore["source"] = token === undefined ? undefined : "environment";
  return {
    get token() {
      return token;
    },
    get source() {
      return source;
    },
    get masked() {
      return token === undefined ? undefined : maskToken(token);
    },
    enter(entered) {
      token = entered;
      source = "entered";
    },
    redact: (text) => redactToken(text, token),
    json: (body) => redactToken(JSON.stringify(redactDeep(body, token)), token),
  };
}

/** The token page's one-time nonces: each form gets one, and each post spends one. */
export interface Nonces {
  issue(): string;
  /** Whether `given` was issued, has not expired and was not spent before; spends it. */
  spend(given: string | null): boolean;
}

export function createNonces(): Nonces {
  /** Nonce → when it expires. */
  const nonces = new Map<string, number>();
  return {
    issue() {
      const nonce = randomBytes(32).toString("base64url");
      nonces.set(nonce, Date.now() + NONCE_LIFETIME_MS);
      // Many open forms: the oldest stops working first.
      for (const old of nonces.keys()) {
        if (nonces.size <= NONCES_MAX) break;
        nonces.delete(old);
      }
      return nonce;
    },
    spend(given) {
      if (given === null) return false;
      const expires = nonces.get(given);
      nonces.delete(given);
      return expires !== undefined && expires > Date.now();
    },
  };
}
