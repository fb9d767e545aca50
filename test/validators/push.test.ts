import { LIMITS, validatePushRequest } from "@flexkit/validators";
import { expect, it } from "vitest";
import { describeRule, https, lines, ofRule, text } from "./rule-helpers.js";

/** Recipient IDs: a prefix and 32 lowercase hex digits (RULES.md PUSH-3). */
const id = (prefix: string) => `${prefix}${"0123456789abcdef".repeat(2)}`;
const USER = id("U");
const GROUP = id("C");
const push = (extra: Record<string, unknown> = {}) => ({
  to: USER,
  messages: [text("hi")],
  ...extra,
});
const check = (body: unknown) => lines(validatePushRequest(body));

describeRule("PUSH-2", "body: to, 1–5 messages, notificationDisabled, nothing else", () => {
  it("passes 5 messages with notificationDisabled", () => {
    const messages = Array.from({ length: LIMITS.messagesPerRequestMax.value }, () => text("hi"));
    expect(check(push({ messages, notificationDisabled: true }))).toEqual([]);
  });
  it("fails no messages, a missing to, a string notificationDisabled and an unknown key", () => {
    expect(check({ to: USER, messages: [] })).toMatchInlineSnapshot(`
      [
        "error messages: expected 1 to 5 messages, got 0 [PUSH-2]",
      ]
    `);
    expect(
      check({ messages: [text("hi")], notificationDisabled: "yes", retry: 1 }),
    ).toMatchInlineSnapshot(`
        [
          "error to: missing; expected a userId, groupId or roomId string [PUSH-2]",
          "error notificationDisabled: expected true or false, got "yes" [PUSH-2]",
          "error retry: unknown property [ERR-3]",
        ]
      `);
    expect(check(push({ messages: undefined }))).toMatchInlineSnapshot(`
      [
        "error messages: missing; expected an array of 1 to 5 messages [PUSH-2]",
      ]
    `);
  });
  it("fails a multicast list of recipients, saying push goes to one", () => {
    expect(check(push({ to: [USER, id("U").replace("0", "1")] }))).toMatchInlineSnapshot(`
      [
        "error to: expected a userId, groupId or roomId string, got an array of 2; a push goes to one recipient; a list of IDs is a multicast request (POST /v2/bot/message/multicast), which flexkit does not send: send to one userId, groupId or roomId [PUSH-2]",
      ]
    `);
    // Any other non-string is only the type mistake.
    expect(check(push({ to: 42 }))).toMatchInlineSnapshot(`
      [
        "error to: expected a userId, groupId or roomId string, got 42 (number) [PUSH-2]",
      ]
    `);
  });
  it("reports message issues at messages[i] paths", () => {
    expect(check(push({ messages: [text("hi"), text("")] }))).toMatchInlineSnapshot(`
      [
        "error messages[1].text: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-TEXT]",
      ]
    `);
  });
});

describeRule("PUSH-3", "to: U, C or R + 32 lowercase hex", () => {
  it("passes user, group and room IDs", () => {
    for (const prefix of ["U", "C", "R"]) expect(check(push({ to: id(prefix) }))).toEqual([]);
  });
  it("fails a wrong prefix or length", () => {
    expect(check(push({ to: "X0123" }))).toMatchInlineSnapshot(`
      [
        "error to: expected a userId, groupId or roomId (U, C or R + 32 lowercase hex), got "X0123" [PUSH-3]",
      ]
    `);
  });
  it("warns about a LINE ID and about uppercase hex", () => {
    expect(check(push({ to: "@mybot" }))).toMatchInlineSnapshot(`
      [
        "warning to: looks like a LINE ID or display name; push needs the userId, groupId or roomId a webhook delivered (U, C or R + 32 hex), got "@mybot" [PUSH-3]",
      ]
    `);
    expect(check(push({ to: USER.toUpperCase() }))).toMatchInlineSnapshot(`
      [
        "warning to: has the right prefix and length but is not lowercase hex, got "U0123456789ABCDEF0123456789ABCDEF" [PUSH-3]",
      ]
    `);
  });
});

describeRule("PUSH-4", "customAggregationUnits: at most 1 name of 1–30 [A-Za-z0-9_]", () => {
  it("passes one name at the limit", () => {
    const name = "u".repeat(LIMITS.aggregationUnitNameMax.value);
    expect(check(push({ customAggregationUnits: [name] }))).toEqual([]);
  });
  it("fails two names and a name with a hyphen", () => {
    expect(check(push({ customAggregationUnits: ["a", "b"] }))).toMatchInlineSnapshot(`
      [
        "error customAggregationUnits: expected at most 1 item, got 2 [PUSH-4]",
      ]
    `);
    expect(check(push({ customAggregationUnits: ["spring-sale"] }))).toMatchInlineSnapshot(`
      [
        "error customAggregationUnits[0]: expected a unit name of 1 to 30 of A-Z, a-z, 0-9 and _, got "spring-sale" [PUSH-4]",
      ]
    `);
  });
});

describeRule("PUSH-12", "the body is at most 2 MB", () => {
  // Five text messages of 5000 code units of a 3-byte character are far below 2 MB, so the
  // limit is reached with one huge (invalid anyway) property instead, as only its size matters.
  it("passes an ordinary request", () => {
    expect(ofRule(validatePushRequest(push()), "PUSH-12")).toEqual([]);
  });
  it("fails a body over 2 MB", () => {
    const huge = push({ messages: [text("a".repeat(LIMITS.requestBytesMax.value))] });
    expect(ofRule(validatePushRequest(huge), "PUSH-12")).toMatchInlineSnapshot(`
      [
        "error (root): expected a request body of at most 2097152 bytes (2 MB), got 2097233; LINE answers 413 [PUSH-12]",
      ]
    `);
  });
});

describeRule("PUSH-16", "URLs are percent-encoded", () => {
  const image = (url: string) => ({
    type: "image",
    originalContentUrl: url,
    previewImageUrl: https("p.jpg"),
  });
  it("passes a percent-encoded URL", () => {
    expect(check(push({ messages: [image(https("%E7%8C%AB.jpg"))] }))).toEqual([]);
  });
  it("fails raw non-ASCII, a raw '|' and a '%' that starts no escape", () => {
    expect(check(push({ messages: [image(https("猫.jpg"))] }))).toMatchInlineSnapshot(`
      [
        "error messages[0].originalContentUrl: expected a percent-encoded URL (UTF-8), got "猫" unencoded in "https://example.com/猫.jpg" [PUSH-16]",
      ]
    `);
    expect(check(push({ messages: [image(https("a|b.jpg"))] }))).toMatchInlineSnapshot(`
      [
        "error messages[0].originalContentUrl: expected a percent-encoded URL (UTF-8), got "|" unencoded in "https://example.com/a|b.jpg" [PUSH-16]",
      ]
    `);
    expect(check(push({ messages: [image(https("100%.jpg"))] }))).toMatchInlineSnapshot(`
      [
        "error messages[0].originalContentUrl: expected a percent-encoded URL (UTF-8), got "%" unencoded in "https://example.com/100%.jpg" [PUSH-16]",
      ]
    `);
  });
});

describeRule("MSG-VIDEO", "trackingId can't go to a group or room", () => {
  const video = {
    type: "video",
    originalContentUrl: https("v.mp4"),
    previewImageUrl: https("p.jpg"),
    trackingId: "t1",
  };
  it("passes to a user", () => {
    expect(check(push({ messages: [video] }))).toEqual([]);
  });
  it("fails to a group", () => {
    expect(check(push({ to: GROUP, messages: [video] }))).toMatchInlineSnapshot(`
      [
        "error messages[0].trackingId: can't be used when sending to a group or room (to starts with C or R) [MSG-VIDEO]",
      ]
    `);
  });
});

describeRule("MSG-TEXTV2", "mentions go only to a group or room", () => {
  const mention = {
    type: "textV2",
    text: "{all} hello",
    substitution: { all: { type: "mention", mentionee: { type: "all" } } },
  };
  it("passes to a group", () => {
    expect(check(push({ to: GROUP, messages: [mention] }))).toEqual([]);
  });
  it("fails to a user", () => {
    expect(check(push({ messages: [mention] }))).toMatchInlineSnapshot(`
      [
        "error messages[0].substitution: mentions work only in a group or room the bot is in, but to is a user (starts with U) [MSG-TEXTV2]",
      ]
    `);
  });
});

it("validatePushRequest never throws on a non-object", () => {
  for (const value of [undefined, null, 42, "push", [], { messages: "x" }]) {
    expect(validatePushRequest(value).ok).toBe(false);
  }
});
