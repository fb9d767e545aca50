import { detectShape, LIMITS } from "@flexkit/validators";
import {
  bytesOfDataUrl,
  LONE_MENU,
  type LoadedRichMenu,
  type LoadedRichMenuSet,
  readRichMenuPayload,
} from "../push/rich-menu-input.js";

/**
 * The page's rich menu payload as a set to deploy: a rich menu object (with the simulator's own
 * `image` key, as the chat draws it), or `{ richMenus, images?, messages? }`. Only data: URLs
 * become images, the ones the Send panel makes of the files chosen in it: the server fetches no
 * address a page names.
 */

/** Menus in one deploy whose images the body has room for. */
const IMAGES_MAX = 10;

/**
 * The body of a rich menu call: the images as base64 (4 bytes for 3), each with room for twice
 * LINE's limit so that the image checks, not this cap, say an image is too large (RM-IMG-2),
 * and a push body's room for the menus.
 */
export const RICH_MENU_BODY_MAX =
  LIMITS.requestBytesMax.value +
  IMAGES_MAX * Math.ceil((2 * LIMITS.richMenuImageBytesMax.value * 4) / 3);

export type PayloadSet =
  | {
      ok: true;
      set: LoadedRichMenuSet;
      /** Lines for the panel: images that were not used, and why. */
      notes: string[];
    }
  | { ok: false; message: string };

export function richMenuSetOfPayload(payload: unknown): PayloadSet {
  let value = payload;
  let loneImage: string | undefined;
  if (detectShape(payload) === "rich-menu" && typeof payload === "object" && payload !== null) {
    const { image, ...menu } = payload as Record<string, unknown>;
    if (typeof image === "string") {
      loneImage = image;
      value = menu;
    }
  }
  const read = readRichMenuPayload(value);
  if (!read.ok) return read;
  const images = read.lone && loneImage !== undefined ? { [LONE_MENU]: loneImage } : read.images;
  const notes: string[] = [];
  const menus: Record<string, LoadedRichMenu> = {};
  for (const [alias, menu] of Object.entries(read.menus)) {
    const ref = images[alias];
    const bytes = ref === undefined ? undefined : bytesOfDataUrl(ref);
    if (ref !== undefined && bytes === undefined) {
      const shown = ref.length > 80 ? `${ref.slice(0, 77)}…` : ref;
      notes.push(
        `warning ${read.lone ? "image" : `images.${alias}`}: ${JSON.stringify(shown)} is not fetched (the simulator's server fetches no address the page names); choose the file in the Send panel`,
      );
    }
    menus[alias] = bytes === undefined ? { menu } : { menu, image: bytes };
  }
  // The menu to show is the first, the one the simulator shows.
  const [entry] = Object.keys(menus);
  const set: LoadedRichMenuSet = read.lone
    ? { menus, lone: true }
    : entry === undefined
      ? { menus }
      : { menus, entry };
  return { ok: true, set, notes };
}
