import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import type { InferMessage } from "./infer.js";
import { graphemeString, hexColor, httpsUrl, utf16String } from "./values.js";

/**
 * Template messages (RULES.md §7). RULES.md gives only TPL-CAR-SAME an ID; TPL (common fields),
 * TPL-BTN, TPL-CONF, TPL-CAR and TPL-IMG-CAR name its sections. Text limits that depend on
 * whether an image or title is set, action labels (§4.3) and the cross-column rules are
 * checked in src/checks/template.ts, which can name the column.
 * https://developers.line.biz/en/reference/messaging-api/#template-messages
 */

// RULES.md §12.7: OAS declares these as plain strings, REF lists the values.
const imageAspectRatio = ruled("TPL", z.enum(["rectangle", "square"]));
const imageSize = ruled("TPL", z.enum(["cover", "contain"]));
const title = graphemeString("TPL", LIMITS.templateTitleMax.value);

export const ButtonsTemplateSchema = z.strictObject({
  type: z.literal("buttons"),
  thumbnailImageUrl: httpsUrl("TPL-BTN").optional(),
  imageAspectRatio: imageAspectRatio.optional(),
  imageSize: imageSize.optional(),
  imageBackgroundColor: hexColor.optional(),
  title: title.optional(),
  text: graphemeString("TPL-BTN", LIMITS.buttonsTextMax.value, 1),
  defaultAction: ActionSchema.optional(),
  actions: ruled("TPL-BTN", z.array(ActionSchema).min(1).max(LIMITS.buttonsActionsMax.value)),
});

export const ConfirmTemplateSchema = z.strictObject({
  type: z.literal("confirm"),
  text: graphemeString("TPL-CONF", LIMITS.confirmTextMax.value, 1),
  actions: ruled("TPL-CONF", z.array(ActionSchema).length(LIMITS.confirmActions.value)),
});

export const CarouselColumnSchema = z.strictObject({
  thumbnailImageUrl: httpsUrl("TPL-CAR").optional(),
  imageBackgroundColor: hexColor.optional(),
  title: title.optional(),
  text: graphemeString("TPL-CAR", LIMITS.carouselTextMax.value, 1),
  defaultAction: ActionSchema.optional(),
  actions: ruled("TPL-CAR", z.array(ActionSchema).min(1).max(LIMITS.carouselActionsMax.value)),
});

export const CarouselTemplateSchema = z.strictObject({
  type: z.literal("carousel"),
  columns: ruled(
    "TPL-CAR",
    z.array(CarouselColumnSchema).min(1).max(LIMITS.templateColumnsMax.value),
  ),
  imageAspectRatio: imageAspectRatio.optional(),
  imageSize: imageSize.optional(),
});

export const ImageCarouselColumnSchema = z.strictObject({
  imageUrl: httpsUrl("TPL-IMG-CAR"),
  action: ActionSchema,
});

export const ImageCarouselTemplateSchema = z.strictObject({
  type: z.literal("image_carousel"),
  columns: ruled(
    "TPL-IMG-CAR",
    z.array(ImageCarouselColumnSchema).min(1).max(LIMITS.templateColumnsMax.value),
  ),
});

export const TEMPLATE_TYPES = ["buttons", "confirm", "carousel", "image_carousel"] as const;

export const TemplateSchema = ruled(
  "TPL",
  z.discriminatedUnion("type", [
    ButtonsTemplateSchema,
    ConfirmTemplateSchema,
    CarouselTemplateSchema,
    ImageCarouselTemplateSchema,
  ]),
  `a template type (${TEMPLATE_TYPES.map((t) => `"${t}"`).join(", ")})`,
);

/** The message's own fields; `quickReply` and `sender` are added in message.ts. */
export const templateFields = {
  type: z.literal("template"),
  altText: utf16String("TPL", LIMITS.templateAltTextMax.value, 1),
  template: TemplateSchema,
};

export type ButtonsTemplate = InferMessage<typeof ButtonsTemplateSchema>;
export type ConfirmTemplate = InferMessage<typeof ConfirmTemplateSchema>;
export type CarouselColumn = InferMessage<typeof CarouselColumnSchema>;
export type CarouselTemplate = InferMessage<typeof CarouselTemplateSchema>;
export type ImageCarouselColumn = InferMessage<typeof ImageCarouselColumnSchema>;
export type ImageCarouselTemplate = InferMessage<typeof ImageCarouselTemplateSchema>;
export type Template = InferMessage<typeof TemplateSchema>;
