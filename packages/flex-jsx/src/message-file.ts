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
