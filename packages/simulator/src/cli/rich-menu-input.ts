import { dirname, relative, resolve } from "node:path";
import { FlexRenderError } from "@flexkit/flex-jsx";
import {
  isMessageFile,
  isRichMenuModule,
  MESSAGE_FILES,
  richMenuSources,
} from "@flexkit/flex-jsx/message-file";
import { LIMITS } from "@flexkit/validators";
import {
  bytesOfDataUrl,
  LONE_MENU,
  type LoadedRichMenu,
  type LoadedRichMenuSet,
  readRichMenuPayload,
} from "../push/rich-menu-input.js";
import { messageOf } from "../shared/error-message.js";
import { LOOPBACK_HOSTS } from "../shared/loopback.js";
import { renderErrorLine } from "./io.js";
import { readJsonInput } from "./json-input.js";
import { importMessageModule, renderRichMenus } from "./load-module.js";
import { MAX_INPUT_BYTES, readInputBytes } from "./read-input.js";
import { UserInputError } from "./user-input-error.js";

/**
 * What `flexkit richmenu deploy` reads: a JSON file holding one rich menu object (its picture
 * given with --image), or `{ "richMenus": { alias: menu }, "images": { alias: ref } }`, the
 * simulator's payload, whose image references are paths relative to the file, https:// URLs or
 * data: URLs. The result is the shape a `*.flex.tsx` rich menu file will load to as well.
 */

/** Source files: only message files (`*.flex.tsx`) hold rich menus written as JSX. */
const SOURCE_FILE = /\.[cm]?[jt]sx?$/;

/** How long an image URL may take to answer. */
const IMAGE_FETCH_TIMEOUT_MS = 15_000;

/**
 * The most bytes read of one image: LINE takes at most 1 MB (RM-IMG-2), which the image check
 * reports with the real size; anything far larger is not read at all.
 */
const IMAGE_READ_MAX = MAX_INPUT_BYTES;

async function fetchImage(url: URL, where: string): Promise<Uint8Array> {
  if (url.protocol !== "https:" && !(url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)))
    throw new UserInputError(
      `${where}: expected a path, an https:// URL or a data: URL, got ${JSON.stringify(url.href)}`,
    );
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(IMAGE_FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw new UserInputError(`${where}: could not fetch ${url.href} (${messageOf(error)})`);
  }
  if (!response.ok)
    throw new UserInputError(`${where}: ${url.href} answered HTTP ${response.status}`);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body ?? []) {
    total += chunk.length;
    if (total > IMAGE_READ_MAX) {
      throw new UserInputError(
        `${where}: ${url.href} is larger than ${IMAGE_READ_MAX} bytes; LINE takes at most ${LIMITS.richMenuImageBytesMax.value} [${LIMITS.richMenuImageBytesMax.rule}]`,
      );
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The bytes of an image reference: a data: URL, an https:// URL, or a path from `dir`. */
async function readImage(ref: string, dir: string, where: string): Promise<Uint8Array> {
  const data = bytesOfDataUrl(ref);
  if (data !== undefined) return data;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ref)) return fetchImage(new URL(ref), where);
  // Named as the person would type it: from the working directory.
  const path = relative(process.cwd(), resolve(dir, ref)) || ref;
  try {
    return new Uint8Array(await readInputBytes(path, "a PNG or JPEG image", path));
  } catch (error) {
    if (error instanceof UserInputError) throw new UserInputError(`${where}: ${error.message}`);
    throw error;
  }
}

/**
 * Reads a rich menu file (see the module comment) with its images. `image`: the picture of a
 * file that holds one menu, as a path from the working directory. Every mistake is one line (a
 * UserInputError).
 */
export async function loadRichMenuSet(
  file: string,
  options: { image?: string | undefined } = {},
): Promise<LoadedRichMenuSet> {
  if (isMessageFile(file)) return loadRichMenuFile(file, options);
  if (SOURCE_FILE.test(file))
    throw new UserInputError(
      `${file}: rich menus written as JSX are read from ${MESSAGE_FILES} files; give one, or a JSON file of one rich menu, or of { "richMenus": { "<alias>": <rich menu> }, "images": { "<alias>": "./picture.png" } }`,
    );
  const { value, name } = await readJsonInput(file);
  const payload = readRichMenuPayload(value);
  if (!payload.ok) throw new UserInputError(`${name}: ${payload.message}`);
  if (payload.lone) {
    const menu: LoadedRichMenu = { menu: payload.menus[LONE_MENU] };
    if (options.image !== undefined)
      menu.image = await readImage(options.image, process.cwd(), "--image");
    return { menus: { [LONE_MENU]: menu }, lone: true };
  }
  if (options.image !== undefined)
    throw new UserInputError(
      `--image: ${name} holds a set of menus; give each its picture in the file's "images": { "<alias>": "./picture.png" }`,
    );
  const dir = file === "-" ? process.cwd() : dirname(resolve(file));
  const menus: Record<string, LoadedRichMenu> = {};
  for (const [alias, menu] of Object.entries(payload.menus)) {
    const ref = payload.images[alias];
    menus[alias] =
      ref === undefined
        ? { menu }
        : { menu, image: await readImage(ref, dir, `${name}: images.${alias}`) };
  }
  return { menus };
}

/**
 * A rich menu file written as JSX (@flexkit/flex-jsx/message-file): its menus, each with the
 * sources that map an issue to its JSX line, and its pictures, paths read from the file's folder.
 */
async function loadRichMenuFile(
  file: string,
  options: { image?: string | undefined },
): Promise<LoadedRichMenuSet> {
  const module = await importMessageModule(file);
  if (!isRichMenuModule(module, file))
    throw new UserInputError(
      `${file}: holds no rich menu; export default a <RichMenu>, or export const richMenus = { "<alias>": <RichMenu …> }`,
    );
  // A render error carries its own place: one line, as `flexkit build` prints it.
  let rendered: ReturnType<typeof renderRichMenus>;
  try {
    rendered = renderRichMenus(module, file);
  } catch (error) {
    if (error instanceof FlexRenderError) throw new UserInputError(renderErrorLine(error));
    throw error;
  }
  const dir = dirname(resolve(file));
  const menus: Record<string, LoadedRichMenu> = {};
  for (const [alias, menu] of Object.entries(rendered.richMenus)) {
    const loaded: LoadedRichMenu = { menu, sources: richMenuSources(rendered, alias) };
    const ref = rendered.images[alias];
    if (ref !== undefined)
      loaded.image = await readImage(
        ref,
        dir,
        `${file}: ${rendered.lone ? "image" : `images.${alias}`}`,
      );
    menus[rendered.lone ? LONE_MENU : alias] = loaded;
  }
  if (options.image !== undefined) {
    if (!rendered.lone)
      throw new UserInputError(
        `--image: ${file} holds a set of menus; give each its picture in the file's export const images = { "<alias>": "./picture.png" }`,
      );
    menus[LONE_MENU]!.image = await readImage(options.image, process.cwd(), "--image");
  }
  return rendered.lone ? { menus, lone: true } : { menus };
}
