/** @jsxImportSource @flexkit/flex-jsx */
import { clipboard, datetimePicker, message } from "@flexkit/flex-jsx";
import { Area, Column, RichMenu } from "@flexkit/flex-jsx/rich-menu";

/**
 * A salon's booking menu: a date-and-time picker (its postback carries the chosen value in
 * `params.datetime`) and a clipboard area that copies a coupon code (LINE 14.0.0+, ACT-CLIP).
 */
export default (
  <RichMenu size="compact" selected name="Salon booking" chatBarText="Book">
    <Column weight={2}>
      <Area
        action={datetimePicker("action=book", "datetime", "Book a visit", {
          initial: "2026-12-20T10:00",
          min: "2026-12-01T09:00",
          max: "2027-03-31T18:00",
        })}
      />
    </Column>
    <Column>
      <Area action={clipboard("SALON10", "Copy coupon")} />
      <Area action={message("Opening hours?", "Hours")} />
    </Column>
  </RichMenu>
);
