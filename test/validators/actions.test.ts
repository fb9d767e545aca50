import { LIMITS, validateMessage } from "@flexkit/validators";
import { expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";
import {
  buttonsTemplate,
  check,
  describeRule,
  FAMILY,
  https,
  messageAction,
  ofRule,
  postback,
  text,
  uriAction,
  withQuickReply,
} from "./rule-helpers.js";

const hi = text("hi");
const button = (action: unknown) => ({ type: "button", action });
/** A Flex message whose body holds one button with this action. */
const inButton = (action: unknown) => flexMessage(vbox(button(action)));
/** A Flex message whose body box itself has this action. */
const onBox = (action: unknown) => flexMessage({ ...vbox(), action });

describeRule("ACT-PB", "postback: data ≤ 300, displayText XOR text, fillInText", () => {
  it("passes data at the limit and displayText of 300 grapheme clusters", () => {
    const data = "d".repeat(LIMITS.postbackDataMax.value);
    const displayText = FAMILY.repeat(LIMITS.postbackTextMax.value);
    expect(check(inButton(postback({ data, displayText })))).toEqual([]);
  });
  it("fails empty or overlong data, and displayText with text", () => {
    expect(check(inButton(postback({ data: "" })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.data: expected at least 1 character (UTF-16 code units), got 0 (empty) [ACT-PB]",
      ]
    `);
    expect(
      check(inButton(postback({ data: "d".repeat(LIMITS.postbackDataMax.value + 1) }))),
    ).toMatchInlineSnapshot(`
        [
          "error contents.body.contents[0].action.data: expected at most 300 characters (UTF-16 code units), got 301 [ACT-PB]",
        ]
      `);
    expect(check(inButton(postback({ displayText: "a", text: "b" })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.text: can't be used together with "displayText"; keep "displayText" ("text" is deprecated) [ACT-PB]",
      ]
    `);
  });
  it("warns about fillInText without openKeyboard, and the deprecated text", () => {
    expect(
      check(inButton(postback({ fillInText: "Hello", inputOption: "openVoice", text: "x" }))),
    ).toMatchInlineSnapshot(`
      [
        "warning contents.body.contents[0].action.fillInText: has no effect unless "inputOption" is "openKeyboard", got "openVoice" [ACT-PB]",
        "warning contents.body.contents[0].action.text: is deprecated; use "displayText" [ACT-PB]",
      ]
    `);
    expect(check(inButton(postback({ fillInText: "Hi", inputOption: "openKeyboard" })))).toEqual(
      [],
    );
  });
});

describeRule("ACT-MSG", "message action: text required, ≤ 300 grapheme clusters", () => {
  it("passes 300 family emoji", () => {
    expect(
      check(inButton(messageAction("Say", FAMILY.repeat(LIMITS.messageActionTextMax.value)))),
    ).toEqual([]);
  });
  it("fails a missing and an overlong text", () => {
    expect(check(inButton({ type: "message", label: "Say" }))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.text: missing; expected a string [ACT-MSG]",
      ]
    `);
    expect(
      check(inButton(messageAction("Say", "a".repeat(LIMITS.messageActionTextMax.value + 1)))),
    ).toMatchInlineSnapshot(`
        [
          "error contents.body.contents[0].action.text: expected at most 300 characters (grapheme clusters), got 301 [ACT-MSG]",
        ]
      `);
  });
});

describeRule("ACT-URI", "uri action: http/https/line/tel, ≤ 1000; altUri only in Flex", () => {
  it("passes the four schemes and altUri in Flex", () => {
    for (const uri of [https("x"), "http://example.com", "line://nv/profile", "tel:0312345678"]) {
      expect(check(inButton(uriAction("Go", { uri })))).toEqual([]);
    }
    expect(check(inButton(uriAction("Go", { altUri: { desktop: https("pc") } })))).toEqual([]);
  });
  it("fails another scheme, a raw space and a URI over the limit", () => {
    expect(check(inButton(uriAction("Go", { uri: "ftp://example.com" })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.uri: expected a URI with scheme http, https, line or tel (at most 1000, percent-encoded), got "ftp://example.com" [ACT-URI]",
      ]
    `);
    expect(
      check(inButton(uriAction("Go", { uri: "https://example.com/a b" }))),
    ).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.uri: expected a URI with scheme http, https, line or tel (at most 1000, percent-encoded), got "https://example.com/a b" [ACT-URI]",
      ]
    `);
    const uri = https("a".repeat(LIMITS.actionUriMax.value));
    expect(
      ofRule(validateMessage(inButton(uriAction("Go", { uri }))), "ACT-URI"),
    ).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.uri: expected at most 1000 characters (UTF-16 code units), got 1020 [ACT-URI]",
      ]
    `);
  });
  it("warns about altUri in a template", () => {
    const action = uriAction("Go", { altUri: { desktop: https("pc") } });
    expect(check(buttonsTemplate({ actions: [action] }))).toMatchInlineSnapshot(`
      [
        "warning template.actions[0].altUri: has no effect in a buttons template; altUri.desktop works only in Flex messages [ACT-URI]",
      ]
    `);
  });
});

describeRule("ACT-DTP", "datetimepicker: data, mode, max later than min", () => {
  const picker = (extra: Record<string, unknown>) => ({
    type: "datetimepicker",
    label: "When",
    data: "pick",
    mode: "date",
    ...extra,
  });
  it("passes min before max", () => {
    expect(check(inButton(picker({ min: "2026-01-01", max: "2026-12-31" })))).toEqual([]);
  });
  it("fails an unknown mode and max not after min", () => {
    expect(check(inButton(picker({ mode: "week" })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.mode: expected one of "date", "time", "datetime", got "week" [ACT-DTP]",
      ]
    `);
    expect(
      check(inButton(picker({ min: "2026-12-31", max: "2026-01-01" }))),
    ).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.max: expected a value later than min (2026-12-31), got 2026-01-01 [ACT-DTP]",
      ]
    `);
  });
});

describeRule("ACT-DTP-FMT", "datetimepicker values in the mode's format and range", () => {
  const picker = (mode: string, extra: Record<string, unknown>) => ({
    type: "datetimepicker",
    label: "When",
    data: "pick",
    mode,
    ...extra,
  });
  it("passes each mode's format at its range ends, T or t", () => {
    const first = `${LIMITS.datetimeYearMin.value}-01-01`;
    const last = `${LIMITS.datetimeYearMax.value}-12-31`;
    expect(check(inButton(picker("date", { min: first, max: last })))).toEqual([]);
    expect(check(inButton(picker("time", { min: "00:00", max: "23:59" })))).toEqual([]);
    expect(
      check(inButton(picker("datetime", { min: `${first}T00:00`, max: `${last}t23:59` }))),
    ).toEqual([]);
  });
  it("fails a time in date mode, an impossible date, and a year out of range", () => {
    expect(check(inButton(picker("date", { initial: "12:00" })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.initial: expected "YYYY-MM-DD" from 1900-01-01 to 2100-12-31, got "12:00" (mode "date") [ACT-DTP-FMT]",
      ]
    `);
    expect(check(inButton(picker("date", { initial: "2026-02-30" })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.initial: expected "YYYY-MM-DD" from 1900-01-01 to 2100-12-31, got "2026-02-30" (mode "date") [ACT-DTP-FMT]",
      ]
    `);
    const late = `${LIMITS.datetimeYearMax.value + 1}-01-01T00:00`;
    expect(check(inButton(picker("datetime", { max: late })))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.max: expected "YYYY-MM-DDTHH:mm" from 1900-01-01T00:00 to 2100-12-31T23:59, got "2101-01-01T00:00" (mode "datetime") [ACT-DTP-FMT]",
      ]
    `);
  });
  it("warns about an initial value outside min…max", () => {
    expect(
      check(inButton(picker("time", { initial: "08:00", min: "09:00", max: "17:00" }))),
    ).toMatchInlineSnapshot(`
        [
          "warning contents.body.contents[0].action.initial: is outside min…max (09:00…17:00), got 08:00 [ACT-DTP-FMT]",
        ]
      `);
  });
});

describeRule("ACT-CAM", "camera: quick reply only, label ≤ 20", () => {
  it("passes in a quick reply", () => {
    expect(check(withQuickReply(hi, { type: "camera", label: "Camera" }))).toEqual([]);
  });
  it("fails in Flex, and without a label", () => {
    expect(check(onBox({ type: "camera", label: "Camera" }))).toMatchInlineSnapshot(`
      [
        "error contents.body.action.type: a camera action can't be used in a Flex box; it works only in quick reply buttons [ACT-CAM]",
      ]
    `);
    expect(check(withQuickReply(hi, { type: "camera" }))).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action.label: missing; expected a string [ACT-CAM]",
      ]
    `);
  });
});

describeRule("ACT-ROLL", "cameraRoll: quick reply only", () => {
  it("passes in a quick reply", () => {
    expect(check(withQuickReply(hi, { type: "cameraRoll", label: "Photos" }))).toEqual([]);
  });
  it("fails in a template", () => {
    expect(
      check(buttonsTemplate({ actions: [{ type: "cameraRoll", label: "Photos" }] })),
    ).toMatchInlineSnapshot(`
        [
          "error template.actions[0].type: a cameraRoll action can't be used in a buttons template; it works only in quick reply buttons [ACT-ROLL]",
        ]
      `);
  });
});

describeRule("ACT-LOC", "location action: quick reply only, label ≤ 20 grapheme clusters", () => {
  it("passes in a quick reply", () => {
    expect(check(withQuickReply(hi, { type: "location", label: "Where" }))).toEqual([]);
  });
  it("fails in a Flex button and with a 21-cluster label", () => {
    expect(check(inButton({ type: "location", label: "Where" }))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.type: a location action can't be used in a Flex button; it works only in quick reply buttons [ACT-LOC]",
      ]
    `);
    const label = FAMILY.repeat(LIMITS.quickReplyOnlyLabelMax.value + 1);
    expect(check(withQuickReply(hi, { type: "location", label }))).toMatchInlineSnapshot(`
      [
        "error quickReply.items[0].action.label: expected at most 20 characters (grapheme clusters), got 21 [ACT-LOC]",
      ]
    `);
  });
});

describeRule("ACT-RMS", "richmenuswitch: never in a message", () => {
  const rms = { type: "richmenuswitch", richMenuAliasId: "menu-b", data: "switch" };
  it("passes a message without one", () => {
    expect(check(inButton(uriAction("Open")))).toEqual([]);
  });
  it("fails in Flex and in a template", () => {
    expect(check(onBox(rms))).toMatchInlineSnapshot(`
      [
        "error contents.body.action.type: a richmenuswitch action can't be used in a Flex box; it works only in rich menus [ACT-RMS]",
      ]
    `);
    expect(check(buttonsTemplate({ actions: [rms] }))).toMatchInlineSnapshot(`
      [
        "error template.actions[0].type: a richmenuswitch action can't be used in a buttons template; it works only in rich menus [ACT-RMS]",
      ]
    `);
  });
});

describeRule("ACT-CLIP", "clipboard: clipboardText 1–1000", () => {
  const clip = (clipboardText: string) => ({ type: "clipboard", label: "Copy", clipboardText });
  it("passes at the limit", () => {
    expect(check(inButton(clip("c".repeat(LIMITS.clipboardTextMax.value))))).toEqual([]);
  });
  it("fails empty and over the limit", () => {
    expect(check(inButton(clip("")))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.clipboardText: expected at least 1 character (UTF-16 code units), got 0 (empty) [ACT-CLIP]",
      ]
    `);
    expect(
      check(inButton(clip("c".repeat(LIMITS.clipboardTextMax.value + 1)))),
    ).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.clipboardText: expected at most 1000 characters (UTF-16 code units), got 1001 [ACT-CLIP]",
      ]
    `);
  });
});

describeRule("ACT-LABEL", "label per host (RULES.md §4.3), in grapheme clusters", () => {
  it("passes a 40-family-emoji button label, and a box action without a label", () => {
    expect(check(inButton(uriAction(FAMILY.repeat(LIMITS.labelFlexMax.value))))).toEqual([]);
    expect(check(onBox({ type: "uri", uri: https("x") }))).toEqual([]);
  });
  it("fails a button without a label, and labels over each host's limit", () => {
    expect(check(inButton({ type: "uri", uri: https("x") }))).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.label: missing; an action in a Flex button needs a label of at most 40 characters (grapheme clusters) [ACT-LABEL]",
      ]
    `);
    expect(
      check(inButton(uriAction("a".repeat(LIMITS.labelFlexMax.value + 1)))),
    ).toMatchInlineSnapshot(`
      [
        "error contents.body.contents[0].action.label: expected at most 40 characters (grapheme clusters) in a Flex button, got 41 [ACT-LABEL]",
      ]
    `);
    const label = "a".repeat(LIMITS.labelTemplateMax.value + 1);
    expect(check(buttonsTemplate({ actions: [messageAction(label)] }))).toMatchInlineSnapshot(`
      [
        "error template.actions[0].label: expected at most 20 characters (grapheme clusters) in a buttons template, got 21 [ACT-LABEL]",
      ]
    `);
    const imageCarousel = {
      type: "template",
      altText: "pics",
      template: {
        type: "image_carousel",
        columns: [
          {
            imageUrl: https("1.jpg"),
            action: messageAction("a".repeat(LIMITS.labelImageCarouselMax.value + 1)),
          },
        ],
      },
    };
    expect(check(imageCarousel)).toMatchInlineSnapshot(`
      [
        "error template.columns[0].action.label: expected at most 12 characters (grapheme clusters) in an image carousel column, got 13 [ACT-LABEL]",
      ]
    `);
  });
  it("accepts a template defaultAction without a label (RULES.md §12.17)", () => {
    expect(check(buttonsTemplate({ defaultAction: { type: "uri", uri: https("x") } }))).toEqual([]);
  });
});

describeRule("FLEX-VID-ACT", "a Flex video's action is a uri action only (RULES.md §4.2)", () => {
  const video = (action: unknown) =>
    flexMessage(vbox(), {
      hero: {
        type: "video",
        url: https("v.mp4"),
        previewUrl: https("p.jpg"),
        altContent: { type: "image", url: https("p.jpg") },
        action,
      },
    });
  it("passes a uri action", () => {
    expect(check(video(uriAction("More")))).toEqual([]);
  });
  it("fails a postback action", () => {
    expect(check(video(postback()))).toMatchInlineSnapshot(`
      [
        "error contents.hero.action.type: expected a uri action on a Flex video (its label is the "More information" button), got a postback action [FLEX-VID-ACT]",
      ]
    `);
  });
});
