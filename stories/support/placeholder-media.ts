/**
 * Storybook never reaches the internet, so every remote picture in a story's LINE JSON is drawn
 * as a local placeholder: a pale picture card with a mountain mark, tinted by its URL so that
 * different pictures look different. The JSON itself keeps its https URLs (LINE accepts nothing
 * else), so the validators judge what a bot would really send.
 */
const PICTURE_KEYS = new Set([
  "url",
  "previewUrl",
  "iconUrl",
  "imageUrl",
  "thumbnailImageUrl",
  "previewImageUrl",
  "originalContentUrl",
]);

function hueOf(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

/** A square picture that covers whatever box it is drawn in, without stretching its mark. */
export function placeholderPicture(seed: string): string {
  const hue = hueOf(seed);
  const back = `hsl(${hue} 35% 82%)`;
  const mark = `hsl(${hue} 30% 62%)`;
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" preserveAspectRatio="xMidYMid slice">' +
    `<rect x="-200" y="-200" width="500" height="500" fill="${back}"/>` +
    `<path d="M20 75 L42 45 L56 62 L66 52 L82 75 Z" fill="${mark}"/>` +
    `<circle cx="70" cy="32" r="8" fill="${mark}"/></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function isRemote(value: unknown): value is string {
  return typeof value === "string" && /^https?:\/\//.test(value);
}

/** A copy of any LINE JSON with its remote pictures swapped for placeholders. */
export function placeholderMedia<T>(value: T): T {
  if (Array.isArray(value)) return value.map(placeholderMedia) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (isRemote(entry) && PICTURE_KEYS.has(key)) copy[key] = placeholderPicture(entry);
    // An imagemap loads `{baseUrl}/{width}`: after a "#" that suffix is a fragment, which a
    // data: URL ignores, so the placeholder loads at every width.
    else if (isRemote(entry) && key === "baseUrl") copy[key] = `${placeholderPicture(entry)}#`;
    else copy[key] = placeholderMedia(entry);
  }
  return copy as T;
}
