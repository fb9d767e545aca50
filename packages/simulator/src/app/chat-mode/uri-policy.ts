/**
 * What chat mode does with a uri action. LINE opens http(s) in its in-app browser and hands
 * `line:`, `tel:` and `mailto:` to the app or the phone (RULES.md ACT-URI); the simulator opens
 * only http(s), in a new tab, shows the others without following them, and never runs anything
 * else (`javascript:`, `data:` …), which would execute in the simulator's own page.
 * https://developers.line.biz/en/reference/messaging-api/#uri-action
 */
export type UriVerdict =
  | { kind: "open"; url: string }
  | { kind: "show"; url: string; scheme: string }
  | { kind: "blocked"; url: string; reason: string };

const SHOWN_SCHEMES = new Set(["line:", "tel:", "mailto:"]);

export function judgeUri(uri: unknown): UriVerdict {
  if (typeof uri !== "string" || uri.trim() === "")
    return { kind: "blocked", url: String(uri ?? ""), reason: "the action has no uri" };
  let parsed: URL;
  try {
    parsed = new URL(uri.trim());
  } catch {
    return { kind: "blocked", url: uri, reason: "it is not an absolute URL" };
  }
  const scheme = parsed.protocol.toLowerCase();
  if (scheme === "http:" || scheme === "https:") return { kind: "open", url: parsed.href };
  if (SHOWN_SCHEMES.has(scheme)) return { kind: "show", url: uri, scheme };
  return { kind: "blocked", url: uri, reason: `${scheme} links never run in the simulator` };
}
