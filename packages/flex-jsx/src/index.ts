export {
  type CameraAction,
  type CameraRollAction,
  camera,
  cameraRoll,
  clipboard,
  type DatetimePickerOptions,
  datetimePicker,
  type LocationAction,
  location,
  message,
  type PostbackOptions,
  postback,
  type RichMenuSwitchAction,
  richMenuSwitch,
  type UriOptions,
  uri,
} from "./actions.js";
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
export { Button, type ButtonProps, buildButton } from "./components/button/index.js";
export { buildCarousel, Carousel, type CarouselProps } from "./components/carousel/index.js";
export { buildFiller, Filler, type FillerProps } from "./components/filler/index.js";
export {
  buildFlexMessage,
  FlexMessage,
  type FlexMessageProps,
} from "./components/flex-message/index.js";
export { buildIcon, Icon, type IconProps } from "./components/icon/index.js";
export { buildImage, Image, type ImageProps } from "./components/image/index.js";
export { buildSeparator, Separator, type SeparatorProps } from "./components/separator/index.js";
export { Body, Footer, Header, Hero, type SlotProps } from "./components/slots/index.js";
export { buildSpan, Span, type SpanProps } from "./components/span/index.js";
export { buildText, Text, type TextProps } from "./components/text/index.js";
export { buildVideo, Video, type VideoProps } from "./components/video/index.js";
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
