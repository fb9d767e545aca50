import { describeValue } from "../issue.js";
import { LIMITS } from "../limits.js";
import { type Emit, isRecord, type Path, typeOf } from "../walk.js";

export function checkTextEmojis(message: Record<string, unknown>, path: Path, emit: Emit): void {
  const { text, emojis } = message;
  if (typeof text !== "string" || !Array.isArray(emojis)) return;
  emojis.forEach((emoji, i) => {
    if (!isRecord(emoji) || typeof emoji.index !== "number") return;
    if (text[emoji.index] !== "$") {
      emit(
        "error",
        [...path, "emojis", i, "index"],
        `expected the UTF-16 offset of a "$" in text, got ${emoji.index} (${describeValue(text[emoji.index])} there)`,
        "MSG-TEXT",
      );
    }
  });
  // Each `$` counts as the emoji's undisclosed alt text (RULES.md §3.1, §10).
  if (emojis.length > 0 && text.length > LIMITS.textWithEmojiWarn.value) {
    emit(
      "warning",
      [...path, "text"],
      `is ${text.length} UTF-16 code units with LINE emoji; each "$" counts as the emoji's alt text, so it may exceed ${LIMITS.textMax.value}`,
      LIMITS.textWithEmojiWarn.rule,
    );
  }
}

const SUBSTITUTION_KEY = new RegExp(`^[0-9A-Za-z_]{1,${LIMITS.substitutionKeyMax.value}}$`);

/** `{key}` placeholders of a textV2 text; `{{` and `}}` are literal braces. */
function readPlaceholders(text: string): { keys: string[]; problem?: string } {
  const keys: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "{" && text[i + 1] === "{") i++;
    else if (char === "}" && text[i + 1] === "}") i++;
    else if (char === "}") {
      return { keys, problem: `has a "}" at ${i} with no "{" before it; write "}}" for a brace` };
    } else if (char === "{") {
      const end = text.indexOf("}", i + 1);
      const open = text.indexOf("{", i + 1);
      if (end === -1 || (open !== -1 && open < end)) {
        return { keys, problem: `has a "{" at ${i} that is never closed; write "{{" for a brace` };
      }
      keys.push(text.slice(i + 1, end));
      i = end;
    }
  }
  return { keys };
}

export function checkTextV2(message: Record<string, unknown>, path: Path, emit: Emit): void {
  const { text } = message;
  const substitution = isRecord(message.substitution) ? message.substitution : {};
  const entries = Object.keys(substitution);
  if (entries.length > LIMITS.substitutionsMax.value) {
    emit(
      "error",
      [...path, "substitution"],
      `expected at most ${LIMITS.substitutionsMax.value} entries, got ${entries.length}`,
      LIMITS.substitutionsMax.rule,
    );
  }
  for (const key of entries) {
    if (!SUBSTITUTION_KEY.test(key)) {
      emit(
        "error",
        [...path, "substitution", key],
        `expected a key of 1 to ${LIMITS.substitutionKeyMax.value} of A-Z, a-z, 0-9 and _, got ${describeValue(key)}`,
        "MSG-TEXTV2",
      );
    }
  }
  if (typeof text !== "string") return;
  const { keys, problem } = readPlaceholders(text);
  if (problem !== undefined) emit("error", [...path, "text"], problem, "MSG-TEXTV2");
  let mentions = 0;
  let emojis = 0;
  for (const key of keys) {
    const entry = substitution[key];
    if (!Object.hasOwn(substitution, key)) {
      emit(
        "error",
        [...path, "text"],
        `has the placeholder {${key}} but substitution has no "${key}"`,
        "MSG-TEXTV2",
      );
    } else if (typeOf(entry) === "mention") mentions++;
    else if (typeOf(entry) === "emoji") emojis++;
  }
  // Counted as they appear in the text: a key used twice shows twice (our reading of REF).
  if (mentions > LIMITS.mentionsMax.value) {
    emit(
      "error",
      [...path, "text"],
      `expected at most ${LIMITS.mentionsMax.value} mentions, got ${mentions}`,
      LIMITS.mentionsMax.rule,
    );
  }
  if (emojis > LIMITS.emojiSubstitutionsMax.value) {
    emit(
      "error",
      [...path, "text"],
      `expected at most ${LIMITS.emojiSubstitutionsMax.value} emoji, got ${emojis}`,
      LIMITS.emojiSubstitutionsMax.rule,
    );
  }
}

/** True when a textV2 message mentions someone: only a group or room can receive it. */
export function mentionsSomeone(message: unknown): boolean {
  if (!isRecord(message) || message.type !== "textV2" || !isRecord(message.substitution)) {
    return false;
  }
  return Object.values(message.substitution).some((entry) => typeOf(entry) === "mention");
}
