import { isRecord, num, str } from "./read.js";

/** A piece of a text message: plain text, a LINE emoji, or a textV2 mention. */
export type Segment =
  | { kind: "text"; text: string }
  | { kind: "emoji"; productId: string; emojiId: string }
  | { kind: "mention"; name: string; userId: string | undefined };

/**
 * A text message's LINE emoji: each `emojis[].index` is the UTF-16 offset of a `$` in `text`
 * (RULES.md §3.1). An entry that points at no `$` is left as text; the validators report it.
 * https://developers.line.biz/en/reference/messaging-api/#text-message
 */
export function textSegments(text: string, emojis: unknown): Segment[] {
  const byIndex = new Map<number, { productId: string; emojiId: string }>();
  if (Array.isArray(emojis)) {
    for (const emoji of emojis) {
      if (!isRecord(emoji)) continue;
      const index = num(emoji.index);
      if (index === undefined || text[index] !== "$") continue;
      byIndex.set(index, {
        productId: str(emoji.productId) ?? "",
        emojiId: str(emoji.emojiId) ?? "",
      });
    }
  }
  const segments: Segment[] = [];
  let plain = "";
  for (let i = 0; i < text.length; i++) {
    const emoji = byIndex.get(i);
    if (emoji === undefined) {
      plain += text[i];
      continue;
    }
    if (plain !== "") segments.push({ kind: "text", text: plain });
    plain = "";
    segments.push({ kind: "emoji", ...emoji });
  }
  if (plain !== "") segments.push({ kind: "text", text: plain });
  return segments;
}

/**
 * textV2: `{key}` is replaced by its substitution (a mention or a LINE emoji); `{{` and `}}` are
 * literal braces; a key with no substitution stays as written (RULES.md §3.2).
 * https://developers.line.biz/en/reference/messaging-api/#text-message-v2
 */
export function textV2Segments(text: string, substitution: unknown): Segment[] {
  const subs = isRecord(substitution) ? substitution : {};
  const segments: Segment[] = [];
  let plain = "";
  const flush = () => {
    if (plain !== "") segments.push({ kind: "text", text: plain });
    plain = "";
  };
  let i = 0;
  while (i < text.length) {
    const pair = text.slice(i, i + 2);
    if (pair === "{{" || pair === "}}") {
      plain += pair[0];
      i += 2;
      continue;
    }
    const match = text[i] === "{" ? /^\{([0-9A-Za-z_]{1,20})\}/.exec(text.slice(i)) : null;
    const sub = match !== null && Object.hasOwn(subs, match[1]!) ? subs[match[1]!] : undefined;
    if (match === null || !isRecord(sub)) {
      plain += text[i];
      i += 1;
      continue;
    }
    flush();
    if (sub.type === "emoji") {
      segments.push({
        kind: "emoji",
        productId: str(sub.productId) ?? "",
        emojiId: str(sub.emojiId) ?? "",
      });
    } else {
      const mentionee = isRecord(sub.mentionee) ? sub.mentionee : {};
      // The app shows the user's display name, which only LINE knows; the key stands in for it.
      segments.push(
        mentionee.type === "all"
          ? { kind: "mention", name: "All", userId: undefined }
          : { kind: "mention", name: match[1]!, userId: str(mentionee.userId) },
      );
    }
    i += match[0].length;
  }
  flush();
  return segments;
}
