import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LIMITS } from "@flexkit/validators";
import { PNG } from "pngjs";
import { RICH_MENU_PATHS } from "../../../packages/simulator/src/push/endpoints.js";
import { jpeg } from "../../validators/image-bytes.js";
import type { Recorded, Reply } from "../support/fault-server.js";

/**
 * Rich menus, their pictures and a fake LINE that answers a deploy as LINE would, for the
 * `flexkit richmenu` tests. Every picture is made here (never a file from the internet).
 */

/** The smallest size LINE lists (800 × 270, RULES.md RM-2): small pictures, quick tests. */
export const WIDTH = LIMITS.richMenuWidthMin.value;
export const HEIGHT = 270;

export const USER = "U0123456789abcdef0123456789abcdef";

/** An opaque PNG of the menu's size (RM-IMG-5: no transparent pixels). */
export function png(width = WIDTH, height = HEIGHT): Uint8Array {
  const image = new PNG({ width, height });
  image.data.fill(0xff);
  return new Uint8Array(PNG.sync.write(image));
}

export const JPEG = jpeg(WIDTH, HEIGHT);

export function richMenu(name: string, action: unknown = { type: "message", text: name }) {
  return {
    size: { width: WIDTH, height: HEIGHT },
    selected: true,
    name,
    chatBarText: "Menu",
    areas: [{ bounds: { x: 0, y: 0, width: WIDTH, height: HEIGHT }, action }],
  };
}

export const switchTo = (alias: string) => ({
  type: "richmenuswitch",
  richMenuAliasId: alias,
  data: `tab=${alias}`,
});

/** Two tabs that switch to each other: tab-a with a PNG, tab-b with a JPEG. */
export const TABS = {
  "tab-a": richMenu("Tab A", switchTo("tab-b")),
  "tab-b": richMenu("Tab B", switchTo("tab-a")),
};

/** A folder with the tab set's file, its pictures beside it. */
export function writeTabSet(extra: Record<string, unknown> = {}): {
  dir: string;
  file: string;
} {
  const dir = mkdtempSync(join(tmpdir(), "flexkit-richmenu-"));
  writeFileSync(join(dir, "a.png"), png());
  writeFileSync(join(dir, "b.jpg"), JPEG);
  const file = join(dir, "tabs.json");
  writeFileSync(
    file,
    JSON.stringify({
      richMenus: TABS,
      images: { "tab-a": "./a.png", "tab-b": "./b.jpg" },
      ...extra,
    }),
  );
  return { dir, file };
}

/** `POST /v2/bot/richmenu` and its JSON body's name, or undefined for another request. */
export function createdName(request: Recorded): string | undefined {
  if (request.method !== "POST" || request.path !== RICH_MENU_PATHS.create) return undefined;
  return (JSON.parse(request.body) as { name: string }).name;
}

/**
 * Answers like LINE: empty lists, `{}` for checks, uploads, aliases and links, and
 * `richmenu-<n>` for the n-th create. `override` answers first when it returns a reply.
 */
export function fakeRichMenuLine(
  override: (request: Recorded, index: number) => Reply | undefined = () => undefined,
): (request: Recorded, index: number) => Reply {
  let creates = 0;
  return (request, index) => {
    const own = override(request, index);
    if (own !== undefined) return own;
    if (request.path === RICH_MENU_PATHS.list) return { status: 200, body: { richmenus: [] } };
    if (request.path === RICH_MENU_PATHS.aliasList) return { status: 200, body: { aliases: [] } };
    if (createdName(request) !== undefined) {
      creates += 1;
      return { status: 200, body: { richMenuId: `richmenu-${creates}` } };
    }
    return { status: 200, body: {} };
  };
}

/** One line per request: method, path, and the Content-Type of a body that is not JSON. */
export function calls(requests: Recorded[]): string[] {
  return requests.map((request) => {
    const type = request.headers["content-type"];
    const shown = type === undefined || type === "application/json" ? "" : ` (${type})`;
    return `${request.method} ${request.path}${shown}`;
  });
}
