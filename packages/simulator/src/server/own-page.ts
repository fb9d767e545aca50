import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { LOOPBACK_HOSTS } from "../shared/loopback.js";
import { SESSION_HEADER } from "../shared/session.js";

export { SESSION_HEADER, SESSION_META } from "../shared/session.js";

/**
 * What the simulator's servers check before answering a route only its own page may use (the push
 * API, the image proxy): the address it was asked at, where the request came from and the page's
 * session key (see shared/session.ts).
 */

/** A fresh per-session key: 32 random bytes, base64url. */
export function newSessionKey(): string {
  return randomBytes(32).toString("base64url");
}

/**
 * Whether a Host header names this machine on this server's port. A page on a foreign name that
 * resolves to 127.0.0.1 (DNS rebinding) is same-origin with itself, not with the simulator, and
 * sends its own name here.
 */
export function isOwnHost(host: string | undefined, port: number | undefined): boolean {
  const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(host ?? "");
  return match !== null && LOOPBACK_HOSTS.has(match[1]!) && Number(match[2]) === port;
}

/** Compares in constant time, so the answer's timing does not tell how much of a guess was right. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The session key a request sent back, if it sent one header of it. */
export function sessionOf(req: IncomingMessage): string | undefined {
  const given = req.headers[SESSION_HEADER];
  return typeof given === "string" ? given : undefined;
}
