import { type Obj, str } from "../../messages/read.js";
import { WHITE_CARD } from "./white-card.js";

/**
 * A coupon card. The coupon's content lives on LINE's servers (created in LINE Official Account
 * Manager), so only its ID can be shown. https://developers.line.biz/en/reference/messaging-api/#coupon-message
 */
export function CouponMessageView({ message }: { message: Obj }) {
  return (
    <div data-message="coupon" style={WHITE_CARD}>
      <div
        style={{
          background: "linear-gradient(135deg, #ff7a45, #ff4d6d)",
          color: "#ffffff",
          padding: "18px 14px",
          fontWeight: 700,
          fontSize: 18,
        }}
      >
        🎟 Coupon
      </div>
      <div style={{ padding: "10px 14px", fontSize: 13, borderTop: "2px dashed #e5e5e5" }}>
        <div>
          Coupon ID <code data-coupon-id="">{str(message.couponId) ?? ""}</code>
        </div>
        {str(message.deliveryTag) !== undefined ? (
          <div style={{ color: "#666666" }}>tag {str(message.deliveryTag)}</div>
        ) : null}
      </div>
    </div>
  );
}
