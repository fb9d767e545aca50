/**
 * A channel access token is a bearer credential for the whole LINE channel: it must never reach a
 * log, an error, a response or the repo. Where something must be shown, show it masked.
 */
/** Shorter than any token LINE issues; tokenProblem refuses these. */
const MIN_TOKEN_LENGTH = 32;

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

function describeCharacter(char: string): string {
  if (char === "\n" || char === "\r") return "a line break";
  if (char === "\t") return "a tab";
  if (char === " ") return "a space";
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
  return char.codePointAt(0)! > 0x7e
    ? `a non-ASCII character (${code})`
    : `a control character (${code})`;
}

/**
 * Why `token` cannot be a channel access token, or undefined when it can. A token travels in the
 * `Authorization` header, so it is visible ASCII only (LINE's are base64-like); anything else
 * (a pasted line break, a space) would make the request fail before it is sent. The answer says
 * where, never what the token is.
 */
export function tokenProblem(token: string): string | undefined {
  if (token === "") return "expected a channel access token, got nothing";
  // LINE's tokens are long (a long-lived one ~172 characters, a v2.1 one a JWT). A short one is a
  // mistake, and one that could not be masked: redacting "abc" would cut up every answer and log.
  if (token.length < MIN_TOKEN_LENGTH)
    return `expected a channel access token (LINE's are over 100 characters), got only ${token.length} characters`;
  const index = [...token].findIndex((char) => !/^[\x21-\x7e]$/.test(char));
  if (index === -1) return undefined;
  return `expected only visible ASCII characters (no spaces or line breaks), got ${describeCharacter([...token][index]!)} at character ${index + 1}`;
}
