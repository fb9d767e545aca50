import type { CouponMessage as CouponMessageJson } from "@flexkit/validators";
import { copyProps, defineBuiltin } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type CouponMessageProps = Omit<CouponMessageJson, "type"> & { children?: never };

export function buildCouponMessage(props: Omit<CouponMessageProps, "children">): CouponMessageJson {
  return copyProps({ type: "coupon" }, props) as CouponMessageJson;
}

export const CouponMessage = defineBuiltin<CouponMessageProps>({
  name: "CouponMessage",
  placement: messagePlacement("CouponMessage"),
  render: buildCouponMessage,
});
