import type { CSSProperties } from "react";
import { MESSAGE_CARD_RADIUS_PX, TEMPLATE_CARD_WIDTH_CSS } from "../../messages/message-pixels.js";

/** The white card that templates, location and coupon messages are drawn on (RENDERING.md §3). */
export const WHITE_CARD: CSSProperties = {
  width: TEMPLATE_CARD_WIDTH_CSS,
  background: "#ffffff",
  borderRadius: MESSAGE_CARD_RADIUS_PX,
  overflow: "hidden",
  color: "#111111",
};
