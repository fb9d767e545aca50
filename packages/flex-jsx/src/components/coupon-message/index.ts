import type { CouponMessage as CouponMessageJson } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { messagePlacement } from "../../message.js";

export type CouponMessageProps = Omit<CouponMessageJson, "type"> & { children?: never };

export function buildCouponMessage(props: Omit<CouponMessageProps, "children">): CouponMessageJson {
  return lineObject<CouponMessageJson>("coupon", props);
}

export const CouponMessage = defineBuiltin<CouponMessageProps, CouponMessageJson>({
  name: "CouponMessage",
  placement: messagePlacement("CouponMessage"),
  render: buildCouponMessage,
});
