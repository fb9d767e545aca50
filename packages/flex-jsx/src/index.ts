export {
  camera,
  cameraRoll,
  clipboard,
  type DatetimePickerOptions,
  datetimePicker,
  location,
  message,
  type PostbackOptions,
  postback,
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
export {
  AudioMessage,
  type AudioMessageProps,
  buildAudioMessage,
} from "./components/audio-message/index.js";
export { Box, type BoxProps, buildBox } from "./components/box/index.js";
export { Bubble, type BubbleProps, buildBubble } from "./components/bubble/index.js";
export { Button, type ButtonProps, buildButton } from "./components/button/index.js";
export {
  ButtonsTemplate,
  type ButtonsTemplateProps,
  buildButtonsTemplate,
} from "./components/buttons-template/index.js";
export { buildCarousel, Carousel, type CarouselProps } from "./components/carousel/index.js";
export {
  buildCarouselColumn,
  CarouselColumn,
  type CarouselColumnProps,
} from "./components/carousel-column/index.js";
export {
  buildCarouselTemplate,
  CarouselTemplate,
  type CarouselTemplateProps,
} from "./components/carousel-template/index.js";
export {
  buildConfirmTemplate,
  ConfirmTemplate,
  type ConfirmTemplateProps,
} from "./components/confirm-template/index.js";
export {
  buildCouponMessage,
  CouponMessage,
  type CouponMessageProps,
} from "./components/coupon-message/index.js";
export { buildFiller, Filler, type FillerProps } from "./components/filler/index.js";
export {
  buildFlexMessage,
  FlexMessage,
  type FlexMessageProps,
} from "./components/flex-message/index.js";
export { buildIcon, Icon, type IconProps } from "./components/icon/index.js";
export { buildImage, Image, type ImageProps } from "./components/image/index.js";
export {
  buildImageCarouselColumn,
  ImageCarouselColumn,
  type ImageCarouselColumnProps,
} from "./components/image-carousel-column/index.js";
export {
  buildImageCarouselTemplate,
  ImageCarouselTemplate,
  type ImageCarouselTemplateProps,
} from "./components/image-carousel-template/index.js";
export {
  buildImageMessage,
  ImageMessage,
  type ImageMessageProps,
} from "./components/image-message/index.js";
export { buildImagemap, Imagemap, type ImagemapProps } from "./components/imagemap/index.js";
export {
  buildImagemapArea,
  ClipboardArea,
  type ClipboardAreaProps,
  MessageArea,
  type MessageAreaProps,
  UriArea,
  type UriAreaProps,
} from "./components/imagemap-area/index.js";
export {
  buildLocationMessage,
  LocationMessage,
  type LocationMessageProps,
} from "./components/location-message/index.js";
export { buildSeparator, Separator, type SeparatorProps } from "./components/separator/index.js";
export { Body, Footer, Header, Hero, type SlotProps } from "./components/slots/index.js";
export { buildSpan, Span, type SpanProps } from "./components/span/index.js";
export {
  buildStickerMessage,
  StickerMessage,
  type StickerMessageProps,
} from "./components/sticker-message/index.js";
export { buildText, Text, type TextProps } from "./components/text/index.js";
export {
  buildTextMessage,
  TextMessage,
  type TextMessageProps,
} from "./components/text-message/index.js";
export {
  buildTextV2Message,
  TextV2Message,
  type TextV2MessageProps,
} from "./components/text-v2-message/index.js";
export { buildVideo, Video, type VideoProps } from "./components/video/index.js";
export {
  buildVideoMessage,
  VideoMessage,
  type VideoMessageProps,
} from "./components/video-message/index.js";
export {
  type ElementType,
  type FlexElement,
  type FlexNode,
  Fragment,
  formatSource,
  isElement,
  type OutputOf,
  type SourceLocation,
} from "./element.js";
export { type RenderResult, render } from "./render.js";
