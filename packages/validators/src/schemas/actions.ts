import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import type { Infer } from "./infer.js";
import { strictObject } from "./object.js";
import { actionUri, graphemeString, utf16, utf16String } from "./values.js";

/**
 * Action objects (RULES.md §4). These schemas check each action's own shape; where an action may
 * sit and how long its label may be depend on its host, which the context checks decide (§4.2,
 * §4.3), so the message can name the host.
 * https://developers.line.biz/en/reference/messaging-api/#action-objects
 */

/** The label's length depends on the host (§4.3): checked in src/checks/actions.ts. */
const label = ruled("ACT-LABEL", z.string(), "a string");
const uri = actionUri("ACT-URI", LIMITS.actionUriMax.value);

export const PostbackActionSchema = strictObject({
  /**
   * Sends a postback event with `data` to the bot's webhook when tapped.
   * Rules: ACT-TYPE, FLEX-VID-ACT.
   * @see https://developers.line.biz/en/reference/messaging-api/#postback-action
   */
  type: z.literal("postback"),
  /**
   * Text of the button that runs the action (a Flex video shows it as its "More information"
   * link; rich menus only read it aloud). Its limit depends on the host, in characters (grapheme
   * clusters): 20 in quick replies, templates and rich menus, 12 in image carousels, 40 in Flex.
   * Required in quick replies, template actions and Flex buttons; optional elsewhere.
   * Rules: ACT-LABEL, QR-4, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec
   */
  label: label.optional(),
  // RULES.md §12.2: OAS allows an empty `data`, REF says it is required; we follow REF.
  /**
   * The string the webhook's postback event carries back to the bot (`postback.data`); the
   * user never sees it. Required, 1–300 UTF-16 code units.
   * Rules: ACT-PB.
   * @see https://developers.line.biz/en/reference/messaging-api/#postback-action
   */
  data: ruled(
    "ACT-PB",
    utf16("ACT-PB", LIMITS.postbackDataMax.value, 1),
    `a string of 1 to ${LIMITS.postbackDataMax.value}`,
  ),
  /**
   * Shown in the chat as the user's own message when tapped, without being sent to the bot as a
   * message event. At most 300 characters (grapheme clusters); can't be set with `text`.
   * Rules: ACT-PB.
   * @see https://developers.line.biz/en/reference/messaging-api/#postback-action
   */
  displayText: graphemeString("ACT-PB", LIMITS.postbackTextMax.value).optional(),
  /**
   * The old way to show a text in the chat when tapped, at most 300 characters (grapheme
   * clusters). Can't be set with `displayText` (an error); alone it is a warning.
   * Rules: ACT-PB, QR-6.
   * @see https://developers.line.biz/en/reference/messaging-api/#postback-action
   * @deprecated Use `displayText` instead.
   */
  text: graphemeString("ACT-PB", LIMITS.postbackTextMax.value).optional(),
  /**
   * What the chat's input area does after the tap: `"closeRichMenu"`, `"openRichMenu"`,
   * `"openKeyboard"` (filled with `fillInText`) or `"openVoice"` (voice input). LINE 12.6.0+ on
   * iOS and Android.
   * Rules: ACT-PB.
   * @see https://developers.line.biz/en/reference/messaging-api/#postback-action
   */
  inputOption: ruled(
    "ACT-PB",
    z.enum(["closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"]),
  ).optional(),
  /**
   * Text put in the input field when the keyboard opens, at most 300 characters (grapheme
   * clusters), line breaks allowed. Works only with `inputOption: "openKeyboard"` (a warning
   * otherwise). LINE 12.6.0+ on iOS and Android.
   * Rules: ACT-PB.
   * @see https://developers.line.biz/en/reference/messaging-api/#postback-action
   */
  fillInText: graphemeString("ACT-PB", LIMITS.postbackTextMax.value).optional(),
});

export const MessageActionSchema = strictObject({
  /**
   * Sends `text` as a message from the user when tapped.
   * Rules: ACT-TYPE, FLEX-VID-ACT.
   * @see https://developers.line.biz/en/reference/messaging-api/#message-action
   */
  type: z.literal("message"),
  /**
   * Text of the button that runs the action (a Flex video shows it as its "More information"
   * link; rich menus only read it aloud). Its limit depends on the host, in characters (grapheme
   * clusters): 20 in quick replies, templates and rich menus, 12 in image carousels, 40 in Flex.
   * Required in quick replies, template actions and Flex buttons; optional elsewhere.
   * Rules: ACT-LABEL, QR-4, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec
   */
  label: label.optional(),
  /**
   * The message the user sends by tapping. Required, 1–300 characters (grapheme clusters).
   * Rules: ACT-MSG.
   * @see https://developers.line.biz/en/reference/messaging-api/#message-action
   */
  text: graphemeString("ACT-MSG", LIMITS.messageActionTextMax.value, 1),
});

export const UriActionSchema = strictObject({
  /**
   * Opens `uri` when tapped (a web page in LINE's browser, a `line://` scheme, or a `tel:` call).
   * The only action a Flex video takes.
   * Rules: ACT-TYPE.
   * @see https://developers.line.biz/en/reference/messaging-api/#uri-action
   */
  type: z.literal("uri"),
  /**
   * Text of the button that runs the action (a Flex video shows it as its "More information"
   * link; rich menus only read it aloud). Its limit depends on the host, in characters (grapheme
   * clusters): 20 in quick replies, templates and rich menus, 12 in image carousels, 40 in Flex.
   * Required in quick replies, template actions and Flex buttons; optional elsewhere.
   * Rules: ACT-LABEL, QR-4, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec
   */
  label: label.optional(),
  /**
   * The URI to open: scheme `http`, `https`, `line` or `tel`, percent-encoded in UTF-8, at most
   * 1000 UTF-16 code units. Required.
   * Rules: ACT-URI, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#uri-action
   */
  uri,
  /**
   * Another URI for LINE for macOS and Windows. It works only in Flex messages; in quick
   * replies, templates and rich menus it is ignored (a warning).
   * Rules: ACT-URI, QR-6.
   * @see https://developers.line.biz/en/reference/messaging-api/#uri-action
   */
  altUri: z
    .strictObject({
      /**
       * The URI that LINE for macOS and Windows opens in place of `uri`: same schemes and limit
       * (http, https, line or tel, percent-encoded, at most 1000 UTF-16 code units).
       * Rules: ACT-URI, PUSH-16.
       * @see https://developers.line.biz/en/reference/messaging-api/#uri-action
       */
      desktop: uri,
    })
    .optional(),
});

/** The value formats are checked against `mode` in src/checks/actions.ts (ACT-DTP-FMT). */
export const DatetimePickerActionSchema = strictObject({
  /**
   * Lets the user pick a date, a time or both, then sends a postback event with `data` and the
   * picked value (`params`).
   * Rules: ACT-TYPE, FLEX-VID-ACT.
   * @see https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
   */
  type: z.literal("datetimepicker"),
  /**
   * Text of the button that runs the action (a Flex video shows it as its "More information"
   * link; rich menus only read it aloud). Its limit depends on the host, in characters (grapheme
   * clusters): 20 in quick replies, templates and rich menus, 12 in image carousels, 40 in Flex.
   * Required in quick replies, template actions and Flex buttons; optional elsewhere.
   * Rules: ACT-LABEL, QR-4, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec
   */
  label: label.optional(),
  /**
   * The string the postback event carries back to the bot with the picked value. Required,
   * 1–300 UTF-16 code units.
   * Rules: ACT-DTP.
   * @see https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
   */
  data: ruled(
    "ACT-DTP",
    utf16("ACT-DTP", LIMITS.datetimeDataMax.value, 1),
    `a string of 1 to ${LIMITS.datetimeDataMax.value}`,
  ),
  /**
   * What the picker asks for, and so the format of `initial`, `min` and `max`: `"date"`
   * (`YYYY-MM-DD`), `"time"` (`HH:mm`) or `"datetime"` (`YYYY-MM-DDTHH:mm`). Required.
   * Rules: ACT-DTP.
   * @see https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
   */
  mode: ruled("ACT-DTP", z.enum(["date", "time", "datetime"])),
  /**
   * The value the picker opens at, in the format of `mode` (no time zone), from 1900-01-01
   * to 2100-12-31T23:59. A warning when it lies outside `min`…`max`.
   * Rules: ACT-DTP-FMT.
   * @see https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
   */
  initial: ruled("ACT-DTP-FMT", z.string()).optional(),
  /**
   * The latest value the user can pick, in the format of `mode` (no time zone), up to
   * 2100-12-31T23:59. Must be later than `min`.
   * Rules: ACT-DTP, ACT-DTP-FMT.
   * @see https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
   */
  max: ruled("ACT-DTP-FMT", z.string()).optional(),
  /**
   * The earliest value the user can pick, in the format of `mode` (no time zone), from
   * 1900-01-01T00:00. Must be earlier than `max`.
   * Rules: ACT-DTP, ACT-DTP-FMT.
   * @see https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
   */
  min: ruled("ACT-DTP-FMT", z.string()).optional(),
});

export const ClipboardActionSchema = strictObject({
  /**
   * Copies `clipboardText` to the device's clipboard when tapped. LINE 14.0.0+ on iOS and
   * Android.
   * Rules: ACT-TYPE, FLEX-VID-ACT.
   * @see https://developers.line.biz/en/reference/messaging-api/#clipboard-action
   */
  type: z.literal("clipboard"),
  /**
   * Text of the button that runs the action (a Flex video shows it as its "More information"
   * link; rich menus only read it aloud). Its limit depends on the host, in characters (grapheme
   * clusters): 20 in quick replies, templates and rich menus, 12 in image carousels, 40 in Flex.
   * Required in quick replies, template actions and Flex buttons; optional elsewhere.
   * Rules: ACT-LABEL, QR-4, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec
   */
  label: label.optional(),
  /**
   * The text copied to the clipboard. Required, 1–1000 UTF-16 code units.
   * Rules: ACT-CLIP.
   * @see https://developers.line.biz/en/reference/messaging-api/#clipboard-action
   */
  clipboardText: utf16String("ACT-CLIP", LIMITS.clipboardTextMax.value, 1),
});

/** Camera, camera roll and location: quick reply only, with a required label of ≤ 20 (G). */
const quickReplyOnlyLabel = (rule: string) =>
  graphemeString(rule, LIMITS.quickReplyOnlyLabelMax.value, 1);

export const CameraActionSchema = strictObject({
  /**
   * Opens the camera when tapped. Works only in quick reply buttons.
   * Rules: ACT-TYPE, ACT-CAM, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#camera-action
   */
  type: z.literal("camera"),
  /**
   * Text of the quick reply button. Required, 1–20 characters (grapheme clusters).
   * Rules: ACT-CAM, QR-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#camera-action
   */
  label: quickReplyOnlyLabel("ACT-CAM"),
});
export const CameraRollActionSchema = strictObject({
  /**
   * Opens the camera roll (photo library) when tapped. Works only in quick reply buttons.
   * Rules: ACT-TYPE, ACT-ROLL, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#camera-roll-action
   */
  type: z.literal("cameraRoll"),
  /**
   * Text of the quick reply button. Required, 1–20 characters (grapheme clusters).
   * Rules: ACT-ROLL, QR-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#camera-roll-action
   */
  label: quickReplyOnlyLabel("ACT-ROLL"),
});
export const LocationActionSchema = strictObject({
  /**
   * Opens the location screen, where the user picks a place to send. Works only in quick reply
   * buttons.
   * Rules: ACT-TYPE, ACT-LOC, RM-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-action
   */
  type: z.literal("location"),
  /**
   * Text of the quick reply button. Required, 1–20 characters (grapheme clusters).
   * Rules: ACT-LOC, QR-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-action
   */
  label: quickReplyOnlyLabel("ACT-LOC"),
});

/** Rich menus only: its shape is checked so the context check can say it is misplaced. */
export const RichMenuSwitchActionSchema = strictObject({
  /**
   * Switches to the rich menu of another alias when tapped, and sends a postback event. Works
   * only in rich menus: an error anywhere in a message.
   * Rules: ACT-TYPE, ACT-RMS, QR-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  type: z.literal("richmenuswitch"),
  /**
   * Name of the area, read aloud with accessibility on. Optional, at most 20 characters
   * (grapheme clusters).
   * Rules: ACT-RMS.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  label: graphemeString("ACT-RMS", LIMITS.quickReplyOnlyLabelMax.value).optional(),
  /**
   * The alias ID of the rich menu to switch to: 1–32 of `a-z`, `0-9`, `_` and `-`. Required.
   * Rules: ACT-RMS, RM-8.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  richMenuAliasId: utf16String("ACT-RMS", LIMITS.richMenuAliasIdMax.value, 1),
  /**
   * The string the postback event carries back to the bot. Required, 1–300 UTF-16 code units.
   * Rules: ACT-RMS.
   * @see https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action
   */
  data: utf16String("ACT-RMS", LIMITS.richMenuDataMax.value, 1),
});

export const ACTION_TYPES = [
  "postback",
  "message",
  "uri",
  "datetimepicker",
  "clipboard",
  "camera",
  "cameraRoll",
  "location",
  "richmenuswitch",
] as const;

export type ActionType = (typeof ACTION_TYPES)[number];

export const ActionSchema = ruled(
  "ACT-TYPE",
  z.discriminatedUnion("type", [
    PostbackActionSchema,
    MessageActionSchema,
    UriActionSchema,
    DatetimePickerActionSchema,
    ClipboardActionSchema,
    CameraActionSchema,
    CameraRollActionSchema,
    LocationActionSchema,
    RichMenuSwitchActionSchema,
  ]),
  'an action type ("postback", "message", "uri", "datetimepicker", "clipboard", "camera", "cameraRoll", "location")',
);

export type Action = Infer<typeof ActionSchema>;
export type PostbackAction = Infer<typeof PostbackActionSchema>;
export type MessageAction = Infer<typeof MessageActionSchema>;
export type UriAction = Infer<typeof UriActionSchema>;
export type DatetimePickerAction = Infer<typeof DatetimePickerActionSchema>;
export type ClipboardAction = Infer<typeof ClipboardActionSchema>;
export type CameraAction = Infer<typeof CameraActionSchema>;
export type CameraRollAction = Infer<typeof CameraRollActionSchema>;
export type LocationAction = Infer<typeof LocationActionSchema>;
export type RichMenuSwitchAction = Infer<typeof RichMenuSwitchActionSchema>;
