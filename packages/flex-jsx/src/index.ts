export {
  BUILTIN,
  type Builtin,
  type BuiltinSpec,
  defineBuiltin,
  FlexRenderError,
  type Parent,
  type RenderApi,
  type Rendered,
} from "./component.js";
export { Box, type BoxProps, buildBox } from "./components/box/index.js";
export { Bubble, type BubbleProps, buildBubble } from "./components/bubble/index.js";
export {
  buildFlexMessage,
  FlexMessage,
  type FlexMessageProps,
} from "./components/flex-message/index.js";
export { Body, Footer, Header, Hero, type SlotProps } from "./components/slots/index.js";
export { buildSpan, Span, type SpanProps } from "./components/span/index.js";
export { buildText, Text, type TextProps } from "./components/text/index.js";
export {
  type ElementType,
  type FlexElement,
  type FlexNode,
  Fragment,
  formatSource,
  isElement,
  type SourceLocation,
} from "./element.js";
export { type RenderResult, render, sourceFor } from "./render.js";
