import { LIMITS, validateMessage, validateMessages } from "@flexkit/validators";
import { expect, it } from "vitest";
import {
  check,
  describeRule,
  FAMILY,
  https,
  lines,
  messageAction,
  ofRule,
  postback,
  text,
  uriAction,
  withQuickReply,
} from "./rule-helpers.js";

const hi = text("hi");

describeRule("MSG-2", "quickReply: shape, and only the last message's is shown", () => {
  it("passes a quick reply on the last message", () => {
    expect(lines(validateMessages([hi, withQuickReply(hi, messageAction("Yes"))]))).toEqual([]);
  });
  it("warns about a quick reply on an earlier message", () => {
    expect(
      lines(validateMessages([withQuickReply(hi, messageAction("Yes")), hi])),
    ).toMatchInlineSnapshot(`
        [
          "warning messages[0].quickReply: is ignored: only the last message's quickReply is shown (this is message 1 of 2) [MSG-2]",
        ]
      `);
  });
  it("fails a quick reply that is not an object with items", () => {
    expect(check({ ...hi, quickReply: [] })).toMatchInlineSnapshot(`
      [
        "error quickReply: expected object, got an array of 0 [ERR-3]",
      ]
    `);
  });
});

describeRule("MSG-3", "sender.name: at most 20, reserved words warned", () => {
  it("passes a name at the limit", () => {
    const name = "a".repeat(LIMITS.senderNameMax.value);
    expect(check({ ...hi, sender: { name } })).toEqual([]);
  });
  it("fails a name one over the limit", () => {
    const name = "a".repeat(LIMITS.senderNameMax.value + 1);
    expect(check({ ...hi, sender: { name } })).toMatchInlineSnapshot(`
      [
        "error sender.name: expected at most 20 characters (UTF-16 code units), got 21 [MSG-3]",
      ]
    `);
  });
  it("warns about a reserved word", () => {
    expect(check({ ...hi, sender: { name: "LINE Support" } })).toMatchInlineSnapshot(`
      [
        "warning sender.name: may be refused: LINE reserves names such as "LINE", got "LINE Support" [MSG-3]",
      ]
    `);
  });
});

describeRule("MSG-4", "sender.iconUrl: https, at most 2000", () => {
  it("passes an https URL at the limit", () => {
    const iconUrl = https("a".repeat(LIMITS.senderIconUrlMax.value - https("").length));
    expect(check({ ...hi, sender: { iconUrl } })).toEqual([]);
  });
  it("fails http and an overlong URL", () => {
    expect(
      check({ ...hi, sender: { iconUrl: "http://example.com/icon.png" } }),
    ).toMatchInlineSnapshot(`
        [
          "error sender.iconUrl: expected an https:// URL, got "http://example.com/icon.png" [MSG-4]",
        ]
      `);
    const iconUrl = https("a".repeat(LIMITS.senderIconUrlMax.value));
    expect(check({ ...hi, sender: { iconUrl } })).toMatchInlineSnapshot(`
      [
        "error sender.iconUrl: expected at most 2000 characters (UTF-16 code units), got 2020 [MSG-4]",
      ]
    `);
  });
});

describeRule("MSG-TEXT", "text: 1–5000 UTF-16, emojis on a $", () => {
  it("passes 5000 code units and an emoji on a $", () => {
    expect(check(text("a".repeat(LIMITS.textMax.value)))).toEqual([]);
    const emojis = [{ index: 0, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }];
    expect(check({ ...text("$ hi"), emojis })).toEqual([]);
  });
  it("fails 2,501 apples (5,002 code units), and an emoji index not on a $", () => {
    const apples = "🍎".repeat(LIMITS.textMax.value / 2 + 1);
    expect(check(text(apples))).toMatchInlineSnapshot(`
      [
        "error text: expected at most 5000 characters (UTF-16 code units), got 5002 [MSG-TEXT]",
      ]
    `);
    const emojis = [{ index: 1, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }];
    expect(check({ ...text("$ hi"), emojis })).toMatchInlineSnapshot(`
      [
        "error emojis[0].index: expected the UTF-16 offset of a "$" in text, got 1 (" " there) [MSG-TEXT]",
      ]
    `);
  });
  it("warns when LINE emoji make a long text risky", () => {
    const long = `$${"a".repeat(LIMITS.textWithEmojiWarn.value)}`;
    const emojis = [{ index: 0, productId: "p", emojiId: "e" }];
    expect(check({ ...text(long), emojis })).toMatchInlineSnapshot(`
      [
        "warning text: is 4901 UTF-16 code units with LINE emoji; each "$" counts as the emoji's alt text, so it may exceed 5000 [MSG-TEXT]",
      ]
    `);
  });
});

describeRule("MSG-TEXTV2", "textV2: placeholders, substitution keys and counts", () => {
  const mention = { type: "mention", mentionee: { type: "all" } };
  it("passes placeholders that all resolve, with literal braces", () => {
    const message = {
      type: "textV2",
      text: "{{hi}} {everyone}!",
      substitution: { everyone: mention },
    };
    expect(check(message)).toEqual([]);
  });
  it("fails an unknown placeholder, an unclosed brace and a bad key", () => {
    expect(check({ type: "textV2", text: "Hi {who}" })).toMatchInlineSnapshot(`
      [
        "error text: has the placeholder {who} but substitution has no "who" [MSG-TEXTV2]",
      ]
    `);
    expect(check({ type: "textV2", text: "Hi {who" })).toMatchInlineSnapshot(`
      [
        "error text: has a "{" at 3 that is never closed; write "{{" for a brace [MSG-TEXTV2]",
      ]
    `);
    expect(
      check({ type: "textV2", text: "Hi", substitution: { "bad-key": mention } }),
    ).toMatchInlineSnapshot(`
        [
          "error substitution.bad-key: expected a key of 1 to 20 of A-Z, a-z, 0-9 and _, got "bad-key" [MSG-TEXTV2]",
        ]
      `);
  });
  it("fails more mentions than allowed", () => {
    const many = Array.from({ length: LIMITS.mentionsMax.value + 1 }, () => "{all}").join(" ");
    expect(
      ofRule(
        validateMessage({ type: "textV2", text: many, substitution: { all: mention } }),
        "MSG-TEXTV2",
      ),
    ).toMatchInlineSnapshot(`
        [
          "error text: expected at most 20 mentions, got 21 [MSG-TEXTV2]",
        ]
      `);
  });
});

describeRule("MSG-STICKER", "sticker: packageId and stickerId", () => {
  it("passes both IDs", () => {
    expect(check({ type: "sticker", packageId: "446", stickerId: "1988" })).toEqual([]);
  });
  it("fails a missing stickerId", () => {
    expect(check({ type: "sticker", packageId: "446" })).toMatchInlineSnapshot(`
      [
        "error stickerId: missing; expected string [MSG-STICKER]",
      ]
    `);
  });
});

describeRule("MSG-IMAGE", "image: two https URLs", () => {
  it("passes", () => {
    const message = {
      type: "image",
      originalContentUrl: https("a.jpg"),
      previewImageUrl: https("b.jpg"),
    };
    expect(check(message)).toEqual([]);
  });
  it("fails an http preview", () => {
    const message = {
      type: "image",
      originalContentUrl: https("a.jpg"),
      previewImageUrl: "http://x/b.jpg",
    };
    expect(check(message)).toMatchInlineSnapshot(`
      [
        "error previewImageUrl: expected an https:// URL, got "http://x/b.jpg" [MSG-IMAGE]",
      ]
    `);
  });
});

describeRule("MSG-VIDEO", "video: https URLs and trackingId", () => {
  const video = {
    type: "video",
    originalContentUrl: https("v.mp4"),
    previewImageUrl: https("p.jpg"),
  };
  it("passes a trackingId with the allowed punctuation", () => {
    expect(check({ ...video, trackingId: "campaign-1.a=b,(c)" })).toEqual([]);
  });
  it("fails a trackingId with a space or over the limit", () => {
    expect(check({ ...video, trackingId: "a b" })).toMatchInlineSnapshot(`
      [
        "error trackingId: expected a tracking ID of letters, digits and -.=,+*()%$&;:@{}!?<>[], got "a b" [MSG-VIDEO]",
      ]
    `);
    expect(
      check({ ...video, trackingId: "a".repeat(LIMITS.trackingIdMax.value + 1) }),
    ).toMatchInlineSnapshot(`
        [
          "error trackingId: expected at most 100 characters (UTF-16 code units), got 101 [MSG-VIDEO]",
        ]
      `);
  });
});

describeRule("MSG-AUDIO", "audio: https URL and a duration in ms", () => {
  it("passes", () => {
    expect(check({ type: "audio", originalContentUrl: https("a.m4a"), duration: 60_000 })).toEqual(
      [],
    );
  });
  it("fails a duration that is not an integer", () => {
    expect(
      check({ type: "audio", originalContentUrl: https("a.m4a"), duration: "60s" }),
    ).toMatchInlineSnapshot(`
        [
          "error duration: expected a duration in milliseconds (an integer > 0), got "60s" [MSG-AUDIO]",
        ]
      `);
  });
});

describeRule("MSG-LOCATION", "location: title and address ≤ 100, coordinates", () => {
  const place = {
    type: "location",
    title: "Office",
    address: "Tokyo",
    latitude: 35.68,
    longitude: 139.76,
  };
  it("passes", () => {
    expect(check(place)).toEqual([]);
  });
  it("fails a title over the limit", () => {
    expect(
      check({ ...place, title: "a".repeat(LIMITS.locationTextMax.value + 1) }),
    ).toMatchInlineSnapshot(`
        [
          "error title: expected at most 100 characters (UTF-16 code units), got 101 [MSG-LOCATION]",
        ]
      `);
  });
  it("warns about a latitude off the globe", () => {
    expect(check({ ...place, latitude: LIMITS.latitudeMax.value + 1 })).toMatchInlineSnapshot(`
      [
        "warning latitude: expected a latitude between -90 and 90, got 91 [MSG-LOCATION]",
      ]
    `);
  });
});

describeRule("MSG-COUPON", "coupon: couponId and deliveryTag", () => {
  it("passes", () => {
    expect(
      check({ type: "coupon", couponId: "01JYNW8JMQVFBNRG7VGNY8EGYS", deliveryTag: "spring_2026" }),
    ).toEqual([]);
  });
  it("fails a deliveryTag with a hyphen", () => {
    expect(
      check({ type: "coupon", couponId: "c", deliveryTag: "spring-2026" }),
    ).toMatchInlineSnapshot(`
      [
        "error deliveryTag: expected 1 to 30 of A-Z, a-z, 0-9 and _, got "spring-2026" [MSG-COUPON]",
      ]
    `);
  });
});

describeRule("QR-1", "quickReply.items: 1–13", () => {
  const items = (count: number) =>
    withQuickReply(hi, ...Array.from({ length: count }, (_, i) => messageAction(`Option ${i}`)));
  it("passes 13 items", () => {
    expect(check(items(LIMITS.quickReplyItemsMax.value))).toEqual([]);
  });
  it("fails 0 and 14 items", () => {
    expect(check(items(0))).toMatchInlineSnapshot(`
      [
        "error quickReply.items: expected at least 1 item, got 0 (empty) [QR-1]",
      ]
    `);
    expect(check(items(LIMITS.quickReplyItemsMax.value + 1))).toMatchInlineSnapshot(`
      [
        "error quickReply.items: expected at most 13 items, got 14 [QR-1]",
      ]
    `);
  });
});

describeRule("QR-2", 'each button is {type:"action", action, imageUrl?}', () => {
  it("passes", () => {
    expect(check(withQuickReply(hi, messageAction("Yes")))).toEqual([]);
  });
  it("fails a wrong type and a missing action", () => {
    expect(check({ ...hi, quickReply: { items: [{ type: "button" }] } })).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action: missing; expected an action type ("postback", "message", "uri", "datetimepicker", "clipboard", "camera", "cameraRoll", "location") [ACT-TYPE]",
        "error quickReply.items[0].type: expected "action", got "button" [QR-2]",
      ]
    `);
  });
});

describeRule("QR-3", "quick reply actions: everything but richmenuswitch", () => {
  it("passes camera, cameraRoll and location", () => {
    const actions = ["camera", "cameraRoll", "location"].map((type) => ({ type, label: type }));
    expect(check(withQuickReply(hi, ...actions))).toEqual([]);
  });
  it("fails a richmenuswitch", () => {
    const action = { type: "richmenuswitch", richMenuAliasId: "menu-b", data: "switch" };
    expect(check(withQuickReply(hi, action))).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action.type: a richmenuswitch action can't be used in a quick reply button; it works only in rich menus [QR-3]",
      ]
    `);
  });
});

describeRule("QR-4", "quick reply labels: required, ≤ 20 grapheme clusters", () => {
  it("passes 20 family emoji (220 UTF-16 code units)", () => {
    const label = FAMILY.repeat(LIMITS.labelQuickReplyMax.value);
    expect(check(withQuickReply(hi, messageAction(label)))).toEqual([]);
  });
  it("fails a missing label and 21 grapheme clusters", () => {
    expect(check(withQuickReply(hi, messageAction(undefined)))).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action.label: missing; an action in a quick reply button needs a label of at most 20 characters (grapheme clusters) [QR-4]",
      ]
    `);
    const label = FAMILY.repeat(LIMITS.labelQuickReplyMax.value + 1);
    expect(check(withQuickReply(hi, messageAction(label)))).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action.label: expected at most 20 characters (grapheme clusters) in a quick reply button, got 21 [QR-4]",
      ]
    `);
  });
});

describeRule("QR-5", "quick reply imageUrl: https, ≤ 2000", () => {
  const item = (imageUrl: string) => ({
    ...hi,
    quickReply: { items: [{ type: "action", imageUrl, action: messageAction("Yes") }] },
  });
  it("passes an https icon", () => {
    expect(check(item(https("icon.png")))).toEqual([]);
  });
  it("fails an http icon", () => {
    expect(check(item("http://example.com/icon.png"))).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].imageUrl: expected an https:// URL, got "http://example.com/icon.png" [QR-5]",
      ]
    `);
  });
});

describeRule("QR-6", "postback text and altUri do nothing in a quick reply", () => {
  it("passes displayText", () => {
    expect(check(withQuickReply(hi, postback({ displayText: "Buying" })))).toEqual([]);
  });
  it("warns about postback text and altUri", () => {
    const altUri = { desktop: https("desktop") };
    expect(
      check(withQuickReply(hi, postback({ text: "Buying" }), uriAction("Open", { altUri }))),
    ).toMatchInlineSnapshot(`
        [
          "warning quickReply.items[0].action.text: is deprecated and shouldn't be used in quick replies; use "displayText" [QR-6]",
          "warning quickReply.items[1].action.altUri: has no effect in a quick reply button; altUri.desktop works only in Flex messages [QR-6]",
        ]
      `);
  });
});

describeRule("QR-7", "only the last message's quick reply is shown", () => {
  it("passes a single message with a quick reply", () => {
    expect(lines(validateMessages([withQuickReply(hi, messageAction("Yes"))]))).toEqual([]);
  });
  it("warns (as MSG-2) about a quick reply that will not show", () => {
    const result = validateMessages([withQuickReply(hi, messageAction("Yes")), hi, hi]);
    expect(result.ok).toBe(true);
    expect(ofRule(result, "MSG-2")).toHaveLength(1);
  });
});
