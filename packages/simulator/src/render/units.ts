import { FONT_SIZE_PX, SPACE_PX } from "./pixels.js";

/** A LINE spacing/margin/padding/offset value as CSS: keywords from the pixel table, px and % as written. */
export function spaceCss(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value in SPACE_PX) return `${SPACE_PX[value as keyof typeof SPACE_PX]}px`;
  return value;
}

export function fontSizeCss(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value in FONT_SIZE_PX) return `${FONT_SIZE_PX[value as keyof typeof FONT_SIZE_PX]}px`;
  return value;
}
