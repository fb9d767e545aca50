import {
  createElement,
  type ElementType,
  type FlexElement,
  type FlexNode,
  Fragment,
} from "./element.js";

export { Fragment };

/**
 * The automatic runtime's entry points (`"jsx": "react-jsx"`, Babel `runtime: "automatic"`):
 * `jsx(type, props, key)` is createElement itself, with no source location.
 */
export const jsx: <P>(type: ElementType<P>, props: P, key?: string | number) => FlexElement<P> =
  createElement;

export const jsxs = jsx;

export namespace JSX {
  export type Element = FlexElement;
  /** Only plain function components; `<div>` and class components are type errors. */
  // biome-ignore lint/suspicious/noExplicitAny: see ElementType: props are contravariant.
  export type ElementType = ((props: any) => FlexNode) | typeof Fragment;
  // biome-ignore lint/complexity/noBannedTypes: no intrinsic elements at all: LINE has no `<div>`.
  export type IntrinsicElements = {};
  export interface ElementChildrenAttribute {
    // biome-ignore lint/complexity/noBannedTypes: TypeScript reads only the property's name here.
    children: {};
  }
  export interface IntrinsicAttributes {
    /**
     * The list key, as in React (`items.map((item) => <Text key={item.id}>…`): render() never
     * writes it to the JSON, because LINE has no property named `key`.
     */
    key?: string | number;
  }
}
