/** @jsxImportSource @flexkit/flex-jsx */
import { message, postback, uri } from "@flexkit/flex-jsx";
import { Area, RichMenu } from "@flexkit/flex-jsx/rich-menu";

/**
 * A compact rich menu (2500 × 843) with its three areas' bounds written by hand: each area lies
 * inside the menu (RM-4) and together they cover it, so no tap falls on nothing (RM-6).
 */
export default (
  <RichMenu size="compact" selected={false} name="Cafe menu (compact)" chatBarText="Cafe">
    <Area
      bounds={{ x: 0, y: 0, width: 833, height: 843 }}
      action={message("Today's menu", "Menu")}
    />
    <Area
      bounds={{ x: 833, y: 0, width: 834, height: 843 }}
      action={postback("action=order", "Order", { displayText: "Order ahead" })}
    />
    <Area
      bounds={{ x: 1667, y: 0, width: 833, height: 843 }}
      action={uri("https://example.com/flexkit/cafe/map", "Find us")}
    />
  </RichMenu>
);
