import { z } from "zod";
import { FLEX_COMPONENT_TYPES } from "../flex-structure.js";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import type { InferMessage } from "./infer.js";
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
  position: position.optional(),
  offsetTop: offset.optional(),
  offsetBottom: offset.optional(),
  offsetStart: offset.optional(),
  offsetEnd: offset.optional(),
};

export const LinearGradientSchema = z.strictObject({
  type: ruled("FLEX-VAL", z.literal("linearGradient")),
  angle,
  startColor: hexColor,
  endColor: hexColor,
  centerColor: hexColor.optional(),
  centerPosition: centerPosition.optional(),
});

export const FlexSpanSchema = z.strictObject({
  type: z.literal("span"),
  text: z.string().optional(),
  size: textSize.optional(),
  color: hexColor.optional(),
  weight: weight.optional(),
  style: fontStyle.optional(),
  decoration: decoration.optional(),
});

export const FlexTextSchema = z.strictObject({
  type: z.literal("text"),
  text: z.string().optional(),
  contents: z.array(FlexSpanSchema).optional(),
  adjustMode: adjustMode.optional(),
  flex: flexGrow.optional(),
  margin: spacing.optional(),
  ...offsets,
  size: textSize.optional(),
  scaling: z.boolean().optional(),
  align: align.optional(),
  gravity: gravity.optional(),
  wrap: z.boolean().optional(),
  lineSpacing: lineSpacing.optional(),
  maxLines: ruled("FLEX-VAL", z.number().int().min(0).max(LIMITS.maxLinesMax.value)).optional(),
  weight: weight.optional(),
  color: hexColor.optional(),
  action: ActionSchema.optional(),
  style: fontStyle.optional(),
  decoration: decoration.optional(),
});

export const FlexImageSchema = z.strictObject({
  type: z.literal("image"),
  url: mediaUrl,
  flex: flexGrow.optional(),
  margin: spacing.optional(),
  ...offsets,
  align: align.optional(),
  gravity: gravity.optional(),
  size: imageSize.optional(),
  aspectRatio: aspectRatio.optional(),
  aspectMode: ruled("FLEX-VAL", z.enum(["fit", "cover"])).optional(),
  backgroundColor: hexColor.optional(),
  action: ActionSchema.optional(),
  animated: z.boolean().optional(),
});

export const FlexIconSchema = z.strictObject({
  type: z.literal("icon"),
  url: mediaUrl,
  margin: spacing.optional(),
  ...offsets,
  size: textSize.optional(),
  aspectRatio: aspectRatio.optional(),
  scaling: z.boolean().optional(),
});

export const FlexButtonSchema = z.strictObject({
  type: z.literal("button"),
  action: ActionSchema,
  flex: flexGrow.optional(),
  margin: spacing.optional(),
  ...offsets,
  height: ruled("FLEX-VAL", z.enum(["sm", "md"])).optional(),
  style: ruled("FLEX-VAL", z.enum(["primary", "secondary", "link"])).optional(),
  color: hexColor.optional(),
  gravity: gravity.optional(),
  adjustMode: adjustMode.optional(),
  scaling: z.boolean().optional(),
});

export const FlexSeparatorSchema = z.strictObject({
  type: z.literal("separator"),
  margin: spacing.optional(),
  color: hexColor.optional(),
});

/** Deprecated (RULES.md §5.6 filler): accepted, and the tree checks warn. */
export const FlexFillerSchema = z.strictObject({
  type: z.literal("filler"),
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

const FlexBoxBase = z.strictObject({
  type: z.literal("box"),
  layout: ruled("FLEX-VAL", z.enum(["horizontal", "vertical", "baseline"])),
  backgroundColor: hexColor.optional(),
  borderColor: hexColor.optional(),
  borderWidth: borderWidth.optional(),
  cornerRadius: cornerRadius.optional(),
  width: length.optional(),
  maxWidth: length.optional(),
  height: length.optional(),
  maxHeight: length.optional(),
  flex: flexGrow.optional(),
  spacing: spacing.optional(),
  margin: spacing.optional(),
  paddingAll: padding.optional(),
  paddingTop: padding.optional(),
  paddingBottom: padding.optional(),
  paddingStart: padding.optional(),
  paddingEnd: padding.optional(),
  ...offsets,
  action: ActionSchema.optional(),
  justifyContent: ruled(
    "FLEX-VAL",
    z.enum(["flex-start", "center", "flex-end", "space-between", "space-around", "space-evenly"]),
  ).optional(),
  alignItems: ruled("FLEX-VAL", z.enum(["flex-start", "center", "flex-end"])).optional(),
  background: LinearGradientSchema.optional(),
});

export interface FlexBox extends InferMessage<typeof FlexBoxBase> {
  contents: FlexComponent[];
}

export const FlexBoxSchema = FlexBoxBase.extend({ contents: z.array(lazyComponent) });

const FlexVideoBase = z.strictObject({
  type: z.literal("video"),
  url: mediaUrl,
  previewUrl: mediaUrl,
  aspectRatio: aspectRatio.optional(),
  action: ActionSchema.optional(),
});

export interface FlexVideo extends InferMessage<typeof FlexVideoBase> {
  altContent: FlexComponent;
}

export const FlexVideoSchema = FlexVideoBase.extend({ altContent: lazyComponent });

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

export const FlexBlockStyleSchema = z.strictObject({
  backgroundColor: hexColor.optional(),
  separator: z.boolean().optional(),
  separatorColor: hexColor.optional(),
});

export const FlexBubbleSchema = z.strictObject({
  type: z.literal("bubble"),
  size: ruled(
    "FLEX-BUB-1",
    z.enum(["nano", "micro", "deca", "hecto", "kilo", "mega", "giga"]),
  ).optional(),
  direction: ruled("FLEX-BUB-1", z.enum(["ltr", "rtl"])).optional(),
  header: FlexBoxSchema.optional(),
  hero: FlexComponentSchema.optional(),
  body: FlexBoxSchema.optional(),
  footer: FlexBoxSchema.optional(),
  styles: z
    .strictObject({
      header: FlexBlockStyleSchema.optional(),
      hero: FlexBlockStyleSchema.optional(),
      body: FlexBlockStyleSchema.optional(),
      footer: FlexBlockStyleSchema.optional(),
    })
    .optional(),
  action: ActionSchema.optional(),
});

export const FlexCarouselSchema = z.strictObject({
  type: z.literal("carousel"),
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
