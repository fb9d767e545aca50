/** @jsxImportSource @flexkit/flex-jsx */
import { message, postback, richMenuSwitch } from "@flexkit/flex-jsx";
import { Area, Column, RichMenu, Row } from "@flexkit/flex-jsx/rich-menu";

/**
 * A two-tab rich menu set (docs: "Switch between tabs on rich menus"): each menu has a tab bar on
 * top whose areas switch to the alias of the other tab with a richmenuswitch action (RM-8), which
 * only rich menus may use. Deployed together, every alias a switch names is in the set (RM-9).
 */
const tabBar = (
  <Row weight={1}>
    <Area action={richMenuSwitch("tab-shop", "tab=shop", "Shop tab")} />
    <Area action={richMenuSwitch("tab-account", "tab=account", "Account tab")} />
  </Row>
);

export const richMenus = {
  "tab-shop": (
    <RichMenu size="large" selected name="Tabs: shop" chatBarText="Shop">
      {tabBar}
      <Row weight={4}>
        <Area weight={2} action={message("Show new arrivals", "New arrivals")} />
        <Column>
          <Area action={postback("action=sale", "Sale", { displayText: "Show the sale" })} />
          <Area action={postback("action=cart", "Cart", { displayText: "Open my cart" })} />
        </Column>
      </Row>
    </RichMenu>
  ),
  "tab-account": (
    <RichMenu size="large" selected name="Tabs: account" chatBarText="Account">
      {tabBar}
      <Row weight={4}>
        <Area action={postback("action=orders", "My orders", { displayText: "My orders" })} />
        <Area action={postback("action=points", "Points", { displayText: "My points" })} />
      </Row>
    </RichMenu>
  ),
};
