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

export interface FlexElement<P = unknown> {
  readonly type: ElementType;
  readonly props: P;
  readonly key: string | null;
  readonly source: SourceLocation | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: a component's props are contravariant; `any` lets every component, whatever its props, be an element type.
export type ElementType<P = any> = ((props: P) => FlexNode) | typeof Fragment;

export const Fragment: unique symbol = Symbol.for("flexkit.fragment");

export function createElement<P>(
  type: ElementType<P>,
  props: P,
  key: string | number | bigint | undefined,
  source?: SourceLocation,
): FlexElement<P> {
  return { type, props, key: key === undefined ? null : String(key), source };
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

export function formatSource(source: SourceLocation | undefined): string | undefined {
  if (source === undefined) return undefined;
  return `${source.fileName}:${source.lineNumber}:${source.columnNumber}`;
}
