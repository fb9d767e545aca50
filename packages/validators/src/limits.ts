/**
 * Every LINE limit the validators enforce, each once, beside the rule ID from
 * `shared/spec/RULES.md` and the LINE reference it comes from. Nothing else in the project
 * (tests included) writes these numbers out.
 */

const REF = "https://developers.line.biz/en/reference/messaging-api/";

export interface Limit {
  readonly value: number;
  readonly rule: string;
  readonly unit?: "utf16" | "graphemes" | "items" | "bytes";
  readonly link: string;
}

function limit(value: number, rule: string, link: string, unit?: Limit["unit"]): Limit {
  return unit === undefined ? { value, rule, link } : { value, rule, link, unit };
}

export const LIMITS = {
  /** FLEX-1: `altText` of a Flex message, 1–1500 UTF-16 code units. */
  flexAltTextMax: limit(1500, "FLEX-1", `${REF}#flex-message`, "utf16"),
  /** MSG-3: `sender.name`, at most 20. */
  senderNameMax: limit(20, "MSG-3", `${REF}#icon-nickname-switch`, "utf16"),
  /** MSG-4: `sender.iconUrl`, at most 2000 (an https URL). */
  senderIconUrlMax: limit(2000, "MSG-4", `${REF}#icon-nickname-switch`, "utf16"),
  /** FLEX-BUB-4: compact JSON of one bubble. KB is undefined by LINE: E above 30 × 1024. */
  bubbleBytesMax: limit(30 * 1024, "FLEX-BUB-4", `${REF}#bubble`, "bytes"),
  /** FLEX-BUB-4: W above 30,000 bytes, in case LINE's KB is 1000 bytes (RULES.md §12.11). */
  bubbleBytesWarn: limit(30_000, "FLEX-BUB-4", `${REF}#bubble`, "bytes"),
  /** FLEX-CAR-1: a carousel holds at most 12 bubbles. */
  carouselBubblesMax: limit(12, "FLEX-CAR-1", `${REF}#f-carousel`, "items"),
  /** FLEX-CAR-3: compact JSON of a carousel. */
  carouselBytesMax: limit(50 * 1024, "FLEX-CAR-3", `${REF}#f-carousel`, "bytes"),
  carouselBytesWarn: limit(50_000, "FLEX-CAR-3", `${REF}#f-carousel`, "bytes"),
  /** FLEX-VAL: `flex` is an int32 ≥ 0 (OAS:FlexBox.flex). */
  flexGrowMax: limit(2_147_483_647, "FLEX-VAL", `${REF}#box`),
  /** FLEX-VAL: `maxLines` is an int32 ≥ 0. */
  maxLinesMax: limit(2_147_483_647, "FLEX-VAL", `${REF}#f-text`),
  /** FLEX-VAL: aspect ratio terms are 1–100000 (REF#f-image). */
  aspectRatioTermMax: limit(100_000, "FLEX-VAL", `${REF}#f-image`),
  /** FLEX-VAL: aspect ratio height is at most 3 × width (REF#f-image). */
  aspectRatioHeightPerWidthMax: limit(3, "FLEX-VAL", `${REF}#f-image`),
  /** Flex media URLs (image/icon/video): https, at most 2000 (RULES.md §9). */
  mediaUrlMax: limit(2000, "FLEX-VAL", `${REF}#f-image`, "utf16"),
  /** FLEX-IMG-ANIM: at most 10 animated images in one message, carousel included. */
  animatedImagesMax: limit(10, "FLEX-IMG-ANIM", `${REF}#f-image`, "items"),
  /** PUSH-2: a request carries 1–5 messages. */
  messagesPerRequestMax: limit(5, "PUSH-2", `${REF}#send-push-message`, "items"),
} as const satisfies Record<string, Limit>;
