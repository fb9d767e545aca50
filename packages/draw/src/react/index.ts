// @flexkit/draw/react: the React views of every message type, and the tap contract the app that
// shows them supplies (ActionContext). The drawing itself is @flexkit/draw's.
export { Bubble } from "./bubble.js";
export { Carousel } from "./carousel.js";
export { RenderBoundary, RenderErrorCard } from "./error-card.js";
export { FlexContainerView, MessageView } from "./message.js";
export { NonFlexMessageView } from "./messages/index.js";
export { CHAT_BAR_HEIGHT_PX, RichMenuPicture, RichMenuView } from "./rich-menu.js";
export { ActionContext, useActionClick, useOnAction } from "./taps.js";
