import { z } from "zod";
import { ruled } from "../rules.js";

/**
 * Action objects (RULES.md §4). These schemas check each action's own shape; where an action may
 * sit and how long its label may be depend on its host, which the tree checks decide (§4.2, §4.3).
 * https://developers.line.biz/en/reference/messaging-api/#action-objects
 */

const label = z.string();
const actionUri = ruled(
  "ACT-URI",
  z
    .string()
    .max(1000)
    .regex(/^(?:https?|line|tel):\S+$/),
  "a URI with scheme http, https, line or tel (at most 1000, percent-encoded)",
);

export const PostbackActionSchema = z.strictObject({
  type: z.literal("postback"),
  label: label.optional(),
  data: ruled("ACT-PB", z.string().max(300), "a string of at most 300"),
  displayText: z.string().optional(),
  text: z.string().optional(),
  inputOption: ruled(
    "ACT-PB",
    z.enum(["closeRichMenu", "openRichMenu", "openKeyboard", "openVoice"]),
  ).optional(),
  fillInText: z.string().optional(),
});

export const MessageActionSchema = z.strictObject({
  type: z.literal("message"),
  label: label.optional(),
  text: ruled("ACT-MSG", z.string(), "a string"),
});

export const UriActionSchema = z.strictObject({
  type: z.literal("uri"),
  label: label.optional(),
  uri: actionUri,
  altUri: z.strictObject({ desktop: actionUri }).optional(),
});

export const DatetimePickerActionSchema = z.strictObject({
  type: z.literal("datetimepicker"),
  label: label.optional(),
  data: ruled("ACT-DTP", z.string().max(300), "a string of at most 300"),
  mode: ruled("ACT-DTP", z.enum(["date", "time", "datetime"])),
  initial: z.string().optional(),
  max: z.string().optional(),
  min: z.string().optional(),
});

export const ClipboardActionSchema = z.strictObject({
  type: z.literal("clipboard"),
  label: label.optional(),
  clipboardText: ruled("ACT-CLIP", z.string().min(1).max(1000)),
});

export const CameraActionSchema = z.strictObject({ type: z.literal("camera"), label });
export const CameraRollActionSchema = z.strictObject({ type: z.literal("cameraRoll"), label });
export const LocationActionSchema = z.strictObject({ type: z.literal("location"), label });

export const RichMenuSwitchActionSchema = z.strictObject({
  type: z.literal("richmenuswitch"),
  label: label.optional(),
  richMenuAliasId: z.string().max(32),
  data: z.string().max(300),
});

export const ActionSchema = ruled(
  "ACT-PB",
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

export type Action = z.infer<typeof ActionSchema>;
export type PostbackAction = z.infer<typeof PostbackActionSchema>;
export type MessageAction = z.infer<typeof MessageActionSchema>;
export type UriAction = z.infer<typeof UriActionSchema>;
export type DatetimePickerAction = z.infer<typeof DatetimePickerActionSchema>;
export type ClipboardAction = z.infer<typeof ClipboardActionSchema>;
