import { z } from "zod";
import { refineWith } from "../compile.js";
import { describeValue } from "../issue.js";
import { lenGraphemes } from "../length.js";
import { LIMITS } from "../limits.js";
import { ruled, withRule } from "../rules.js";

/**
 * The value grammars of RULES.md §5.5 (FLEX-VAL). Each is one regular expression, so a wrong
 * value gets one sentence naming every form that would have been accepted; the TypeScript type
 * spells the same grammar as template literals so editors reject what the validator rejects.
 * https://developers.line.biz/en/docs/messaging-api/flex-message-layout/
 */

export const SIZE_KEYWORDS = [
  "xxs",
  "xs",
  "sm",
  "md",
  "lg",
  "xl",
  "xxl",
  "3xl",
  "4xl",
  "5xl",
] as const;
export const SPACE_KEYWORDS = ["none", "xs", "sm", "md", "lg", "xl", "xxl"] as const;
export const BORDER_WIDTH_KEYWORDS = [
  "none",
  "light",
  "normal",
  "medium",
  "semi-bold",
  "bold",
] as const;

export type SizeKeyword = (typeof SIZE_KEYWORDS)[number];
export type SpaceKeyword = (typeof SPACE_KEYWORDS)[number];
export type BorderWidthKeyword = (typeof BORDER_WIDTH_KEYWORDS)[number];
export type Px = `${number}px`;
export type Percent = `${number}%`;
export type HexColor = `#${string}`;
export type AspectRatio = `${number}:${number}`;

const NUM = String.raw`\d+(?:\.\d+)?`;
const alternatives = (words: ReadonlyArray<string>) => words.join("|");

function grammar<T extends string>(source: string, expected: string, rule = "FLEX-VAL") {
  const schema = ruled(rule, z.string().regex(new RegExp(`^(?:${source})$`)), expected);
  // The regex above is the check; the cast only gives the inferred type the same grammar as a
  // template-literal union, which zod's regex cannot infer by itself.
  return schema as unknown as z.ZodType<T>;
}

const PX = `${NUM}px`;
const SIGNED_PX = `-?${NUM}px`;
const PCT = `${NUM}%`;

const sizeWords = `"xxs"…"5xl"`;
const spaceWords = `"none", "xs"…"xxl"`;

export const hexColor = grammar<HexColor>(
  "#[0-9A-Fa-f]{6}(?:[0-9A-Fa-f]{2})?",
  'a hex colour "#RRGGBB" or "#RRGGBBAA"',
);
export const textSize = grammar<SizeKeyword | Px>(
  `${alternatives(SIZE_KEYWORDS)}|${PX}`,
  `a size keyword (${sizeWords}) or a px value like "18px" (no %)`,
);
export const imageSize = grammar<SizeKeyword | "full" | Px | Percent>(
  `${alternatives(SIZE_KEYWORDS)}|full|${PX}|${PCT}`,
  `a size keyword (${sizeWords}, "full"), a px value like "120px" or a percentage like "50%"`,
);
export const spacing = grammar<SpaceKeyword | Px>(
  `${alternatives(SPACE_KEYWORDS)}|${PX}`,
  `a spacing keyword (${spaceWords}) or a px value like "8px" (no %)`,
);
export const padding = grammar<SpaceKeyword | Px | Percent>(
  `${alternatives(SPACE_KEYWORDS)}|${PX}|${PCT}`,
  `a spacing keyword (${spaceWords}), a px value like "8px" or a percentage like "5%"`,
);
export const offset = grammar<SpaceKeyword | Px | Percent>(
  `${alternatives(SPACE_KEYWORDS)}|${SIGNED_PX}|${PCT}`,
  `a spacing keyword (${spaceWords}), a px value like "4px" or "-2px", or a percentage like "10%"`,
);
export const length = grammar<Px | Percent>(
  `${PX}|${PCT}`,
  'a px value like "120px" or a percentage like "50%"',
);
export const borderWidth = grammar<BorderWidthKeyword | Px>(
  `${alternatives(BORDER_WIDTH_KEYWORDS)}|${PX}`,
  `a border keyword ("none", "light", "normal", "medium", "semi-bold", "bold") or a px value like "2px"`,
);
export const cornerRadius = grammar<SpaceKeyword | Px>(
  `${alternatives(SPACE_KEYWORDS)}|${PX}`,
  `a radius keyword (${spaceWords}) or a px value like "12px"`,
);
export const lineSpacing = grammar<Px>(PX, 'a px value like "4px"');
export const angle = grammar<`${number}deg`>(
  `${NUM}deg`,
  'an angle like "90deg" (0 ≤ angle < 360)',
);
export const centerPosition = grammar<Percent>(PCT, 'a percentage like "50%" (0% to 100%)');

/** W:H with both terms 1–100000 and H ≤ 3W (REF#f-image). The bounds are a refinement. */
export const aspectRatio = grammar<AspectRatio>(
  `${NUM}:${NUM}`,
  'an aspect ratio "W:H" like "20:13"',
);

export function parseAspectRatio(value: string): { width: number; height: number } | undefined {
  const match = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(value);
  if (match === null) return undefined;
  return { width: Number(match[1]), height: Number(match[2]) };
}

export function aspectRatioProblem(value: string): string | undefined {
  const ratio = parseAspectRatio(value);
  if (ratio === undefined) return undefined;
  const max = LIMITS.aspectRatioTermMax.value;
  if (ratio.width < 1 || ratio.width > max || ratio.height < 1 || ratio.height > max) {
    return `expected both terms of the aspect ratio between 1 and ${max}, got "${value}"`;
  }
  if (ratio.height > ratio.width * LIMITS.aspectRatioHeightPerWidthMax.value) {
    return `expected a height at most ${LIMITS.aspectRatioHeightPerWidthMax.value} × the width, got "${value}"`;
  }
  return undefined;
}

export const flexGrow = ruled(
  "FLEX-VAL",
  z.number().int().min(0).max(LIMITS.flexGrowMax.value),
  "an integer ≥ 0",
);

/**
 * A media URL (RULES.md §9): https only (TLS 1.2+), at most 2000, percent-encoded, so no raw
 * spaces. `rule` is the rule of the property's host (MSG-IMAGE, IMG-1, QR-5…).
 */
export function httpsUrl(rule: string, max = LIMITS.httpsUrlMax.value) {
  return ruled(rule, percentEncoded(utf16(rule, max).regex(/^https:\/\/\S+$/)), "an https:// URL");
}

/**
 * Characters a URL may hold only percent-encoded (RFC 3986): anything outside printable ASCII,
 * the ASCII characters RFC 3986 never allows, and a "%" that does not start an escape.
 */
const UNENCODED = /[^\x21-\x7e]|["<>\\^`{|}]|%(?![0-9A-Fa-f]{2})/;

/**
 * PUSH-16: URLs must be percent-encoded in UTF-8 (REF#url-encoding). RULES.md marks PUSH-16 W,
 * but REF says "must" and LINE's OpenAPI spec types these properties `format: uri`, which a raw
 * "猫" or "|" fails: so this is an error, in line with what the API rejects. Raw spaces already
 * fail each URL's own grammar, so they are not reported twice.
 */
function percentEncoded(schema: z.ZodString) {
  return refineWith(schema, (value) => {
    const found = UNENCODED.exec(value);
    if (found === null || found[0] === " ") return undefined;
    return withRule(
      `expected a percent-encoded URL (UTF-8), got ${JSON.stringify(found[0])} unencoded in ${describeValue(value)}`,
      "PUSH-16",
    );
  });
}

/** Flex media (image, icon, video, preview): https only, at most 2000 (RULES.md §9). */
export const mediaUrl = httpsUrl("FLEX-VAL", LIMITS.mediaUrlMax.value);

/** URIs of actions (ACT-URI, imagemap linkUri): http, https, line or tel, percent-encoded. */
export function actionUri(rule: string, max: number) {
  return ruled(
    rule,
    percentEncoded(utf16(rule, max).regex(/^(?:https?|line|tel):\S+$/)),
    `a URI with scheme http, https, line or tel (at most ${max}, percent-encoded)`,
  );
}

/** The sentence for a length outside min…max, in the unit LINE counts in (RULES.md §10). */
function lengthProblem(count: number, min: number, max: number, unit: string): string | undefined {
  if (count > max) return `expected at most ${max} characters (${unit}), got ${count}`;
  if (count < min) {
    const noun = min === 1 ? "character" : "characters";
    return `expected at least ${min} ${noun} (${unit}), got ${count}${count === 0 ? " (empty)" : ""}`;
  }
  return undefined;
}

/**
 * A string of min…max UTF-16 code units, as LINE counts by default (RULES.md §10). Not zod's
 * `.max()`: zod 4.6 counts code points, so 2,501 🍎 (5,002 code units) would pass a 5000 limit.
 * Not registered with a rule, so that callers can chain `.regex()` and then call `ruled()`.
 */
export function utf16(rule: string, max: number, min = 0) {
  return refineWith(z.string(), (value) => {
    if (value.length >= min && value.length <= max) return undefined;
    const problem = lengthProblem(value.length, min, max, "UTF-16 code units");
    return problem === undefined ? undefined : withRule(problem, rule);
  });
}

/** A string of min…max UTF-16 code units, reported under `rule`. */
export function utf16String(rule: string, max: number, min = 0, expected?: string) {
  return ruled(rule, utf16(rule, max, min), expected);
}

/**
 * A string LINE counts in grapheme clusters (RULES.md §10: labels, postback texts, template
 * texts), so a family emoji is one character. `min` is counted the same way.
 */
export function graphemeString(rule: string, max: number, min = 0) {
  return ruled(
    rule,
    refineWith(z.string(), (value) => {
      // A string never has more clusters than UTF-16 code units, and a non-empty one has at least
      // one: count only when it could fail.
      if (value.length <= max && (min === 0 || (min === 1 && value.length > 0))) return undefined;
      const problem = lengthProblem(lenGraphemes(value), min, max, "grapheme clusters");
      return problem === undefined ? undefined : withRule(problem, rule);
    }),
    "a string",
  );
}
