/**
 * A JSX element is inert data: `{ type, props, key, source }`. Nothing runs until `render()`
 * walks the tree, calling each function component once.
 */

export interface SourceLocation {
  fileName: string;
  lineNumber: number;
  columnNumber: number;
}

export type FlexNode =
  | FlexElement
  | string
  | number
  | bigint
  | boolean
  | null
  | undefined
  | FlexNode[];

/** The key of an element's output type: a type, never a value (nothing is emitted for it). */
declare const OUTPUT: unique symbol;

/**
 * An element. `Out` is the LINE JSON that `render()` gives for it, when the type system knows:
 * calling a built-in sets it (`FlexMessage({ … })` is a `FlexElement<FlexMessageProps,
 * FlexMessage>`), but TypeScript gives every JSX expression the one type `JSX.Element`, whatever
 * its tag (microsoft/TypeScript#21699), so `<FlexMessage>` is a `FlexElement` whose output is
 * `unknown`.
 */
export interface FlexElement<P = unknown, Out = unknown> {
  readonly type: ElementType;
  readonly props: P;
  readonly key: string | null;
  readonly source: SourceLocation | undefined;
  /** Never set: it carries `Out` for `render()`'s result type. */
  readonly [OUTPUT]?: Out;
}

/** The LINE JSON `render()` gives for an element of type `E` (`unknown` for JSX). */
export type OutputOf<E> = E extends FlexElement<unknown, infer Out> ? Out : unknown;

// biome-ignore lint/suspicious/noExplicitAny: a component's props are contravariant; `any` lets every component, whatever its props, be an element type.
export type ElementType<P = any> = ((props: P) => FlexNode) | typeof Fragment;

export const Fragment: unique symbol = Symbol.for("flexkit.fragment");

/**
 * Elements are made by `new` from a constructor whose prototype is Object.prototype (plain objects
 * in every way), not by an object literal, because of V8's allocation-site pretenuring: a literal
 * is one allocation site for every element of every message, and when V8 first judges that site
 * while a message's element tree is still being built, nearly all of its objects are alive, so it
 * decides to allocate every later element straight in the old generation. Each element then points
 * at young props, and every minor GC scans those pointers: render() ran 4-12x slower for the rest
 * of the process, in about one bench run out of three. Objects made by `new` have no allocation
 * site, so they are never pretenured. The mechanism ("allocation mementos"):
 * https://research.google/pubs/memento-mori-dynamic-allocation-site-based-optimizations/
 */
function Element(
  this: Record<string, unknown>,
  type: unknown,
  props: unknown,
  key: string | null,
  source: SourceLocation | undefined,
) {
  this.type = type;
  this.props = props;
  this.key = key;
  this.source = source;
}
Element.prototype = Object.prototype;

export function createElement<P, Out = unknown>(
  type: ElementType<P>,
  props: P,
  key?: string | number | bigint,
  source?: SourceLocation,
): FlexElement<P, Out> {
  return new (Element as unknown as new (...args: unknown[]) => FlexElement<P, Out>)(
    type,
    props,
    key === undefined ? null : String(key),
    source,
  );
}

export function isElement(value: unknown): value is FlexElement {
  return (
    typeof value === "object" &&
    value !== null &&
    "type" in value &&
    "props" in value &&
    "key" in value &&
    !Array.isArray(value)
  );
}

/**
 * The nodes of `node` in document order, into `out`: arrays and fragments flattened, null,
 * undefined and booleans dropped (they render nothing, as in React).
 */
export function flatten(node: FlexNode, out: unknown[]): unknown[] {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) flatten(node[index], out);
  } else if (isElement(node) && node.type === Fragment) {
    flatten((node.props as { children?: FlexNode }).children, out);
  } else if (node !== null && node !== undefined && typeof node !== "boolean") {
    out.push(node);
  }
  return out;
}

export function formatSource(source: SourceLocation | undefined): string | undefined {
  if (source === undefined) return undefined;
  return `${source.fileName}:${source.lineNumber}:${source.columnNumber}`;
}
