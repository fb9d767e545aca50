/**
 * Tests never reach the internet, so remote media in a fixture is swapped for a local placeholder
 * of the same role: a pale picture card with a mountain mark, like the one LINE shows while
 * loading. Layout does not depend on the image's own size (aspectRatio sets it).
 */
const PLACEHOLDER = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" preserveAspectRatio="none"><rect width="100" height="100" fill="#c9d3e0"/><path d="M20 75 L42 45 L56 62 L66 52 L82 75 Z" fill="#9fb0c6"/><circle cx="70" cy="32" r="8" fill="#9fb0c6"/></svg>',
)}`;

const MEDIA_KEYS = new Set(["url", "previewUrl", "iconUrl", "imageUrl"]);

export function offlineImages<T>(value: T): T {
  if (Array.isArray(value)) return value.map(offlineImages) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const remote = typeof entry === "string" && /^https?:\/\//.test(entry);
    copy[key] = remote && MEDIA_KEYS.has(key) ? PLACEHOLDER : offlineImages(entry);
  }
  return copy as T;
}
