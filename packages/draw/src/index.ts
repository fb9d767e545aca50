// @flexkit/draw: LINE message JSON → DOM, framework-free. The React views are in ./react.
export {
  CARD_STYLE as ERROR_CARD_STYLE,
  HEADLINE as ERROR_CARD_HEADLINE,
  renderErrorMarkup,
} from "./error-card.js";
export { bubbleMarkup } from "./flex/bubble.js";
export { carouselBubblesMarkup, carouselMarkup } from "./flex/carousel.js";
export { type Drawn, drawFlex, drawn } from "./flex/draw.js";
export {
  backgroundImage,
  cssListItem,
  cssUrl,
  cssValue,
  Drawing,
  escapeHtml,
} from "./flex/markup.js";
export { FLEX_CLASS, FLEX_CSS } from "./flex/styles.js";
export { SHOW_ALT_CONTENT, SHOW_VIDEO } from "./flex/video.js";
export { formatDuration } from "./messages/audio.js";
export { imagemapImageUrl, imagemapImageWidth, scaleArea } from "./messages/imagemap-size.js";
export {
  HAIRLINE,
  IMAGEMAP_BASE_WIDTH,
  IMAGEMAP_IMAGE_WIDTHS,
  IMAGEMAP_WIDTH_CSS,
  IMAGEMAP_WIDTH_PX,
  MEDIA_RADIUS_PX,
  MESSAGE_MAX_WIDTH_CSS,
  STICKER_PX,
  TEMPLATE_ACTION_ROW_PX,
  TEMPLATE_CARD_WIDTH_CSS,
  TEMPLATE_CARD_WIDTH_PX,
  TEMPLATE_IMAGE_RATIO,
  TEMPLATE_LINK_COLOR,
  TEXT_BUBBLE,
  USER_BUBBLE_BACKGROUND,
} from "./messages/message-pixels.js";
export { actionLabel, isRecord, num, type Obj, records, str, url } from "./messages/read.js";
export { type Segment, textSegments, textV2Segments } from "./messages/text-segments.js";
export { isCarouselMessage, messagesOf, type Payload } from "./payload.js";
export {
  type BlockPadding,
  BORDER_WIDTH_PX,
  BUBBLE_MAX_WIDTH_PX,
  BUBBLE_VIEWPORT_SHARE,
  BUTTON_COLORS,
  BUTTON_FONT_PX,
  BUTTON_HEIGHT_PX,
  BUTTON_RADIUS_PX,
  BUTTON_SIDE_PADDING_PX,
  type BubbleSize,
  blockPaddingPx,
  bubbleRadiusPx,
  CAROUSEL_GUTTER_PX,
  CHAT_FONT_STACK,
  CHAT_WALLPAPER,
  FONT_SIZE_PX,
  IMAGE_SIZE_PX,
  SEPARATOR_COLOR,
  SPACE_PX,
  TEXT_DEFAULT_COLOR,
  TEXT_LINE_HEIGHT,
} from "./pixels.js";
export {
  areaCaption,
  chatBarText,
  drawRichMenu,
  isRichMenu,
  isRichMenuSet,
  type PlacedArea,
  placeAreas,
  type RichMenuToShow,
  richMenuMarkup,
  richMenuSize,
  richMenusOf,
} from "./rich-menu.js";
export type { ActionOrigin, OnAction } from "./taps.js";
export {
  CAROUSEL_INSET_VAR,
  CHAT_WIDTH_VAR,
  chatWidthCss,
  FONT_SCALE_VAR,
} from "./units.js";
