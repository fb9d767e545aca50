import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import type { Infer } from "./infer.js";
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

export const PostbackActionSchema = z.strictObject({
  type: z.literal("postback"),
  label: label.optional(),
  // RULES.md §12.2: OAS allows an empty `data`, REF says it is required; we follow REF.
  data: ruled(
    "ACT-PB",
    utf16("ACT-PB", LIMITS.postbackDataMax.value, 1),
    `a string of 1 to ${LIMITS.postbackDataMax.value}`,
  ),
  displayText: graphemeString("ACT-PB", LIMITS.postbackTextMax.value).optional(),
  /** Deprecated by LINE: use `displayText`. */
  text: graphemeString("ACT-PB", LIMITS.postbackTextMax.value).optional(),
  inputOption: ruled(
    "ACT-PB",
    z.enum(["closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"]),
  ).optional(),
  fillInText: graphemeString("ACT-PB", LIMITS.postbackTextMax.value).optional(),
});

export const MessageActionSchema = z.strictObject({
  type: z.literal("message"),
  label: label.optional(),
  text: graphemeString("ACT-MSG", LIMITS.messageActionTextMax.value, 1),
});

export const UriActionSchema = z.strictObject({
  type: z.literal("uri"),
  label: label.optional(),
  uri,
  altUri: z.strictObject({ desktop: uri }).optional(),
});

/** The value formats are checked against `mode` in src/checks/actions.ts (ACT-DTP-FMT). */
export const DatetimePickerActionSchema = z.strictObject({
  type: z.literal("datetimepicker"),
  label: label.optional(),
  data: ruled(
    "ACT-DTP",
    utf16("ACT-DTP", LIMITS.datetimeDataMax.value, 1),
    `a string of 1 to ${LIMITS.datetimeDataMax.value}`,
  ),
  mode: ruled("ACT-DTP", z.enum(["date", "time", "datetime"])),
  initial: ruled("ACT-DTP-FMT", z.string()).optional(),
  max: ruled("ACT-DTP-FMT", z.string()).optional(),
  min: ruled("ACT-DTP-FMT", z.string()).optional(),
});

export const ClipboardActionSchema = z.strictObject({
  type: z.literal("clipboard"),
  label: label.optional(),
  clipboardText: utf16String("ACT-CLIP", LIMITS.clipboardTextMax.value, 1),
});

/** Camera, camera roll and location: quick reply only, with a required label of ≤ 20 (G). */
const quickReplyOnlyLabel = (rule: string) =>
  graphemeString(rule, LIMITS.quickReplyOnlyLabelMax.value, 1);

export const CameraActionSchema = z.strictObject({
  type: z.literal("camera"),
  label: quickReplyOnlyLabel("ACT-CAM"),
});
export const CameraRollActionSchema = z.strictObject({
  type: z.literal("cameraRoll"),
  label: quickReplyOnlyLabel("ACT-ROLL"),
});
export const LocationActionSchema = z.strictObject({
  type: z.literal("location"),
  label: quickReplyOnlyLabel("ACT-LOC"),
});

/** Rich menus only: its shape is checked so the context check can say it is misplaced. */
export const RichMenuSwitchActionSchema = z.strictObject({
  type: z.literal("richmenuswitch"),
  label: graphemeString("ACT-RMS", LIMITS.quickReplyOnlyLabelMax.value).optional(),
  richMenuAliasId: utf16String("ACT-RMS", LIMITS.richMenuAliasIdMax.value, 1),
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
