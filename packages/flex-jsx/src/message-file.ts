import type { Message, MessageType } from "@flexkit/validators";
import { builtinOf } from "./component.js";
import { type FlexElement, type FlexNode, Fragment, isElement, type OutputOf } from "./element.js";
import { type RenderResult, render } from "./render.js";

/**
 * A message file: a module named `*.flex.tsx` or `*.flex.jsx` whose exports are LINE messages
 * written in JSX. This module is the one place that says what such a file exports and how it
 * becomes messages, for every tool that reads one: `flexkit build`, `build --all` and `push`,
 * `flexkit dev`, and the simulator's JSX tab and gallery. It uses no Node API: loading the file
 * (Babel hooks, Vite, an in-page compile) is the caller's business, and so is showing an error.
 *
 * What a message file exports:
 * - `default`: the file's message. An element, an array of up to 5 message elements, or a
 *   function returning either.
 * - `previewProps` (optional): an object, the props every function export is called with. A
 *   file's components need props and the tools have none of their own to give.
 * - Any other export that produces a message is a variant of it (`flexkit dev` lists them):
 *   an element or array of elements whose root is a message, a function (a component) returning
 *   one, or plain LINE JSON of a message. Helpers, constants and parts such as a `<Bubble>` for
 *   the messages to compose are not variants.
 */

/** A message file's name ends so: `card.flex.tsx` or `card.flex.jsx`. */
export const MESSAGE_FILE: RegExp = /\.flex\.[jt]sx$/;

/** The same as people read it, in errors and help: `no ${MESSAGE_FILES} files`. */
export const MESSAGE_FILES = "*.flex.tsx or *.flex.jsx";

/** True when `name` (a file name or path) is a message file's. */
export function isMessageFile(name: string): boolean {
  return MESSAGE_FILE.test(name);
}

/**
 * A mistake in a message file that is not in its JSX (that is FlexRenderError's): no default
 * export, a default export of the wrong kind, a previewProps that is no object. Its message is one
 * line, `file: reason`; `reason` alone is for a place that shows only one file.
 */
export class MessageFileError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = "MessageFileError";
    this.file = file;
    this.reason = reason;
  }
}

/** A loaded message file: its exports by name (an ES module namespace or a CommonJS `exports`). */
export type MessageModule = Readonly<Record<string, unknown>>;

/** The export that holds the props for a file's components: `export const previewProps = {…}`. */
export const PREVIEW_PROPS = "previewProps";

function describeValue(value: unknown): string {
  if (typeof value === "string") return `the string ${JSON.stringify(value)}`;
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return `${typeof value === "object" ? "an" : "a"} ${typeof value}`;
}

/** The props a file's function exports are called with: its `previewProps` export, or none. */
export function previewPropsOf(module: MessageModule, file: string): Record<string, unknown> {
  const props = module[PREVIEW_PROPS];
  if (props === undefined) return {};
  if (typeof props !== "object" || props === null || Array.isArray(props))
    throw new MessageFileError(
      file,
      `${PREVIEW_PROPS}: expected an object of the default export's props, got ${describeValue(props)}`,
    );
  return props as Record<string, unknown>;
}

/** An export's node: a function export called with the file's previewProps, else the value. */
function nodeOf(value: unknown, props: Record<string, unknown>): unknown {
  return typeof value === "function" ? (value as (props: unknown) => unknown)(props) : value;
}

/**
 * The node of a message file's default export: an element or an array of message elements, or
 * what a function default export returns when called with the file's previewProps. What the
 * function throws passes through, as the author's own error.
 */
export function defaultMessage(module: MessageModule, file: string): FlexNode {
  const exported = module.default;
  if (exported === undefined)
    throw new MessageFileError(file, "has no default export; export default a message element");
  const props = previewPropsOf(module, file);
  if (typeof exported === "function") return nodeOf(exported, props) as FlexNode;
  if (isElement(exported) || Array.isArray(exported)) return exported as FlexNode;
  throw new MessageFileError(
    file,
    `the default export is ${describeValue(exported)}; expected a message element or a function returning one`,
  );
}

/** A message or messages with their sources: `render()`'s result, for a list too. */
export type RenderedMessages = RenderResult;

/**
 * Renders a message node. An element renders as `render()` renders it; an array of message
 * elements renders to an array of messages, each source under `messages[i]`, the notation of
 * `validateMessages` and of LINE's own error details, so an issue's property finds its JSX as it
 * is. Typed as `render()` is: an array of elements made by calling message built-ins gives an
 * array of their messages (`Message[]`); JSX gives `unknown`.
 */
export function renderMessages<Out>(element: FlexElement<unknown, Out>): RenderResult<Out>;
export function renderMessages<E extends FlexElement<unknown, Message>>(
  elements: E[],
): RenderResult<OutputOf<E>[]>;
export function renderMessages(node: FlexNode): RenderedMessages;
export function renderMessages(node: FlexNode): RenderedMessages {
  if (!Array.isArray(node)) return render(node);
  const message: unknown[] = [];
  const sources: Record<string, string> = {};
  for (const [index, element] of node.entries()) {
    const result = render(element);
    message.push(result.message);
    for (const [path, source] of Object.entries(result.sources))
      sources[path === "" ? `messages[${index}]` : `messages[${index}].${path}`] = source;
  }
  return { message, sources };
}

/** A message file's message: its default export (called with its previewProps), rendered. */
export function renderMessageFile(module: MessageModule, file: string): RenderedMessages {
  return renderMessages(defaultMessage(module, file));
}

/** One export of a message file that produces a message. */
export type MessageExport =
  /** JSX: give `node` to {@link renderMessages}. */
  | { name: string; node: FlexNode }
  /** Plain LINE JSON exported as it is: a message or a list of them, to validate as it is. */
  | { name: string; json: unknown }
  /** The default export, or a component, that failed: what it threw. */
  | { name: string; error: unknown };

/**
 * The built-ins that render to a whole LINE message: every `…Message`, the four templates and
 * <Imagemap>. Not <Bubble> or <Carousel>: exported alone, those are parts for a message to
 * compose.
 */
const MESSAGE_BUILTIN = /^(?:\w+Message|\w+Template|Imagemap)$/;

/** How deep producesMessage follows components that return components. */
const COMPONENT_DEPTH = 32;

/**
 * True when a node renders to a message or a list of them: an element whose root is a message
 * built-in, through the function components that return it (called as render() would call them;
 * components are pure functions of their props), or a non-empty array of such elements.
 */
function producesMessage(node: unknown, depth = 0): boolean {
  if (Array.isArray(node))
    return node.length > 0 && node.every((item) => producesMessage(item, depth));
  if (!isElement(node) || depth > COMPONENT_DEPTH) return false;
  const { type, props } = node as { type: unknown; props: { children?: unknown } };
  if (type === Fragment) return producesMessage(props.children, depth);
  if (typeof type !== "function") return false;
  const spec = builtinOf(type);
  if (spec !== undefined) return MESSAGE_BUILTIN.test(spec.name);
  return producesMessage((type as (props: unknown) => unknown)(props), depth + 1);
}

/**
 * LINE's message types, for telling plain LINE JSON of a message. A Record over the validators'
 * MessageType, so that the compiler keeps it whole without this module loading the validators.
 */
const MESSAGE_TYPES: Readonly<Record<MessageType, true>> = {
  text: true,
  textV2: true,
  sticker: true,
  image: true,
  video: true,
  audio: true,
  location: true,
  imagemap: true,
  template: true,
  flex: true,
  coupon: true,
};

function isMessageObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value) || isElement(value))
    return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === "string" && Object.hasOwn(MESSAGE_TYPES, type);
}

/**
 * Plain LINE JSON (not JSX) meant as a message: an object whose `type` is a message type, or a
 * list of them. It need not be valid: a variant with a mistake is listed with its issues rather
 * than hidden. A constant of another kind (`{ type: "compact" }`, a number) is no variant.
 */
function isJsonMessage(value: unknown): boolean {
  if (!Array.isArray(value)) return isMessageObject(value);
  return value.length > 0 && value.every(isMessageObject);
}

/** A component's name, as JSX tells components from tags: it starts with a capital letter. */
const COMPONENT_NAME = /^[A-Z]/;

/**
 * The exports of a message file that produce a message: the default export first (always, when
 * there is one: it is the file's message, and its errors must show), then each named export that
 * produces a message, in the order the module lists them (a namespace from `import()` lists them
 * alphabetically; Vite's SSR loader in the file's order). `previewProps` is never one. Which is
 * a variant is decided by what it is or returns, not by its name, with one exception: a function
 * that throws when called cannot show what it would return, so it is listed with its error when
 * its name is capitalised (how JSX tells a component) and taken for a helper otherwise.
 *
 * Throws a MessageFileError when the previewProps is no object, or when no export produces a
 * message.
 */
export function messageExports(module: MessageModule, file: string): MessageExport[] {
  const props = previewPropsOf(module, file);
  const found: MessageExport[] = [];
  if (module.default !== undefined) {
    try {
      found.push({ name: "default", node: defaultMessage(module, file) });
    } catch (error) {
      found.push({ name: "default", error });
    }
  }
  for (const [name, value] of Object.entries(module)) {
    if (name === "default" || name === PREVIEW_PROPS) continue;
    if (isJsonMessage(value)) {
      found.push({ name, json: value });
      continue;
    }
    try {
      const node = nodeOf(value, props);
      if (producesMessage(node)) found.push({ name, node: node as FlexNode });
    } catch (error) {
      if (typeof value === "function" && COMPONENT_NAME.test(name)) found.push({ name, error });
    }
  }
  if (found.length === 0)
    throw new MessageFileError(
      file,
      "exports no message; export default a message element or a function returning one",
    );
  return found;
}

/**
 * Rich menu files. A message file may hold rich menus (RULES.md §15) instead of messages:
 * - `default`: one `<RichMenu>` element (or a function returning one), with an optional `image`
 *   export, its picture as a path relative to the file or a URL;
 * - or `richMenus`: `{ [aliasId]: <RichMenu> }`, a tab set whose richMenuSwitch actions name each
 *   other's aliases, with an optional `images` export `{ [aliasId]: "./tab-a.png" }`.
 * The pictures are not part of LINE's JSON (it takes them in a separate upload), so they travel
 * beside it.
 */

/** The export of a tab set: `export const richMenus = { "tab-a": <RichMenu …>, … }`. */
export const RICH_MENUS = "richMenus";

/**
 * The key of a file's lone menu in {@link RenderedRichMenus}: a valid alias ID, so that a set's
 * checks read it, never made an alias on LINE.
 */
export const LONE_RICH_MENU = "menu";

/** A rich menu file, rendered. */
export interface RenderedRichMenus {
  /** Alias → rich menu object; a lone menu is keyed {@link LONE_RICH_MENU}. */
  richMenus: Record<string, unknown>;
  /** Alias → picture, as the file wrote it: a path relative to the file, or a URL. */
  images: Record<string, string>;
  /** `richMenus.<alias>.<property path>` → `file:line:column` of its JSX. */
  sources: Record<string, string>;
  /** The file's default export is one menu (not a `richMenus` set). */
  lone: boolean;
}

/** The name of the built-in a node renders to at its root, through function components. */
function rootBuiltin(node: unknown, depth = 0): string | undefined {
  if (!isElement(node) || depth > COMPONENT_DEPTH) return undefined;
  const { type, props } = node as { type: unknown; props: unknown };
  if (typeof type !== "function") return undefined;
  const spec = builtinOf(type);
  if (spec !== undefined) return spec.name;
  return rootBuiltin((type as (props: unknown) => unknown)(props), depth + 1);
}

/**
 * True when a loaded message file holds rich menus: it exports `richMenus`, or its default
 * export renders to a `<RichMenu>`.
 */
export function isRichMenuModule(module: MessageModule, file: string): boolean {
  if (module[RICH_MENUS] !== undefined) return true;
  if (module.default === undefined) return false;
  try {
    return rootBuiltin(nodeOf(module.default, previewPropsOf(module, file))) === "RichMenu";
  } catch {
    // A default export that throws is the message path's to report.
    return false;
  }
}

/** The sources of one menu of `rendered`, as paths inside that menu (`areas[0].action`). */
export function richMenuSources(
  rendered: RenderedRichMenus,
  alias: string,
): Record<string, string> {
  const prefix = `${RICH_MENUS}.${alias}`;
  const sources: Record<string, string> = {};
  for (const [path, source] of Object.entries(rendered.sources)) {
    if (path === prefix) sources[""] = source;
    else if (path.startsWith(`${prefix}.`)) sources[path.slice(prefix.length + 1)] = source;
  }
  return sources;
}

function imagesOf(module: MessageModule, file: string, aliases: string[], lone: boolean) {
  const images: Record<string, string> = {};
  const given = lone ? module.image : module.images;
  const name = lone ? "image" : "images";
  if (given === undefined) return images;
  if (lone) {
    if (typeof given !== "string")
      throw new MessageFileError(
        file,
        `image: expected the menu's picture, a path relative to the file or a URL, got ${describeValue(given)}`,
      );
    images[LONE_RICH_MENU] = given;
    return images;
  }
  if (typeof given !== "object" || given === null || Array.isArray(given))
    throw new MessageFileError(
      file,
      `${name}: expected { "<alias>": "./picture.png" }, got ${describeValue(given)}`,
    );
  for (const [alias, ref] of Object.entries(given)) {
    if (!aliases.includes(alias))
      throw new MessageFileError(
        file,
        `images.${alias}: no menu has that alias in richMenus (${aliases.join(", ")})`,
      );
    if (typeof ref !== "string")
      throw new MessageFileError(
        file,
        `images.${alias}: expected a path relative to the file or a URL, got ${describeValue(ref)}`,
      );
    images[alias] = ref;
  }
  return images;
}

/**
 * Renders a rich menu file (see {@link isRichMenuModule}): each menu with its sources under
 * `richMenus.<alias>`, the notation of the simulator's payload, and the pictures beside them.
 */
export function renderRichMenuFile(module: MessageModule, file: string): RenderedRichMenus {
  const props = previewPropsOf(module, file);
  const set = module[RICH_MENUS];
  const lone = set === undefined;
  let nodes: Record<string, unknown>;
  if (lone) {
    nodes = { [LONE_RICH_MENU]: defaultMessage(module, file) };
  } else {
    if (typeof set !== "object" || set === null || Array.isArray(set) || isElement(set))
      throw new MessageFileError(
        file,
        `${RICH_MENUS}: expected { "<alias>": <RichMenu …> }, a menu per alias, got ${describeValue(set)}`,
      );
    nodes = {};
    for (const [alias, value] of Object.entries(set)) nodes[alias] = nodeOf(value, props);
  }
  const richMenus: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  for (const [alias, node] of Object.entries(nodes)) {
    const root = rootBuiltin(node);
    if (root !== "RichMenu")
      throw new MessageFileError(
        file,
        `${lone ? "the default export" : `${RICH_MENUS}.${alias}`} is ${root === undefined ? describeValue(node) : `a <${root}>`}; expected a <RichMenu> element`,
      );
    const result = render(node as FlexNode);
    richMenus[alias] = result.message;
    for (const [path, source] of Object.entries(result.sources))
      sources[path === "" ? `${RICH_MENUS}.${alias}` : `${RICH_MENUS}.${alias}.${path}`] = source;
  }
  if (Object.keys(richMenus).length === 0)
    throw new MessageFileError(
      file,
      `${RICH_MENUS}: holds no menu; give { "<alias>": <RichMenu …> }`,
    );
  return {
    richMenus,
    images: imagesOf(module, file, Object.keys(richMenus), lone),
    sources,
    lone,
  };
}
