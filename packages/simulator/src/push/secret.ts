/**
 * A channel access token is a bearer credential for the whole LINE channel: it must never reach a
 * log, an error, a response or the repo. Where something must be shown, show it masked.
 */
export function maskToken(token: string): string {
  // Long-lived channel access tokens are ~172 characters; a short one is shown as fully hidden.
  if (token.length < 16) return "(hidden)";
  return `…${token.slice(-4)} (${token.length} characters)`;
}

/** Replaces every occurrence of the token in `text` (e.g. an error body echoing a header). */
export function redactToken(text: string, token: string | undefined): string {
  if (token === undefined || token === "") return text;
  return text.replaceAll(token, maskToken(token));
}

/** Deep-redacts the strings of a JSON-like value. */
export function redactDeep<T>(value: T, token: string | undefined): T {
  if (token === undefined || token === "") return value;
  if (typeof value === "string") return redactToken(value, token) as T;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, token)) as T;
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, redactDeep(item, token)]),
    ) as T;
  }
  return value;
}
