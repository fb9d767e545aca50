import {
  createElement,
  type FlexElement,
  type FlexNode,
  formatSource,
  type SourceLocation,
} from "./element.js";

/**
 * Built-in components are plain functions tagged with a spec. `render()` recognises the tag and
 * asks the spec to build the LINE object from the props and the already-rendered children, so
 * each spec's `build` is a pure function that can be tested without JSX.
 */

export const BUILTIN: unique symbol = Symbol.for("flexkit.builtin");

/** Where a child is being rendered, for placement rules and error sentences. */
export interface Parent {
  /** The component's JSX name: `Box`, `Text`, `Body`… */
  name: string;
  /** How a sentence names it: `a vertical <Box>`, `<Body>`. */
  describe: string;
  /** Box layout, for the baseline rules. */
  layout?: string;
}

/** One rendered child: the built-in that produced it and its LINE object. */
export interface Rendered {
  name: string;
  json: unknown;
  path: string;
}

export interface RenderApi {
  /** The LINE-notation path of the element being built (`contents.body.contents[1]`). */
  readonly path: string;
  /**
   * Renders children in document order, flattening arrays and fragments, dropping null/false.
   * `childPath` names each child's path from its index and the child itself.
   */
  children(
    children: FlexNode,
    parent: Parent,
    childPath: (index: number, child: unknown) => string,
  ): Rendered[];
  /**
   * Renders children as a JSON list at `<path>.<key>[i]` (a box's `contents`, a template's
   * `template.columns`): the common case of `children`, without a per-child callback.
   */
  list(children: FlexNode, parent: Parent, key: string): unknown[];
  /**
   * The text of children that are text: strings and numbers, in arrays and fragments, with null,
   * undefined and booleans as nothing; undefined when there is none. Anything else is a render
   * error naming it at its JSX (`String()` would make an element "[object Object]"); `name` is
   * the component's, for that error.
   */
  text(children: unknown, name: string): string | undefined;
  /** An error naming the element and where it sits: `throw api.error("…")`. */
  error(sentence: string): FlexRenderError;
}

/** `Out`: the LINE JSON its render() returns, which `render()` gives for its element. */
export interface BuiltinSpec<P, Out = unknown> {
  name: string;
  /**
   * Returns a sentence when this element may not sit in `parent` (undefined at the root, where
   * any built-in may be rendered on its own, e.g. to test a component).
   */
  placement?(parent: Parent | undefined, props: P): string | undefined;
  render(props: P, api: RenderApi): Out;
}

export type Builtin<P, Out = unknown> = ((props: P) => FlexElement<P, Out>) & {
  readonly [BUILTIN]: BuiltinSpec<P, Out>;
};

export function defineBuiltin<P, Out = unknown>(spec: BuiltinSpec<P, Out>): Builtin<P, Out> {
  // Calling a built-in directly (not through JSX) still gives an inert element. The function gets
  // its name from the computed key, not from defineProperty: redefining `name` would put every
  // built-in in dictionary mode and make render()'s `type[BUILTIN]` look-up a slow hash probe.
  const component = {
    [spec.name]: (props: P): FlexElement<P, Out> =>
      createElement<P, Out>(component as Builtin<P, Out>, props, undefined),
  }[spec.name]!;
  return Object.assign(component, { [BUILTIN]: spec }) as Builtin<P, Out>;
}

export function builtinOf(type: unknown): BuiltinSpec<unknown> | undefined {
  if (typeof type !== "function") return undefined;
  return (type as Partial<Builtin<unknown>>)[BUILTIN] as BuiltinSpec<unknown> | undefined;
}

export class FlexRenderError extends Error {
  // `declare`d and set in the constructor: a class field would be emitted as a definition too.
  declare readonly path: string;
  declare readonly source: SourceLocation | undefined;
  constructor(sentence: string, path: string, source: SourceLocation | undefined) {
    const where = formatSource(source);
    super(where === undefined ? sentence : `${sentence} (${where})`);
    this.path = path;
    this.source = source;
    this.name = "FlexRenderError";
  }
}

/**
 * What copyProps throws at an `action` prop that is a richMenuSwitch: LINE takes that action in
 * rich menu areas only (RULES.md ACT-RMS). Every message component's `action` comes through
 * copyProps, and an <Area> builds its own; render() throws it again at the element's place, and a
 * builder called on its own (`buildButton`) throws it as it is.
 */
export const MISPLACED_SWITCH = new FlexRenderError(
  "richMenuSwitch must be inside an <Area>",
  "",
  undefined,
);

/**
 * Where the builders' LINE objects come from. An object made by `new` from this constructor is a
 * plain object in every way (its prototype is Object.prototype, its constructor Object), but V8
 * sizes such objects by the properties they end up with (slack tracking) and keeps them inside the
 * object; a `{ type }` literal has room for one, so every later property went to a separate
 * property array that grew as copyProps filled it.
 */
function LineObject(this: Record<string, unknown>, type: string) {
  this.type = type;
}
LineObject.prototype = Object.prototype;

/** A LINE object: `type` first, then the props the author wrote (as copyProps copies them). */
export function lineObject<T>(type: string, props: object, omit?: ReadonlyArray<string>): T {
  const out = new (LineObject as unknown as new (type: string) => object)(type);
  return copyProps(out, props, omit) as T;
}

/**
 * A LINE object whose `text` is its children's text when it has any, else its `text` prop (a span,
 * a text message, a text v2 message).
 */
export function textObject<T>(
  type: string,
  props: { text?: string | undefined },
  text: string | undefined,
): T {
  const out = lineObject<{ text?: string }>(type, props, ["text"]);
  const value = text ?? props.text;
  if (value !== undefined) out.text = value;
  return out as T;
}

/**
 * Copies the props the author wrote, leaving out `children` and any prop set to `undefined`.
 * Props (and action options) are plain objects, so copyProps's `for…in` sees just their own keys.
 */
export function ownProps<P extends object>(
  props: P,
  omit?: ReadonlyArray<string>,
): Record<string, unknown> {
  return copyProps({}, props, omit);
}

/**
 * Copies the props the author wrote onto `out` (after the keys it already has), leaving out
 * `children`, props set to `undefined` and the `omit` keys. `for…in` over the props object is the
 * hot loop of render(): it runs once per element, so it avoids `Object.entries` allocations, and
 * `omit` is searched by a loop the compiler inlines rather than a call to `includes()`. It is
 * also where an `action` is looked at (MISPLACED_SWITCH): a compare per key here costs less than
 * reading `action` off every element's JSON afterwards, whose shapes all differ.
 */
export function copyProps<T extends object>(
  out: T,
  props: object,
  omit?: ReadonlyArray<string>,
): T {
  const source = props as Record<string, unknown>;
  const target = out as Record<string, unknown>;
  next: for (const key in source) {
    const value = source[key];
    if (value === undefined || key === "children") continue;
    if (key === "action" && (value as { type?: unknown } | null)?.type === "richmenuswitch")
      throw MISPLACED_SWITCH;
    if (omit !== undefined) for (const name of omit) if (name === key) continue next;
    target[key] = value;
  }
  return out;
}
