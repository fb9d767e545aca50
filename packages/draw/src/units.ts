import { BORDER_WIDTH_PX, FONT_SIZE_PX, SPACE_PX } from "./pixels.js";

/**
 * The CSS custom property the chat sets for the user's font-size setting. Only components with
 * `scaling: true` follow it (RENDERING.md §1, §5).
 */
export const FONT_SCALE_VAR = "--flexkit-font-scale";

/**
 * The CSS custom property the chat sets to its width, which LINE's widths are shares of
 * (RENDERING.md §2: a bubble is 80 % of the chat's width). Without it, `cqw` says the same: the
 * chat is an inline-size container. The chat sets it because a container unit made Chromium
 * resolve every bubble's style against the container's size during layout, which cost as much as
 * the rest of a small bubble (bench/render.bench.ts).
 */
export const CHAT_WIDTH_VAR = "--flexkit-chat-width";

/** `share` of the chat's width as CSS (CHAT_WIDTH_VAR, or `cqw` where the chat does not set it). */
export function chatWidthCss(share = 1): string {
  const width = `var(${CHAT_WIDTH_VAR}, 100cqw)`;
  return share === 1 ? width : `calc(${width} * ${share})`;
}

/**
 * The CSS custom property the chat sets around a carousel for the room before its first bubble.
 * The carousel then scrolls across the whole chat, its bubbles passing under the avatar column,
 * and starts where the chat's other messages start (RENDERING.md §1, §3).
 */
export const CAROUSEL_INSET_VAR = "--flexkit-carousel-inset";

function keyword<T extends Record<string, number>>(table: T, value: string): number | undefined {
  return Object.hasOwn(table, value) ? table[value as keyof T] : undefined;
}

/** A LINE spacing/margin/padding/offset/cornerRadius value as CSS: keywords from the pixel table, px and % as written. */
export function spaceCss(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const px = keyword(SPACE_PX, value);
  return px === undefined ? value : `${px}px`;
}

export function borderWidthCss(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const px = keyword(BORDER_WIDTH_PX, value);
  return px === undefined ? value : `${px}px`;
}

/**
 * A text/span/icon/button size as CSS. With `scaling`, the size follows the chat's font-scale
 * setting, as LINE does for components that opt in.
 */
export function fontSizeCss(value: string | undefined, scaling = false): string | undefined {
  if (value === undefined) return undefined;
  const px = keyword(FONT_SIZE_PX, value);
  const css = px === undefined ? value : `${px}px`;
  return scaling ? `calc(${css} * var(${FONT_SCALE_VAR}, 1))` : css;
}

/** "W:H" as numbers; anything unusable falls back to 1:1 (the validators report it). */
export function aspectRatioOf(aspectRatio: string | undefined): { w: number; h: number } {
  const [w, h] = (aspectRatio ?? "1:1").split(":").map(Number);
  return { w: w !== undefined && w > 0 ? w : 1, h: h !== undefined && h > 0 ? h : 1 };
}
