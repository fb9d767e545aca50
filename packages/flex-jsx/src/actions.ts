import type {
  CameraAction,
  CameraRollAction,
  ClipboardAction,
  DatetimePickerAction,
  LocationAction,
  MessageAction,
  PostbackAction,
  RichMenuSwitchAction,
  UriAction,
} from "@flexkit/validators";
import { ownProps } from "./component.js";

/**
 * One helper per LINE action type (RULES.md §4.1, REF#action-objects). Each returns exactly the
 * keys it was given: an omitted label stays omitted. Whether a label is required, and how long it
 * may be, depends on where the action sits (§4.3: 40 in Flex, 20 in quick replies and templates,
 * 12 in image carousel columns), which `validateMessage` checks against the host.
 */

function withLabel<T extends object>(action: T, label: string | undefined): T {
  if (label !== undefined) (action as { label?: string }).label = label;
  return action;
}

/** The options the author set: one given as `undefined` is left out, like an omitted one. */
function defined<T extends object>(options: T | undefined): Partial<T> {
  return ownProps(options ?? {}) as Partial<T>;
}

export type PostbackOptions = Omit<PostbackAction, "type" | "data" | "label">;

/** `postback("action=buy&id=1", "Buy", { displayText: "Buy it" })` */
export function postback(data: string, label?: string, options?: PostbackOptions): PostbackAction {
  return withLabel({ type: "postback", data, ...defined(options) }, label);
}

/** `message("Yes", "Yes")`: the user sends `text` when tapping. */
export function message(text: string, label?: string): MessageAction {
  return withLabel({ type: "message", text }, label);
}

export type UriOptions = Omit<UriAction, "type" | "uri" | "label">;

/** `uri("https://example.com", "Open", { altUri: { desktop: "https://example.com/pc" } })` */
export function uri(link: string, label?: string, options?: UriOptions): UriAction {
  return withLabel({ type: "uri", uri: link, ...defined(options) }, label);
}

export type DatetimePickerOptions = Omit<DatetimePickerAction, "type" | "data" | "mode" | "label">;

/** `datetimePicker("pick", "date", "Pick a day", { min: "2025-01-01" })` */
export function datetimePicker(
  data: string,
  mode: DatetimePickerAction["mode"],
  label?: string,
  options?: DatetimePickerOptions,
): DatetimePickerAction {
  return withLabel({ type: "datetimepicker", data, mode, ...defined(options) }, label);
}

/** Quick reply only (ACT-CAM); the label is required. */
export function camera(label: string): CameraAction {
  return { type: "camera", label };
}

/** Quick reply only (ACT-ROLL); the label is required. */
export function cameraRoll(label: string): CameraRollAction {
  return { type: "cameraRoll", label };
}

/** Quick reply only (ACT-LOC); the label is required. */
export function location(label: string): LocationAction {
  return { type: "location", label };
}

/** `clipboard("SAVE10", "Copy code")` (LINE 14.0.0+, ACT-CLIP). */
export function clipboard(clipboardText: string, label?: string): ClipboardAction {
  return withLabel({ type: "clipboard", clipboardText }, label);
}

/**
 * Rich menus only: LINE refuses it in any message (ACT-RMS). Here for completeness, so rich-menu
 * code can share the helpers.
 */
export function richMenuSwitch(
  richMenuAliasId: string,
  data: string,
  label?: string,
): RichMenuSwitchAction {
  return withLabel({ type: "richmenuswitch", richMenuAliasId, data }, label);
}
