import { SESSION_HEADER, SESSION_META } from "../shared/session.js";

/** The per-session key the server put in the page; it proves "this page", and is not LINE's. */
export function sessionKey(): string {
  return document.querySelector(`meta[name="${SESSION_META}"]`)?.getAttribute("content") ?? "";
}

/** The header that carries the key to the simulator's own `/api/…` routes. */
export function sessionHeaders(): Record<string, string> {
  return { [SESSION_HEADER]: sessionKey() };
}
