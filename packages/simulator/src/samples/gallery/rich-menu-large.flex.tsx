/** @jsxImportSource @flexkit/flex-jsx */
import { message, postback, uri } from "@flexkit/flex-jsx";
import { Area, RichMenu, Row } from "@flexkit/flex-jsx/rich-menu";

/**
 * A shop's large rich menu (2500 × 1686, RULES.md RM-2): two rows of three areas. The rows split
 * the height and the areas each row's width, so the six areas tile the menu exactly (a third of
 * 2500 is no integer: the middle column takes the odd pixel).
 */
export default (
  <RichMenu size="large" selected name="Shop menu (large)" chatBarText="Shop menu">
    <Row>
      <Area action={message("Show new arrivals", "New arrivals")} />
      <Area action={postback("action=sale", "Sale", { displayText: "Show the sale" })} />
      <Area action={uri("https://example.com/flexkit/shop", "Web shop")} />
    </Row>
    <Row>
      <Area action={postback("action=orders", "My orders", { displayText: "My orders" })} />
      <Area action={postback("action=points", "Points", { displayText: "My points" })} />
      <Area action={message("I have a question", "Help")} />
    </Row>
  </RichMenu>
);
