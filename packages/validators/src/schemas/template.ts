import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import type { InferMessage } from "./infer.js";
import { strictObject } from "./object.js";
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

export const ButtonsTemplateSchema = strictObject({
  /**
   * A card with an optional image and title, a text, and up to 4 buttons.
   * Rules: TPL.
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  type: z.literal("buttons"),
  /**
   * The image at the top: an https URL of at most 2000 UTF-16 code units, percent-encoded,
   * to a JPEG or PNG at most 1024 px wide and 10 MB. With it, `text` may hold only 60.
   * Rules: TPL-BTN, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  thumbnailImageUrl: httpsUrl("TPL-BTN").optional(),
  /**
   * The shape of the image: `"rectangle"` (1.51:1) or `"square"` (1:1).
   * Rules: TPL.
   * @default "rectangle"
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  imageAspectRatio: imageAspectRatio.optional(),
  /**
   * How the image fills its frame: `"cover"` (crops to fill) or `"contain"`
   * (shows it whole, with background around it).
   * Rules: TPL.
   * @default "cover"
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  imageSize: imageSize.optional(),
  /**
   * The colour behind the image, `"#RRGGBB"`.
   * Rules: FLEX-VAL.
   * @default "#FFFFFF"
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  imageBackgroundColor: hexColor.optional(),
  /**
   * Bold text above `text`, at most 40 characters (grapheme clusters). With it, `text`
   * may hold only 60.
   * Rules: TPL, TPL-BTN.
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  title: title.optional(),
  /**
   * The message text. Required: at most 160 characters (grapheme clusters), or 60 when
   * `thumbnailImageUrl` or `title` is set.
   * Rules: TPL-BTN.
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  text: graphemeString("TPL-BTN", LIMITS.buttonsTextMax.value, 1),
  /**
   * The action run by a tap on the image, title or text (outside the buttons). Its
   * label is optional, at most 20 characters (grapheme clusters).
   * Rules: ACT-TYPE, ACT-LABEL.
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  defaultAction: ActionSchema.optional(),
  /**
   * The buttons, 1–4 actions, each with a required label of at most 20 characters (grapheme
   * clusters).
   * Rules: TPL-BTN, ACT-LABEL.
   * @see https://developers.line.biz/en/reference/messaging-api/#buttons
   */
  actions: ruled("TPL-BTN", z.array(ActionSchema).min(1).max(LIMITS.buttonsActionsMax.value)),
});

export const ConfirmTemplateSchema = strictObject({
  /**
   * A question with two buttons side by side, such as Yes and No.
   * Rules: TPL.
   * @see https://developers.line.biz/en/reference/messaging-api/#confirm
   */
  type: z.literal("confirm"),
  /**
   * The question. Required, 1–240 characters (grapheme clusters).
   * Rules: TPL-CONF.
   * @see https://developers.line.biz/en/reference/messaging-api/#confirm
   */
  text: graphemeString("TPL-CONF", LIMITS.confirmTextMax.value, 1),
  /**
   * The two buttons: exactly 2 actions, each with a required label of at most 20 characters
   * (grapheme clusters).
   * Rules: TPL-CONF, ACT-LABEL.
   * @see https://developers.line.biz/en/reference/messaging-api/#confirm
   */
  actions: ruled("TPL-CONF", z.array(ActionSchema).length(LIMITS.confirmActions.value)),
});

export const CarouselColumnSchema = strictObject({
  /**
   * The image at the top: an https URL of at most 2000 UTF-16 code units, percent-encoded,
   * to a JPEG or PNG at most 1024 px wide and 10 MB. With it, `text` may hold only 60; if one
   * column has an image, all need one.
   * Rules: TPL-CAR, TPL-CAR-SAME, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel
   */
  thumbnailImageUrl: httpsUrl("TPL-CAR").optional(),
  /**
   * The colour behind the image, `"#RRGGBB"`.
   * Rules: FLEX-VAL.
   * @default "#FFFFFF"
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel
   */
  imageBackgroundColor: hexColor.optional(),
  /**
   * Bold text above `text`, at most 40 characters (grapheme clusters). With it, `text` may
   * hold only 60; if one column has a title, all need one.
   * Rules: TPL, TPL-CAR-SAME.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel
   */
  title: title.optional(),
  /**
   * The column's text. Required: at most 120 characters (grapheme clusters), or 60 when
   * `thumbnailImageUrl` or `title` is set.
   * Rules: TPL-CAR.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel
   */
  text: graphemeString("TPL-CAR", LIMITS.carouselTextMax.value, 1),
  /**
   * The action run by a tap on the column's image, title or text (outside the buttons). Its
   * label is optional, at most 20 characters (grapheme clusters).
   * Rules: ACT-TYPE, ACT-LABEL.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel
   */
  defaultAction: ActionSchema.optional(),
  /**
   * The column's buttons, 1–3 actions, each with a required label of at most 20 characters
   * (grapheme clusters). Every column needs the same number.
   * Rules: TPL-CAR, TPL-CAR-SAME, ACT-LABEL.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel
   */
  actions: ruled("TPL-CAR", z.array(ActionSchema).min(1).max(LIMITS.carouselActionsMax.value)),
});

export const CarouselTemplateSchema = strictObject({
  /**
   * Columns like buttons templates, side by side, scrolled sideways.
   * Rules: TPL.
   * @see https://developers.line.biz/en/reference/messaging-api/#carousel
   */
  type: z.literal("carousel"),
  /**
   * The columns, 1–10. All have the same number of actions, and all or none have an image
   * and a title.
   * Rules: TPL-CAR, TPL-CAR-SAME.
   * @see https://developers.line.biz/en/reference/messaging-api/#carousel
   */
  columns: ruled(
    "TPL-CAR",
    z.array(CarouselColumnSchema).min(1).max(LIMITS.templateColumnsMax.value),
  ),
  /**
   * The shape of the image of every column: `"rectangle"` (1.51:1) or `"square"` (1:1).
   * Rules: TPL.
   * @default "rectangle"
   * @see https://developers.line.biz/en/reference/messaging-api/#carousel
   */
  imageAspectRatio: imageAspectRatio.optional(),
  /**
   * How the image of every column fills its frame: `"cover"` (crops to fill) or `"contain"`
   * (shows it whole, with background around it).
   * Rules: TPL.
   * @default "cover"
   * @see https://developers.line.biz/en/reference/messaging-api/#carousel
   */
  imageSize: imageSize.optional(),
});

export const ImageCarouselColumnSchema = strictObject({
  /**
   * The column's image: an https URL of at most 2000 UTF-16 code units, percent-encoded, to a
   * square JPEG or PNG at most 1024 px wide and 10 MB. Required.
   * Rules: TPL-IMG-CAR, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-image-carousel
   */
  imageUrl: httpsUrl("TPL-IMG-CAR"),
  /**
   * The action run by a tap on the image. Required; its label is optional, at most 12
   * characters (grapheme clusters), shown over the image.
   * Rules: ACT-TYPE, ACT-LABEL.
   * @see https://developers.line.biz/en/reference/messaging-api/#column-object-for-image-carousel
   */
  action: ActionSchema,
});

export const ImageCarouselTemplateSchema = strictObject({
  /**
   * Images side by side, scrolled sideways, each with one action.
   * Rules: TPL.
   * @see https://developers.line.biz/en/reference/messaging-api/#image-carousel
   */
  type: z.literal("image_carousel"),
  /**
   * The image columns, 1–10.
   * Rules: TPL-IMG-CAR.
   * @see https://developers.line.biz/en/reference/messaging-api/#image-carousel
   */
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
  /**
   * A template message: buttons, confirm, carousel or image carousel.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#template-messages
   */
  type: z.literal("template"),
  /**
   * The text shown in notifications, the chat list and quote previews, where the template
   * itself isn't drawn. Required, 1–1500 UTF-16 code units.
   * Rules: TPL.
   * @see https://developers.line.biz/en/reference/messaging-api/#template-messages
   */
  altText: utf16String("TPL", LIMITS.templateAltTextMax.value, 1),
  /**
   * The template itself, by its `type`: `"buttons"`, `"confirm"`, `"carousel"` or
   * `"image_carousel"`. Required.
   * Rules: TPL.
   * @see https://developers.line.biz/en/reference/messaging-api/#template-messages
   */
  template: TemplateSchema,
};

export type ButtonsTemplate = InferMessage<typeof ButtonsTemplateSchema>;
export type ConfirmTemplate = InferMessage<typeof ConfirmTemplateSchema>;
export type CarouselColumn = InferMessage<typeof CarouselColumnSchema>;
export type CarouselTemplate = InferMessage<typeof CarouselTemplateSchema>;
export type ImageCarouselColumn = InferMessage<typeof ImageCarouselColumnSchema>;
export type ImageCarouselTemplate = InferMessage<typeof ImageCarouselTemplateSchema>;
export type Template = InferMessage<typeof TemplateSchema>;
