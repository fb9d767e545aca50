import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { validateFlexContainer } from "@flexkit/validators";
import { realWorldFlex } from "../test/helpers.js";

/** The shared real-world Flex fixtures the benchmarks run on, read in place from ../shared. */
export interface RealWorldContainer {
  /** `<sdk>/<File>`, as in SOURCES.md. */
  name: string;
  container: unknown;
}

function read(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

/** Every Flex fixture, in a stable order. */
export function realWorldContainers(): RealWorldContainer[] {
  return readdirSync(realWorldFlex)
    .sort()
    .flatMap((dir) =>
      readdirSync(join(realWorldFlex, dir))
        .sort()
        .map((file) => ({
          name: `${dir}/${file.replace(/\.json$/, "")}`,
          container: read(join(realWorldFlex, dir, file)),
        })),
    );
}

/** The fixtures LINE accepts (SOURCES.md: the legacy `spacer` ones are invalid). */
export function validRealWorldContainers(): RealWorldContainer[] {
  return realWorldContainers().filter(({ container }) => validateFlexContainer(container).ok);
}

/**
 * Twelve bubbles from the valid java showcase files, carousels flattened, in file order. A video
 * hero may not sit in a carousel (FLEX-VID-3), so those bubbles are left out.
 */
export function twelveBubbles(): unknown[] {
  const dir = join(realWorldFlex, "line-bot-sdk-java");
  return readdirSync(dir)
    .sort()
    .flatMap((file) => {
      const json = read(join(dir, file)) as { type: string; contents?: unknown[] };
      return json.type === "carousel" ? (json.contents ?? []) : [json];
    })
    .filter((bubble) => (bubble as { hero?: { type?: string } }).hero?.type !== "video")
    .slice(0, 12);
}

/** A 1×1 transparent GIF: loads at once, from no network, in an <img> or a CSS url() alike. */
const LOCAL_IMAGE =
  "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7";
const MEDIA_KEYS = new Set(["url", "previewUrl", "iconUrl", "imageUrl"]);

/**
 * The same container with every remote image swapped for a local one (as the browser tests'
 * offlineImages does). Layout never waits for an image (aspectRatio and size set it); what the
 * swap removes is failed fetches, whose cost grew with how many had failed before.
 */
export function withLocalImages<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withLocalImages) as T;
  if (typeof value !== "object" || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    const remote = typeof entry === "string" && /^https?:\/\//.test(entry);
    copy[key] = remote && MEDIA_KEYS.has(key) ? LOCAL_IMAGE : withLocalImages(entry);
  }
  return copy as T;
}
