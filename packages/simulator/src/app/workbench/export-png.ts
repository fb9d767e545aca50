import { toPng } from "html-to-image";

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

/** Points the node's foreign images at the proxy; returns how to put them back. */
async function proxyImages(node: HTMLElement): Promise<() => void> {
  const undo: Array<() => void> = [];
  const loads: Array<Promise<void>> = [];
  for (const image of node.querySelectorAll("img")) {
    const original = image.getAttribute("src");
    if (original === null || !isOtherHost(original)) continue;
    image.setAttribute("src", proxied(original));
    undo.push(() => image.setAttribute("src", original));
    loads.push(
      image.complete
        ? Promise.resolve()
        : new Promise((resolve) => {
            image.addEventListener("load", () => resolve(), { once: true });
            image.addEventListener("error", () => resolve(), { once: true });
          }),
    );
  }
  for (const element of node.querySelectorAll<HTMLElement>("[style*='url(']")) {
    const original = element.style.backgroundImage;
    const rewritten = original.replace(/url\("([^"]+)"\)/g, (whole, url: string) =>
      isOtherHost(url) ? `url("${proxied(url)}")` : whole,
    );
    if (rewritten === original) continue;
    element.style.backgroundImage = rewritten;
    undo.push(() => {
      element.style.backgroundImage = original;
    });
  }
  await Promise.all(loads);
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
      style: { background: wallpaper ?? "transparent" },
    });
  } finally {
    restore();
  }
}
