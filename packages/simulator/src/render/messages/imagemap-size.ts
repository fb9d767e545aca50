import { IMAGEMAP_BASE_WIDTH, IMAGEMAP_IMAGE_WIDTHS } from "./message-pixels.js";

/**
 * The width LINE asks `{baseUrl}/{width}` for: the smallest of 240/300/460/700/1040 that covers
 * the drawn width in device pixels, so the image is never upscaled; 1040 beyond that.
 * https://developers.line.biz/en/reference/messaging-api/#imagemap-message
 */
export function imagemapImageWidth(cssWidth: number, devicePixelRatio: number): number {
  const needed = cssWidth * (devicePixelRatio > 0 ? devicePixelRatio : 1);
  return IMAGEMAP_IMAGE_WIDTHS.find((width) => width >= needed) ?? IMAGEMAP_BASE_WIDTH;
}

export function imagemapImageUrl(baseUrl: string, cssWidth: number, dpr: number): string {
  return `${baseUrl.replace(/\/+$/, "")}/${imagemapImageWidth(cssWidth, dpr)}`;
}

/** Base-image units (1040 wide) to the drawn width: areas scale by width / 1040. */
export function scaleArea(
  area: { x: number; y: number; width: number; height: number },
  drawnWidth: number,
): { left: number; top: number; width: number; height: number } {
  const k = drawnWidth / IMAGEMAP_BASE_WIDTH;
  return { left: area.x * k, top: area.y * k, width: area.width * k, height: area.height * k };
}
