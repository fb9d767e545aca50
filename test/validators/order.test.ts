import { validateMessages } from "@flexkit/validators";
import { expect, it } from "vitest";
import { lines } from "./rule-helpers.js";

it("lists errors, then warnings, each in the input's document order (missing properties after their parent)", () => {
  const messages = [
    {
      type: "text",
      text: "hi",
      quickReply: {
        items: [{ type: "action", action: { type: "message", label: "x", text: "y" } }],
      },
    },
    { type: "sticker", packageId: "" },
    { type: "image", previewImageUrl: "http://x", originalContentUrl: "ftp://y" },
  ];
  expect(lines(validateMessages(messages))).toMatchInlineSnapshot(`
    [
      "error messages[1].stickerId: missing; expected string [MSG-STICKER]",
      "error messages[1].packageId: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-STICKER]",
      "error messages[2].previewImageUrl: expected an https:// URL, got "http://x" [MSG-IMAGE]",
      "error messages[2].originalContentUrl: expected an https:// URL, got "ftp://y" [MSG-IMAGE]",
      "warning messages[0].quickReply: is ignored: only the last message's quickReply is shown (this is message 1 of 3) [MSG-2]",
    ]
  `);
});
