import {
  createElement,
  type ElementType,
  type FlexElement,
  type SourceLocation,
} from "./element.js";

export { Fragment, type JSX } from "./jsx-runtime.js";

/**
 * The development entry point (`"jsx": "react-jsxdev"`, Babel `development: true`): the compiler
 * passes where each element was written, which `render()` keeps so that issues can point at
 * `file:line:column`.
 */
export function jsxDEV<P>(
  type: ElementType<P>,
  props: P,
  key: string | number | undefined,
  _isStaticChildren?: boolean,
  source?: SourceLocation,
): FlexElement<P> {
  return createElement(type, props, key, source);
}
