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

/**
 * The shortest run of the token's characters that is hidden. A server may echo the token cut
 * short, or a message may be cut in the middle of it, so a part of it is hidden as the whole is;
 * 8 characters of a random base64 token (48 bits) are still worth hiding, and shorter runs would
 * start to match ordinary text.
 */
export const TOKEN_RUN_MIN = 8;

/** What a part of the token, or the token encoded, is replaced with. */
export const HIDDEN_PART = "[hidden: part of the channel access token]";

/**
 * The token as a server might echo it: as it is, percent-encoded (a query string, a form) and
 * base64 or base64url encoded (an echoed header dump). A base64 encoding depends on where the token
 * starts modulo 3, so each of the three alignments is kept, without the characters at either end
 * that also encode its neighbours.
 */
function tokenForms(token: string): string[] {
  const forms = new Set([token, encodeURIComponent(token)]);
  for (let offset = 0; offset < 3; offset++) {
    const base64 = Buffer.from(`${"\0".repeat(offset)}${token}`).toString("base64");
    const core = base64.slice(offset === 0 ? 0 : 4, -4);
    forms.add(core);
    forms.add(core.replaceAll("+", "-").replaceAll("/", "_"));
  }
  return [...forms].filter((form) => form.length >= TOKEN_RUN_MIN);
}

/** The [start, end) spans of `text` that are runs of at least TOKEN_RUN_MIN characters of a form. */
function tokenSpans(text: string, forms: string[]): Array<[number, number]> {
  // Every TOKEN_RUN_MIN-character piece of every form, to find where a run starts in one pass.
  const pieces = new Map<string, string[]>();
  for (const form of forms) {
    for (let start = 0; start + TOKEN_RUN_MIN <= form.length; start++) {
      const piece = form.slice(start, start + TOKEN_RUN_MIN);
      const list = pieces.get(piece);
      if (list === undefined) pieces.set(piece, [form]);
      else if (!list.includes(form)) list.push(form);
    }
  }
  const spans: Array<[number, number]> = [];
  let at = 0;
  while (at + TOKEN_RUN_MIN <= text.length) {
    const containing = pieces.get(text.slice(at, at + TOKEN_RUN_MIN));
    if (containing === undefined) {
      at += 1;
      continue;
    }
    // The longest run from here that is still a part of some form.
    let end = at + TOKEN_RUN_MIN;
    for (const form of containing) {
      let formEnd = at + TOKEN_RUN_MIN;
      while (formEnd < text.length && form.includes(text.slice(at, formEnd + 1))) formEnd += 1;
      end = Math.max(end, formEnd);
    }
    spans.push([at, end]);
    // Any run that starts inside this one and ends after it leaves at least TOKEN_RUN_MIN of its
    // characters after `end` only if a piece starts at or after `end`, which the scan still finds.
    at = end;
  }
  return spans;
}

/**
 * Hides the token in `text` (e.g. an error body echoing the Authorization header): the whole token
 * becomes its masked form, and any run of TOKEN_RUN_MIN or more of its characters, as it is or
 * encoded (see tokenForms), becomes {@link HIDDEN_PART}. Redact before cutting a text short: a cut
 * can leave a part of the token that no longer matches the whole.
 */
export function redactToken(text: string, token: string | undefined): string {
  if (token === undefined || token === "" || text.length < TOKEN_RUN_MIN) return text;
  const spans = tokenSpans(text, tokenForms(token));
  if (spans.length === 0) return text;
  let redacted = "";
  let from = 0;
  for (const [start, end] of spans) {
    const run = text.slice(start, end);
    redacted += text.slice(from, start) + (run === token ? maskToken(token) : HIDDEN_PART);
    from = end;
  }
  return redacted + text.slice(from);
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
