import { z } from "zod";
import { FLEX_COMPONENT_TYPES } from "../flex-structure.js";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import type { InferMessage } from "./infer.js";
import { strictObject } from "./object.js";
import {
  angle,
  aspectRatio,
  borderWidth,
  centerPosition,
  cornerRadius,
  flexGrow,
  hexColor,
  imageSize,
  length,
  lineSpacing,
  mediaUrl,
  offset,
  padding,
  spacing,
  textSize,
} from "./values.js";

/**
 * Flex components and containers (RULES.md §5). These schemas check each object's own shape and
 * values; which child may sit in which parent (the FLEX-TREE matrix, video placement, baseline
 * rules) is the tree checks' job, so that the message can say where the child sits.
 * https://developers.line.biz/en/reference/messaging-api/#flex-message
 */

const position = ruled("FLEX-VAL", z.enum(["relative", "absolute"]));
const align = ruled("FLEX-VAL", z.enum(["start", "end", "center"]));
const gravity = ruled("FLEX-VAL", z.enum(["top", "bottom", "center"]));
const weight = ruled("FLEX-VAL", z.enum(["regular", "bold"]));
const fontStyle = ruled("FLEX-VAL", z.enum(["normal", "italic"]));
const decoration = ruled("FLEX-VAL", z.enum(["none", "underline", "line-through"]));
const adjustMode = ruled("FLEX-VAL", z.enum(["shrink-to-fit"]));

const offsets = {
  /**
   * How the component is placed: "relative" moves it by its offsets from where the layout puts it;
   * "absolute" places it by its offsets from the parent box's edges, takes no room in the layout
   * and is clipped by the parent. An absolute component should set one vertical and one horizontal
   * offset, and the root component of a block can't be absolute.
   * Rules: FLEX-VAL, FLEX-ABS-1.
   * @default "relative"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  position: position.optional(),
  /**
   * Shifts the component down (relative) or sets its distance from the parent's top edge
   * (absolute): a keyword "none", "xs"…"xxl", px ("4px", may be negative) or a percentage of the
   * parent box's height.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  offsetTop: offset.optional(),
  /**
   * Shifts the component up (relative) or sets its distance from the parent's bottom edge
   * (absolute): a keyword "none", "xs"…"xxl", px (may be negative) or a percentage of the parent
   * box's height. Not allowed on a child of a baseline box.
   * Rules: FLEX-VAL, FLEX-BASE-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  offsetBottom: offset.optional(),
  /**
   * Shifts the component towards the end (relative) or sets its distance from the parent's start
   * edge (absolute; the left one, the right one in an "rtl" bubble): a keyword "none", "xs"…"xxl",
   * px (may be negative) or a percentage of the parent box's width.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  offsetStart: offset.optional(),
  /**
   * Shifts the component towards the start (relative) or sets its distance from the parent's end
   * edge (absolute): a keyword "none", "xs"…"xxl", px (may be negative) or a percentage of the
   * parent box's width.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  offsetEnd: offset.optional(),
};

export const LinearGradientSchema = strictObject({
  /**
   * Always "linearGradient": a box background that blends from one colour to another.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  type: ruled("FLEX-VAL", z.literal("linearGradient")),
  /**
   * Direction of the gradient, "0deg" (bottom to top) to below "360deg", clockwise: "90deg" runs
   * left to right, "180deg" top to bottom. Decimals are allowed ("23.5deg"); an "rtl" bubble does
   * not flip it. Required.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  angle,
  /**
   * Colour at the start of the gradient, "#RRGGBB" or "#RRGGBBAA". Required.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  startColor: hexColor,
  /**
   * Colour at the end of the gradient, "#RRGGBB" or "#RRGGBBAA". Required.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  endColor: hexColor,
  /**
   * A third colour the gradient passes through at `centerPosition`, "#RRGGBB" or "#RRGGBBAA".
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  centerColor: hexColor.optional(),
  /**
   * Where `centerColor` sits along the gradient, a percentage from "0%" to "100%".
   * Rules: FLEX-VAL.
   * @default "50%"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  centerPosition: centerPosition.optional(),
});

export const FlexSpanSchema = strictObject({
  /**
   * Always "span": a run of text with its own style, only inside a text's `contents`.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  type: z.literal("span"),
  /**
   * The characters of the span. Optional for LINE, but an empty or missing one shows nothing (a
   * warning); a "\n" breaks the line only when the parent text wraps. No length limit of its own:
   * only the bubble's 30 KB counts.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  text: z.string().optional(),
  /**
   * Font size: a keyword "xxs"…"5xl" (11 to 74 px in LINE's simulator, "md" is 16 px) or px
   * ("18px"); no percentages. Unset, the span takes its text's size.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  size: textSize.optional(),
  /**
   * Font colour, "#RRGGBB". Unset, the span takes its text's colour.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  color: hexColor.optional(),
  /**
   * "regular" or "bold". Unset, the span takes its text's weight.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  weight: weight.optional(),
  /**
   * "normal" or "italic". Unset, the span takes its text's style.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  style: fontStyle.optional(),
  /**
   * "none", "underline" or "line-through". It can't undo a decoration set on the parent text: a
   * span that sets another one there gets a warning.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-span
   */
  decoration: decoration.optional(),
});

export const FlexTextSchema = strictObject({
  /**
   * Always "text": a line (or, with `wrap`, lines) of text, in a horizontal, vertical or baseline
   * box.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  type: z.literal("text"),
  /**
   * The text shown. A text needs `text` or `contents`; with spans in `contents`, `text` is ignored
   * (a warning). "\n" breaks the line only with `wrap: true`. No length limit of its own: only the
   * bubble's 30 KB counts.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  text: z.string().optional(),
  /**
   * Spans, each with its own style, shown in place of `text`: only span components may sit here.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  contents: z.array(FlexSpanSchema).optional(),
  /**
   * "shrink-to-fit" makes the font smaller until the whole text fits its width (LINE does its best;
   * it may still be cut).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  adjustMode: adjustMode.optional(),
  /**
   * How much of the parent box's free space the component takes, in proportion to its siblings: an
   * integer ≥ 0 (0 = only its own size). Unset, it is 1 in a horizontal or baseline box and 0 in a
   * vertical one.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  flex: flexGrow.optional(),
  /**
   * Space before the component, in place of the parent box's `spacing` (also before the first
   * child): a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no percentages. It replaces
   * the removed spacer component.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  margin: spacing.optional(),
  ...offsets,
  /**
   * Font size: a keyword "xxs"…"5xl" (11 to 74 px in LINE's simulator, "md" is 16 px) or px
   * ("18px"); no percentages.
   * Rules: FLEX-VAL.
   * @default "md"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  size: textSize.optional(),
  /**
   * true makes it follow the font size the user chose in LINE's settings. Needs LINE 13.6.0 (PC
   * 7.17.0) or later; older clients ignore it. Scales the spans too.
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  scaling: z.boolean().optional(),
  /**
   * Horizontal place in the space the component gets: "start", "end" or "center" ("start" is the
   * left, the right in an "rtl" bubble). LINE documents no default for text; leaving it out keeps
   * LINE's own.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  align: align.optional(),
  /**
   * Vertical place in the space the text gets: "top", "bottom" or "center". Ignored on a child of a
   * baseline box (a warning).
   * Rules: FLEX-VAL, FLEX-BASE-2.
   * @default "top"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  gravity: gravity.optional(),
  /**
   * true breaks the text into lines at the box's width and at each "\n"; false keeps one line and
   * cuts it with "…".
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  wrap: z.boolean().optional(),
  /**
   * Extra space between the lines of a wrapped text, in px ("4px"); no effect without `wrap`. Needs
   * LINE 11.22.0 (PC 7.7.0) or later; older clients ignore it.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  lineSpacing: lineSpacing.optional(),
  /**
   * Most lines a wrapped text shows, an integer ≥ 0; the last one ends in "…" when more would
   * follow. 0 shows them all.
   * Rules: FLEX-VAL.
   * @default 0
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  maxLines: ruled("FLEX-VAL", z.number().int().min(0).max(LIMITS.maxLinesMax.value)).optional(),
  /**
   * "regular" or "bold".
   * Rules: FLEX-VAL.
   * @default "regular"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  weight: weight.optional(),
  /**
   * Font colour, "#RRGGBB" ("#RRGGBBAA" is not documented here: a warning).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  color: hexColor.optional(),
  /**
   * What happens when the user taps it: a postback, message, uri, datetimepicker or clipboard
   * action. Camera, cameraRoll and location actions work only in quick replies, richmenuswitch only
   * in rich menus. Its `label` is optional here (at most 40 grapheme clusters) and not shown.
   * Rules: ACT-RMS, ACT-CAM, ACT-ROLL, ACT-LOC.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  action: ActionSchema.optional(),
  /**
   * "normal" or "italic".
   * Rules: FLEX-VAL.
   * @default "normal"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  style: fontStyle.optional(),
  /**
   * "none", "underline" or "line-through"; spans can't undo it.
   * Rules: FLEX-VAL.
   * @default "none"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-text
   */
  decoration: decoration.optional(),
});

export const FlexImageSchema = strictObject({
  /**
   * Always "image": a picture, as a bubble's hero, in a horizontal or vertical box, or as a video's
   * `altContent`.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  type: z.literal("image"),
  /**
   * The image: an https URL (TLS 1.2 or later), at most 2000 characters, percent-encoded; JPEG or
   * PNG, at most 1024 × 1024 px and 10 MB (300 KB when animated). Required.
   * Rules: FLEX-VAL, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  url: mediaUrl,
  /**
   * How much of the parent box's free space the component takes, in proportion to its siblings: an
   * integer ≥ 0 (0 = only its own size). Unset, it is 1 in a horizontal or baseline box and 0 in a
   * vertical one.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  flex: flexGrow.optional(),
  /**
   * Space before the component, in place of the parent box's `spacing` (also before the first
   * child): a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no percentages. It replaces
   * the removed spacer component.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  margin: spacing.optional(),
  ...offsets,
  /**
   * Horizontal place in the space the image gets: "start", "end" or "center" ("start" is the left,
   * the right in an "rtl" bubble).
   * Rules: FLEX-VAL.
   * @default "center"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  align: align.optional(),
  /**
   * Vertical place of the image in the space it gets: "top", "bottom" or "center".
   * Rules: FLEX-VAL.
   * @default "top"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  gravity: gravity.optional(),
  /**
   * The image's largest width: a keyword "xxs"…"5xl" (40 to 220 px in LINE's simulator, "md" is 100
   * px), "full" (the whole width it gets), px ("120px") or a percentage of the original image's
   * width. It shrinks when the box gives it less.
   * Rules: FLEX-VAL.
   * @default "md"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  size: imageSize.optional(),
  /**
   * Width to height of the drawing area, "W:H" with each term from 1 to 100000 and the height at
   * most three times the width ("20:13"). Whole numbers are what LINE documents; decimals get a
   * warning.
   * Rules: FLEX-VAL.
   * @default "1:1"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  aspectRatio: aspectRatio.optional(),
  /**
   * How the image fills its drawing area: "fit" shows all of it (with `backgroundColor` around it),
   * "cover" fills the area and crops what sticks out.
   * Rules: FLEX-VAL.
   * @default "fit"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  aspectMode: ruled("FLEX-VAL", z.enum(["fit", "cover"])).optional(),
  /**
   * Colour behind the image, seen where "fit" leaves room, "#RRGGBB" ("#RRGGBBAA" is not documented
   * here: a warning).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  backgroundColor: hexColor.optional(),
  /**
   * What happens when the user taps it: a postback, message, uri, datetimepicker or clipboard
   * action. Camera, cameraRoll and location actions work only in quick replies, richmenuswitch only
   * in rich menus. Its `label` is optional here (at most 40 grapheme clusters) and not shown.
   * Rules: ACT-RMS, ACT-CAM, ACT-ROLL, ACT-LOC.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  action: ActionSchema.optional(),
  /**
   * true plays an animated PNG (APNG, at most 300 KB). At most 10 animated images in one message,
   * carousel included.
   * Rules: FLEX-IMG-ANIM.
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#f-image
   */
  animated: z.boolean().optional(),
});

export const FlexIconSchema = strictObject({
  /**
   * Always "icon": a small picture on the text line of a baseline box (and only there). Its flex is
   * always 0 and it takes no action.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-icon
   */
  type: z.literal("icon"),
  /**
   * The icon: an https URL (TLS 1.2 or later), at most 2000 characters, percent-encoded; JPEG or
   * PNG, at most 1024 × 1024 px and 1 MB. Required.
   * Rules: FLEX-VAL, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-icon
   */
  url: mediaUrl,
  /**
   * Space before the component, in place of the parent box's `spacing` (also before the first
   * child): a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no percentages. It replaces
   * the removed spacer component.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-icon
   */
  margin: spacing.optional(),
  ...offsets,
  /**
   * Height of the icon, as a font size: a keyword "xxs"…"5xl" (11 to 74 px in LINE's simulator,
   * "md" is 16 px) or px ("18px"); no percentages.
   * Rules: FLEX-VAL.
   * @default "md"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-icon
   */
  size: textSize.optional(),
  /**
   * Width to height of the drawing area, "W:H" with each term from 1 to 100000 and the height at
   * most three times the width ("20:13"). Whole numbers are what LINE documents; decimals get a
   * warning.
   * Rules: FLEX-VAL.
   * @default "1:1"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-icon
   */
  aspectRatio: aspectRatio.optional(),
  /**
   * true makes it follow the font size the user chose in LINE's settings. Needs LINE 13.6.0 (PC
   * 7.17.0) or later; older clients ignore it.
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#f-icon
   */
  scaling: z.boolean().optional(),
});

export const FlexButtonSchema = strictObject({
  /**
   * Always "button": a tappable button, in a horizontal or vertical box.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  type: z.literal("button"),
  /**
   * What the button does, and its caption: the action's `label` is required here (at most 40
   * grapheme clusters). A postback, message, uri, datetimepicker or clipboard action; camera,
   * cameraRoll and location work only in quick replies, richmenuswitch only in rich menus.
   * Required.
   * Rules: ACT-RMS, ACT-CAM, ACT-ROLL, ACT-LOC.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  action: ActionSchema,
  /**
   * How much of the parent box's free space the component takes, in proportion to its siblings: an
   * integer ≥ 0 (0 = only its own size). Unset, it is 1 in a horizontal or baseline box and 0 in a
   * vertical one.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  flex: flexGrow.optional(),
  /**
   * Space before the component, in place of the parent box's `spacing` (also before the first
   * child): a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no percentages. It replaces
   * the removed spacer component.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  margin: spacing.optional(),
  ...offsets,
  /**
   * "sm" (40 px in LINE's simulator) or "md" (52 px).
   * Rules: FLEX-VAL.
   * @default "md"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  height: ruled("FLEX-VAL", z.enum(["sm", "md"])).optional(),
  /**
   * "primary" (a filled, dark button with white text), "secondary" (a filled, light button) or
   * "link" (text only, no background).
   * Rules: FLEX-VAL.
   * @default "link"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  style: ruled("FLEX-VAL", z.enum(["primary", "secondary", "link"])).optional(),
  /**
   * "#RRGGBB": the text colour of a "link" button, the background of a "primary" or "secondary"
   * one.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  color: hexColor.optional(),
  /**
   * Vertical place of the button in the space it gets: "top", "bottom" or "center".
   * Rules: FLEX-VAL.
   * @default "top"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  gravity: gravity.optional(),
  /**
   * "shrink-to-fit" makes the label's font smaller until it fits the button (LINE does its best).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  adjustMode: adjustMode.optional(),
  /**
   * true makes it follow the font size the user chose in LINE's settings. Needs LINE 13.6.0 (PC
   * 7.17.0) or later; older clients ignore it.
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#f-button
   */
  scaling: z.boolean().optional(),
});

export const FlexSeparatorSchema = strictObject({
  /**
   * Always "separator": a thin line, across a vertical box or down a horizontal one.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-separator
   */
  type: z.literal("separator"),
  /**
   * Space before the component, in place of the parent box's `spacing` (also before the first
   * child): a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no percentages. It replaces
   * the removed spacer component.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-separator
   */
  margin: spacing.optional(),
  /**
   * Colour of the line, "#RRGGBB" (LINE's simulator draws a light grey when unset).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-separator
   */
  color: hexColor.optional(),
});

/** Deprecated (RULES.md §5.6 filler): accepted, and the tree checks warn. */
export const FlexFillerSchema = strictObject({
  /**
   * Always "filler": empty space that grows. Deprecated by LINE (a warning); the parent's `spacing`
   * does not apply before it.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-filler
   * @deprecated Use `margin` on the next component, `spacing` or `justifyContent` on the box instead.
   */
  type: z.literal("filler"),
  /**
   * How much free space the filler takes, in proportion to its siblings: an integer ≥ 0.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-filler
   * @deprecated The filler component is deprecated; see its `type`.
   */
  flex: flexGrow.optional(),
});

/**
 * Box and video hold other components. TypeScript cannot infer a type that refers to itself
 * through a schema, so these two get interfaces (their other properties are still inferred) and
 * their children go through `z.lazy` typed with the union below.
 */
// The schema also takes a richmenuswitch action, which the types leave out (InferMessage), so that
// the validators can report it (ACT-RMS): the cast says the type is the narrower one on purpose.
const lazyComponent = z.lazy(
  (): z.ZodType<FlexComponent> => FlexComponentSchema as unknown as z.ZodType<FlexComponent>,
);

const FlexBoxBase = strictObject({
  /**
   * Always "box": a container that lays out its `contents` in a row or a column. The header, body
   * and footer of a bubble are boxes.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  type: z.literal("box"),
  /**
   * How the children are laid out: "horizontal" side by side, "vertical" one under another,
   * "baseline" side by side on a shared text baseline (only text, icon and filler may sit in a
   * baseline box). Required.
   * Rules: FLEX-VAL, FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  layout: ruled("FLEX-VAL", z.enum(["horizontal", "vertical", "baseline"])),
  /**
   * Colour behind the box, "#RRGGBB" or "#RRGGBBAA" (with alpha); `background` paints over it.
   * Rules: FLEX-VAL.
   * @default "#00000000"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  backgroundColor: hexColor.optional(),
  /**
   * Colour of the border, "#RRGGBB" ("#RRGGBBAA" is not documented here: a warning).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  borderColor: hexColor.optional(),
  /**
   * Width of the border: "none", "light", "normal", "medium", "semi-bold", "bold" (0 to 4 px in
   * LINE's simulator) or px ("2px").
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  borderWidth: borderWidth.optional(),
  /**
   * Rounds the box's corners: a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("12px").
   * Rules: FLEX-VAL.
   * @default "none"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  cornerRadius: cornerRadius.optional(),
  /**
   * Width of the box, px ("120px") or a percentage of the parent box's width. In a horizontal box
   * it makes the box's `flex` 0.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  width: length.optional(),
  /**
   * Largest width of the box, px or a percentage of the parent's width; it wins over `width`. Needs
   * LINE 11.22.0 (PC 7.7.0) or later; older clients ignore it.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  maxWidth: length.optional(),
  /**
   * Height of the box, px ("120px") or a percentage of the parent box's height. In a horizontal box
   * it makes the box's `flex` 0.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  height: length.optional(),
  /**
   * Largest height of the box, px or a percentage of the parent's height; it wins over `height`.
   * Needs LINE 11.22.0 (PC 7.7.0) or later; older clients ignore it.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  maxHeight: length.optional(),
  /**
   * How much of the parent box's free space the component takes, in proportion to its siblings: an
   * integer ≥ 0 (0 = only its own size). Unset, it is 1 in a horizontal or baseline box and 0 in a
   * vertical one; a `width` in a horizontal box makes it 0.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  flex: flexGrow.optional(),
  /**
   * Space between the children: a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no
   * percentages. A child's `margin` replaces it before that child; fillers ignore it.
   * Rules: FLEX-VAL.
   * @default "none"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  spacing: spacing.optional(),
  /**
   * Space before the component, in place of the parent box's `spacing` (also before the first
   * child): a keyword "none", "xs"…"xxl" (0 to 20 px) or px ("8px"); no percentages. It replaces
   * the removed spacer component.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  margin: spacing.optional(),
  /**
   * Inner space on all four sides: a keyword "none", "xs"…"xxl" (0 to 20 px), px ("8px") or a
   * percentage of the box's width. A side's own padding wins over it (a warning when both are set).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  paddingAll: padding.optional(),
  /**
   * Inner space on the top, in place of `paddingAll` there: a keyword "none", "xs"…"xxl" (0 to 20
   * px), px ("8px") or a percentage of the box's width.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  paddingTop: padding.optional(),
  /**
   * Inner space on the bottom, in place of `paddingAll` there: a keyword "none", "xs"…"xxl" (0 to
   * 20 px), px ("8px") or a percentage of the box's width.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  paddingBottom: padding.optional(),
  /**
   * Inner space on the start side (left; right in an "rtl" bubble), in place of `paddingAll` there:
   * a keyword "none", "xs"…"xxl" (0 to 20 px), px ("8px") or a percentage of the box's width.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  paddingStart: padding.optional(),
  /**
   * Inner space on the end side (right; left in an "rtl" bubble), in place of `paddingAll` there: a
   * keyword "none", "xs"…"xxl" (0 to 20 px), px ("8px") or a percentage of the box's width.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  paddingEnd: padding.optional(),
  ...offsets,
  /**
   * What happens when the user taps it: a postback, message, uri, datetimepicker or clipboard
   * action. Camera, cameraRoll and location actions work only in quick replies, richmenuswitch only
   * in rich menus. Its `label` is optional here (at most 40 grapheme clusters) and not shown.
   * Rules: ACT-RMS, ACT-CAM, ACT-ROLL, ACT-LOC.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  action: ActionSchema.optional(),
  /**
   * How the children share the main axis (along the row or the column): "flex-start", "center",
   * "flex-end", "space-between", "space-around" or "space-evenly". It has an effect only when every
   * child has flex 0 (a warning otherwise; remember the default flex of 1 in a horizontal box).
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  justifyContent: ruled(
    "FLEX-VAL",
    z.enum(["flex-start", "center", "flex-end", "space-between", "space-around", "space-evenly"]),
  ).optional(),
  /**
   * Where the children sit across the main axis: "flex-start", "center" or "flex-end".
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  alignItems: ruled("FLEX-VAL", z.enum(["flex-start", "center", "flex-end"])).optional(),
  /**
   * A linear gradient painted over `backgroundColor`.
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  background: LinearGradientSchema.optional(),
});

export interface FlexBox extends InferMessage<typeof FlexBoxBase> {
  /**
   * The children, drawn in order (later ones paint over earlier ones); may be empty. Which
   * components may sit here depends on `layout`: never a video, an icon only in a baseline box.
   * Required.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  contents: FlexComponent[];
}

export const FlexBoxSchema = strictObject({
  ...FlexBoxBase.shape,
  /**
   * The children, drawn in order (later ones paint over earlier ones); may be empty. Which
   * components may sit here depends on `layout`: never a video, an icon only in a baseline box.
   * Required.
   * Rules: FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-box
   */
  contents: z.array(lazyComponent),
});

const FlexVideoBase = strictObject({
  /**
   * Always "video": a video that plays in the bubble. It must be the hero itself, of a "kilo",
   * "mega" or "giga" bubble that is not in a carousel. Needs LINE 11.22.0 (PC 7.7.0) or later;
   * older clients show `altContent`.
   * Rules: FLEX-VID-1, FLEX-VID-2, FLEX-VID-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  type: z.literal("video"),
  /**
   * The video: an https URL (TLS 1.2 or later), at most 2000 characters, percent-encoded; mp4, at
   * most 200 MB. Required.
   * Rules: FLEX-VAL, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  url: mediaUrl,
  /**
   * The still shown before the video plays: an https URL, at most 2000 characters, percent-encoded;
   * JPEG or PNG, at most 1 MB. Required.
   * Rules: FLEX-VAL, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  previewUrl: mediaUrl,
  /**
   * Width to height of the drawing area, "W:H" with each term from 1 to 100000 and the height at
   * most three times the width ("20:13"). Whole numbers are what LINE documents; decimals get a
   * warning. It should match the video's and the preview's.
   * Rules: FLEX-VAL.
   * @default "1:1"
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  aspectRatio: aspectRatio.optional(),
  /**
   * A uri action only: its `label` (at most 40 grapheme clusters) is the caption of the link LINE
   * shows with the video.
   * Rules: ACT-URI.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  action: ActionSchema.optional(),
});

export interface FlexVideo extends InferMessage<typeof FlexVideoBase> {
  /**
   * What clients that can't play the video show in its place (LINE older than 11.22.0, PC older
   * than 7.7.0, the Flex Message Simulator): a box or an image. Required.
   * Rules: FLEX-VID-4, FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  altContent: FlexComponent;
}

export const FlexVideoSchema = strictObject({
  ...FlexVideoBase.shape,
  /**
   * What clients that can't play the video show in its place (LINE older than 11.22.0, PC older
   * than 7.7.0, the Flex Message Simulator): a box or an image. Required.
   * Rules: FLEX-VID-4, FLEX-TREE.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-video
   */
  altContent: lazyComponent,
});

export type FlexComponent =
  | FlexBox
  | FlexButton
  | FlexImage
  | FlexVideo
  | FlexIcon
  | FlexText
  | FlexSpan
  | FlexSeparator
  | FlexFiller;

export const FlexComponentSchema = ruled(
  "FLEX-TREE",
  z.discriminatedUnion("type", [
    FlexBoxSchema,
    FlexButtonSchema,
    FlexImageSchema,
    FlexVideoSchema,
    FlexIconSchema,
    FlexTextSchema,
    FlexSpanSchema,
    FlexSeparatorSchema,
    FlexFillerSchema,
  ]),
  `a Flex component type (${FLEX_COMPONENT_TYPES.map((t) => `"${t}"`).join(", ")})`,
);

export const FlexBlockStyleSchema = strictObject({
  /**
   * Colour behind the block, "#RRGGBB".
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#block-style
   */
  backgroundColor: hexColor.optional(),
  /**
   * true draws a line between this block and the one above it; not allowed on the first block
   * present.
   * Rules: FLEX-STY-1.
   * @default false
   * @see https://developers.line.biz/en/reference/messaging-api/#block-style
   */
  separator: z.boolean().optional(),
  /**
   * Colour of that line, "#RRGGBB".
   * Rules: FLEX-VAL.
   * @see https://developers.line.biz/en/reference/messaging-api/#block-style
   */
  separatorColor: hexColor.optional(),
});

export const FlexBubbleSchema = strictObject({
  /**
   * Always "bubble": one message card, with up to four blocks (header, hero, body, footer) drawn in
   * that order. Its compact JSON is at most 30 KB.
   * Rules: FLEX-BUB-1, FLEX-BUB-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  type: z.literal("bubble"),
  /**
   * Width of the bubble: "nano", "micro", "deca", "hecto", "kilo", "mega" or "giga" (120 to 500 px
   * in LINE's simulator). "deca" and "hecto" need LINE 13.6.0 (PC 7.17.0); older clients show
   * "kilo". All bubbles of a carousel have the same size, and a video hero needs "kilo", "mega" or
   * "giga".
   * Rules: FLEX-BUB-1, FLEX-BUB-5, FLEX-CAR-2, FLEX-VID-2.
   * @default "mega"
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  size: ruled(
    "FLEX-BUB-1",
    z.enum(["nano", "micro", "deca", "hecto", "kilo", "mega", "giga"]),
  ).optional(),
  /**
   * "ltr" lays out horizontal boxes left to right, "rtl" right to left (start and end swap sides;
   * gradients do not turn).
   * Rules: FLEX-BUB-1.
   * @default "ltr"
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  direction: ruled("FLEX-BUB-1", z.enum(["ltr", "rtl"])).optional(),
  /**
   * The top block: a box.
   * Rules: FLEX-BUB-2.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  header: FlexBoxSchema.optional(),
  /**
   * The main picture under the header: a box, an image or a video (the only place a video may be;
   * the bubble is then "kilo", "mega" or "giga" and not in a carousel).
   * Rules: FLEX-BUB-2, FLEX-TREE, FLEX-VID-2, FLEX-VID-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  hero: FlexComponentSchema.optional(),
  /**
   * The main block: a box. In a carousel, bodies stretch to the tallest one.
   * Rules: FLEX-BUB-2.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  body: FlexBoxSchema.optional(),
  /**
   * The bottom block, often for buttons: a box.
   * Rules: FLEX-BUB-2.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  footer: FlexBoxSchema.optional(),
  /**
   * Background colour and separator line of each block.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble-style
   */
  styles: strictObject({
    /**
     * Style of the header block; it has no effect when the bubble has no header (a warning).
     * Rules: FLEX-STY-2.
     * @see https://developers.line.biz/en/reference/messaging-api/#bubble-style
     */
    header: FlexBlockStyleSchema.optional(),
    /**
     * Style of the hero block; it has no effect when the bubble has no hero (a warning).
     * Rules: FLEX-STY-2.
     * @see https://developers.line.biz/en/reference/messaging-api/#bubble-style
     */
    hero: FlexBlockStyleSchema.optional(),
    /**
     * Style of the body block; it has no effect when the bubble has no body (a warning).
     * Rules: FLEX-STY-2.
     * @see https://developers.line.biz/en/reference/messaging-api/#bubble-style
     */
    body: FlexBlockStyleSchema.optional(),
    /**
     * Style of the footer block; it has no effect when the bubble has no footer (a warning).
     * Rules: FLEX-STY-2.
     * @see https://developers.line.biz/en/reference/messaging-api/#bubble-style
     */
    footer: FlexBlockStyleSchema.optional(),
  }).optional(),
  /**
   * What happens when the user taps the bubble: a postback, message, uri, datetimepicker or
   * clipboard action. Camera, cameraRoll and location actions work only in quick replies,
   * richmenuswitch only in rich menus. Its `label` is optional here (at most 40 grapheme clusters)
   * and not shown.
   * Rules: ACT-RMS, ACT-CAM, ACT-ROLL, ACT-LOC.
   * @see https://developers.line.biz/en/reference/messaging-api/#bubble
   */
  action: ActionSchema.optional(),
});

export const FlexCarouselSchema = strictObject({
  /**
   * Always "carousel": bubbles side by side that the user scrolls through. Its compact JSON is at
   * most 50 KB.
   * Rules: FLEX-CAR-1, FLEX-CAR-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-carousel
   */
  type: z.literal("carousel"),
  /**
   * The bubbles, 1 to 12, all of the same `size`; none with a video hero.
   * Rules: FLEX-CAR-1, FLEX-CAR-2, FLEX-VID-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#f-carousel
   */
  contents: ruled(
    "FLEX-CAR-1",
    z.array(FlexBubbleSchema).min(1).max(LIMITS.carouselBubblesMax.value),
  ),
});

export const FlexContainerSchema = ruled(
  "FLEX-1",
  z.discriminatedUnion("type", [FlexBubbleSchema, FlexCarouselSchema]),
  'a Flex container ("bubble" or "carousel")',
);

export type FlexText = InferMessage<typeof FlexTextSchema>;
export type FlexSpan = InferMessage<typeof FlexSpanSchema>;
export type FlexImage = InferMessage<typeof FlexImageSchema>;
export type FlexIcon = InferMessage<typeof FlexIconSchema>;
export type FlexButton = InferMessage<typeof FlexButtonSchema>;
export type FlexSeparator = InferMessage<typeof FlexSeparatorSchema>;
export type FlexFiller = InferMessage<typeof FlexFillerSchema>;
export type FlexBubble = InferMessage<typeof FlexBubbleSchema>;
export type FlexCarousel = InferMessage<typeof FlexCarouselSchema>;
export type FlexContainer = InferMessage<typeof FlexContainerSchema>;
export type FlexBlockStyle = InferMessage<typeof FlexBlockStyleSchema>;
export type LinearGradient = InferMessage<typeof LinearGradientSchema>;
