import { toPng } from "html-to-image";
import { sessionHeaders } from "../session-key.js";

/**
 * Images from other hosts are fetched through the simulator's own proxy while exporting:
 * html-to-image reads every image's pixels, which a cross-origin image without CORS headers
 * forbids.
 */
function proxied(url: string): string {
  return `/api/image?url=${encodeURIComponent(url)}`;
}

function isOtherHost(url: string): boolean {
  try {
    const parsed = new URL(url, window.location.href);
    return /^https?:$/.test(parsed.protocol) && parsed.origin !== window.location.origin;
  } catch {
    return false;
  }
}

/** A 1×1 transparent PNG. */
const EMPTY_PIXEL =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/**
 * The image through the proxy, as a data URL; an empty pixel when the proxy refuses it (not an
 * image, too big, a private address, unreachable), so one missing image never fails the export.
 */
async function inlined(url: string): Promise<string> {
  try {
    // The proxy answers only the simulator's own page, which proves itself with its session key.
    const response = await fetch(proxied(url), { headers: sessionHeaders() });
    if (!response.ok || !(response.headers.get("content-type") ?? "").startsWith("image/"))
      return EMPTY_PIXEL;
    const blob = await response.blob();
    return await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => resolve(EMPTY_PIXEL);
      reader.readAsDataURL(blob);
    });
  } catch {
    return EMPTY_PIXEL;
  }
}

function loaded(image: HTMLImageElement): Promise<void> {
  return image.complete
    ? Promise.resolve()
    : new Promise((resolve) => {
        image.addEventListener("load", () => resolve(), { once: true });
        image.addEventListener("error", () => resolve(), { once: true });
      });
}

/** Swaps the node's foreign images for proxied copies; returns how to put them back. */
async function proxyImages(node: HTMLElement): Promise<() => void> {
  const undo: Array<() => void> = [];
  const swaps: Array<Promise<void>> = [];
  for (const image of node.querySelectorAll("img")) {
    const original = image.getAttribute("src");
    if (original === null || !isOtherHost(original)) continue;
    swaps.push(
      inlined(original).then((copy) => {
        image.setAttribute("src", copy);
        undo.push(() => image.setAttribute("src", original));
        return loaded(image);
      }),
    );
  }
  for (const element of node.querySelectorAll<HTMLElement>("[style*='url(']")) {
    const original = element.style.backgroundImage;
    const urls = [...original.matchAll(/url\("([^"]+)"\)/g)]
      .map((match) => match[1]!)
      .filter(isOtherHost);
    if (urls.length === 0) continue;
    swaps.push(
      Promise.all(urls.map(inlined)).then((copies) => {
        let rewritten = original;
        urls.forEach((url, index) => {
          rewritten = rewritten.replace(url, copies[index]!);
        });
        element.style.backgroundImage = rewritten;
        undo.push(() => {
          element.style.backgroundImage = original;
        });
      }),
    );
  }
  await Promise.all(swaps);
  return () => {
    for (const step of undo) step();
  };
}

/**
 * A PNG of `node` at `scale`× its CSS size. Without the wallpaper the background is transparent;
 * with it, a single message gets the chat's wallpaper behind it.
 */
export async function exportPng(
  node: HTMLElement,
  { scale, wallpaper }: { scale: number; wallpaper: string | undefined },
): Promise<string> {
  const restore = await proxyImages(node);
  try {
    return await toPng(node, {
      pixelRatio: scale,
      // An image that cannot be fetched (the proxy refused it, or it is gone) is left empty
      // instead of failing the whole export.
      imagePlaceholder: EMPTY_PIXEL,
      style: { background: wallpaper ?? "transparent" },
    });
  } finally {
    restore();
  }
}
