/** @jsxImportSource @flexkit/flex-jsx */
import { Imagemap, MessageArea, UriArea } from "@flexkit/flex-jsx";

/**
 * A seasonal campaign imagemap: a 1040 × 1040 base split into a banner and two tiles. LINE fetches
 * `baseUrl/{240,300,460,700,1040}` for the device width, so baseUrl has no file extension.
 * https://developers.line.biz/en/reference/messaging-api/#imagemap-message
 */
export default (
  <Imagemap
    baseUrl="https://example.com/flexkit/gallery/imagemap-autumn"
    altText="Autumn fair: coupons and the store map"
    baseSize={{ width: 1040, height: 1040 }}
  >
    <UriArea
      linkUri="https://example.com/flexkit/autumn-fair"
      label="Autumn fair"
      area={{ x: 0, y: 0, width: 1040, height: 520 }}
    />
    <MessageArea
      text="Send me a coupon"
      label="Coupon"
      area={{ x: 0, y: 520, width: 520, height: 520 }}
    />
    <UriArea
      linkUri="https://example.com/flexkit/store-map"
      label="Store map"
      area={{ x: 520, y: 520, width: 520, height: 520 }}
    />
  </Imagemap>
);
