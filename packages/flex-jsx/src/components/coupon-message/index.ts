import type { CouponMessage as CouponMessageJson } from "@flexkit/validators";
import { type Builtin, lineObject } from "../../component.js";
import { defineMessage } from "../../message.js";

export type CouponMessageProps = Omit<CouponMessageJson, "type"> & { children?: never };

export function buildCouponMessage(props: Omit<CouponMessageProps, "children">): CouponMessageJson {
  return lineObject<CouponMessageJson>("coupon", props);
}

export const CouponMessage: Builtin<CouponMessageProps, CouponMessageJson> = defineMessage(
  "CouponMessage",
  buildCouponMessage,
);
