import { cdp, page } from "vitest/browser";

/**
 * What a screen shows, pixel by pixel, at a device scale factor (1 = a desktop monitor, 2 = a
 * phone or a retina laptop): Chromium's own screenshot of an element, read back as RGBA.
 *
 * The test page runs in an iframe that Vitest scales down to fit its window unless the iframe is
 * small enough; at 400 × 500 CSS px it is drawn 1:1, so one CSS px is `scale` screenshot pixels.
 * The scale factor is DevTools' device-metrics override. Playwright sets the same override for its
 * window size, so the override keeps that size and is put back to it afterwards rather than
 * cleared (clearing it would shrink the window for the test files after this one).
 */
export interface Pixels {
  width: number;
  height: number;
  /** Red, green, blue and alpha, 0–255, of the device pixel at (x, y). */
  at(x: number, y: number): [number, number, number, number];
}

export const UNSCALED_VIEWPORT = { width: 400, height: 500 } as const;

async function setScale(deviceScaleFactor: number): Promise<void> {
  const top = window.top ?? window;
  await cdp().send("Emulation.setDeviceMetricsOverride", {
    width: top.innerWidth,
    height: top.innerHeight,
    deviceScaleFactor,
    mobile: false,
  });
}

export async function devicePixels(element: HTMLElement, scale: 1 | 2): Promise<Pixels> {
  await page.viewport(UNSCALED_VIEWPORT.width, UNSCALED_VIEWPORT.height);
  await setScale(scale);
  let base64: string;
  try {
    // Two frames: the page is laid out and painted again at the new scale.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const frame = window.frameElement?.getBoundingClientRect();
    const box = element.getBoundingClientRect();
    const shot = (await cdp().send("Page.captureScreenshot", {
      format: "png",
      clip: {
        x: (frame?.left ?? 0) + box.left,
        y: (frame?.top ?? 0) + box.top,
        width: box.width,
        height: box.height,
        scale: 1,
      },
    })) as { data: string };
    base64 = shot.data;
  } finally {
    await setScale(1);
  }
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2d canvas");
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  return {
    width: bitmap.width,
    height: bitmap.height,
    at(x, y) {
      const i = (y * bitmap.width + x) * 4;
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
    },
  };
}

/**
 * The runs of device pixels along a line (a column at `x`, or a row at `y`) that are darker than
 * white, each as where it starts, how many pixels it takes and its darkest red value (0 = black).
 */
export function darkRuns(
  pixels: Pixels,
  along: { x: number } | { y: number },
): { start: number; length: number; darkest: number }[] {
  const count = "x" in along ? pixels.height : pixels.width;
  const runs: { start: number; length: number; darkest: number }[] = [];
  let current: { start: number; length: number; darkest: number } | undefined;
  for (let i = 0; i < count; i++) {
    const [red] = "x" in along ? pixels.at(along.x, i) : pixels.at(i, along.y);
    if (red < 250) {
      if (current === undefined) {
        current = { start: i, length: 0, darkest: 255 };
        runs.push(current);
      }
      current.length += 1;
      current.darkest = Math.min(current.darkest, red);
    } else {
      current = undefined;
    }
  }
  return runs;
}
