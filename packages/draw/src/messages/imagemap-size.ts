import { IMAGEMAP_BASE_WIDTH, IMAGEMAP_IMAGE_WIDTHS } from "./message-pixels.js";

/**
 * The width LINE asks `{baseUrl}/{width}` for: the nearest of 240/300/460/700/1040 to the drawn
 * width in device pixels (RENDERING.md §4), the larger one when two are as near, so a tie never
 * upscales. https://developers.line.biz/en/reference/messaging-api/#imagemap-message
 */
export function imagemapImageWidth(cssWidth: number, devicePixelRatio: number): number {
  const needed = cssWidth * (devicePixelRatio > 0 ? devicePixelRatio : 1);
  let best = IMAGEMAP_BASE_WIDTH;
  for (const width of IMAGEMAP_IMAGE_WIDTHS) {
    // Ascending widths: `<=` lets the larger of two equally near widths win.
    if (Math.abs(width - needed) <= Math.abs(best - needed)) best = width;
  }
  return best;
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
