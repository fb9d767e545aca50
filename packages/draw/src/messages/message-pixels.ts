import { LIMITS } from "@flexkit/validators";
import { BUBBLE_MAX_WIDTH_PX, BUBBLE_VIEWPORT_SHARE } from "../pixels.js";
import { chatWidthCss } from "../units.js";

/**
 * Pixels of the non-Flex messages (RENDERING.md §3). LINE publishes none of these; they follow
 * the app's look, and widths reuse the bubble table where §3 points at it.
 */

/** A message may be at most this share of the chat width, like a bubble (RENDERING.md §2). */
const share = chatWidthCss(BUBBLE_VIEWPORT_SHARE);

/** Templates are "a white card of about the kilo bubble width" (RENDERING.md §3). */
export const TEMPLATE_CARD_WIDTH_PX = BUBBLE_MAX_WIDTH_PX.kilo;
export const TEMPLATE_CARD_WIDTH_CSS = `min(${share}, ${TEMPLATE_CARD_WIDTH_PX}px)`;
/** The corner radius of the cards (templates, location, coupon) and of imagemaps. */
export const MESSAGE_CARD_RADIUS_PX = 14;

/**
 * The chat's message width for imagemaps: RENDERING.md §3 says "the chat's message width"
 * without a number; we use the widest standard bubble (mega), under the same 80 % rule.
 */
export const IMAGEMAP_WIDTH_PX = BUBBLE_MAX_WIDTH_PX.mega;
export const IMAGEMAP_WIDTH_CSS = `min(${share}, ${IMAGEMAP_WIDTH_PX}px)`;

/** LINE fetches an imagemap's image as `{baseUrl}/{width}` for one of these widths. */
export const IMAGEMAP_IMAGE_WIDTHS = [240, 300, 460, 700, 1040] as const;
/** Tap areas are given on a 1040-wide base image (IMG-3). */
export const IMAGEMAP_BASE_WIDTH = LIMITS.imagemapBaseWidth.value;

/** Buttons template images: rectangle is 1.51:1, square 1:1 (RENDERING.md §3). */
export const TEMPLATE_IMAGE_RATIO = { rectangle: 1.51, square: 1 } as const;
export const TEMPLATE_ACTION_ROW_PX = 44;
export const TEMPLATE_LINK_COLOR = "#42659a";
export const HAIRLINE = "1px solid #e5e5e5";

export const TEXT_BUBBLE = {
  background: "#ffffff",
  radius: 18,
  paddingY: 8,
  paddingX: 12,
  fontPx: 15,
  color: "#111111",
} as const;

/** The user's own messages: LINE's green speech bubble on the right. */
export const USER_BUBBLE_BACKGROUND = "#85e249";
export const MEDIA_RADIUS_PX = 18;
export const STICKER_PX = 150;
export const MESSAGE_MAX_WIDTH_CSS = share;
