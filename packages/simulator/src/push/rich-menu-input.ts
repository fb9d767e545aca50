import { detectShape } from "@flexkit/validators";

/**
 * What a rich menu deploy takes, whoever read it: `flexkit richmenu deploy` from a JSON file (and
 * later from a `*.flex.tsx` file), the simulator's server from the page's payload.
 */

/** One menu to deploy: the rich menu object, its picture, and where its JSX is. */
export interface LoadedRichMenu {
  /** The rich menu object (RULES.md §15.1), as sent to `POST /v2/bot/richmenu`. */
  menu: unknown;
  /** JPEG or PNG bytes; the format is read from them, never from a name (RM-IMG-1). */
  image?: Uint8Array;
  /** Property path in the menu (`areas[0].action`) → `file:line:column`, when built from JSX. */
  sources?: Record<string, string>;
}

/** Menus keyed by alias ID (RM-ALIAS-1), the tab set that richmenuswitch actions name. */
export interface LoadedRichMenuSet {
  menus: Record<string, LoadedRichMenu>;
  /** The alias of the menu to show, when the file names one. */
  entry?: string;
  /**
   * One rich menu object, not a set: it is keyed by {@link LONE_MENU} and deployed without an
   * alias (the planner's `withoutAliases`).
   */
  lone?: true;
}

/** The key of a lone menu: a valid alias ID, so the set's checks read it, but never made one. */
export const LONE_MENU = "menu";

/** A payload read as rich menus, each image still as the reference the payload gives. */
export type RichMenuPayload =
  | {
      ok: true;
      menus: Record<string, unknown>;
      /** alias → a path, an https:// URL or a data: URL, as written. */
      images: Record<string, string>;
      lone: boolean;
    }
  | { ok: false; message: string };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A rich menu object, or `{ richMenus: { alias: menu }, images?: { alias: ref }, messages? }`
 * (the simulator's payload: RENDERING.md §6, `images` being its own key, since LINE takes the
 * picture in a separate upload).
 */
export function readRichMenuPayload(value: unknown): RichMenuPayload {
  const shape = detectShape(value);
  if (shape === "rich-menu")
    return { ok: true, menus: { [LONE_MENU]: value }, images: {}, lone: true };
  // A set is told by its `richMenus` even beside `messages` (the chat above it), which
  // detectShape reads as a validate request's body first.
  if (!isRecord(value) || value.type !== undefined || !("richMenus" in value)) {
    return {
      ok: false,
      message: `expected a rich menu object or { "richMenus": { "<alias>": <rich menu> } }, got ${shape === "container" ? "a bare bubble or carousel" : `a ${shape.replace("-", " ")}`}`,
    };
  }
  const { richMenus, images } = value;
  if (!isRecord(richMenus))
    return { ok: false, message: "richMenus: expected an object of rich menus keyed by alias ID" };
  if (images !== undefined && !isRecord(images))
    return {
      ok: false,
      message: "images: expected an object of image paths or URLs keyed by alias ID",
    };
  const refs: Record<string, string> = {};
  for (const [alias, ref] of Object.entries(images ?? {})) {
    if (!Object.hasOwn(richMenus, alias))
      return {
        ok: false,
        message: `images.${alias}: no menu has this alias; expected one of ${
          Object.keys(richMenus)
            .map((key) => JSON.stringify(key))
            .join(", ") || "(no menus)"
        }`,
      };
    if (typeof ref !== "string" || ref === "")
      return {
        ok: false,
        message: `images.${alias}: expected a path or URL of a PNG or JPEG image`,
      };
    refs[alias] = ref;
  }
  return { ok: true, menus: { ...richMenus }, images: refs, lone: false };
}

/** `data:[type][;base64],…`: the bytes, or undefined when `ref` is no data: URL. */
export function bytesOfDataUrl(ref: string): Uint8Array | undefined {
  const match = /^data:([^,]*),(.*)$/s.exec(ref);
  if (match === null) return undefined;
  const [, params = "", data = ""] = match;
  if (params.split(";").includes("base64")) return new Uint8Array(Buffer.from(data, "base64"));
  // Percent-encoded bytes, which need not be UTF-8 (a PNG's are not): each %XX is one byte.
  const bytes: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const hex = data[i] === "%" ? data.slice(i + 1, i + 3) : "";
    if (/^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(data.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(bytes);
}
