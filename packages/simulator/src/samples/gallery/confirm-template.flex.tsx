/** @jsxImportSource @flexkit/flex-jsx */
import { ConfirmTemplate, postback } from "@flexkit/flex-jsx";

/** A confirm template: a question and exactly two answers (TPL-CONF). */
export default (
  <ConfirmTemplate
    altText="Keep your 19:30 table for two?"
    text="Keep your 19:30 table for two at Trattoria Sole?"
    actions={[
      postback("booking=keep&id=731", "Keep it", { displayText: "Keep it" }),
      postback("booking=cancel&id=731", "Cancel", { displayText: "Cancel it" }),
    ]}
  />
);
