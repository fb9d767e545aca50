import { z } from "zod";
import { USER_ID } from "../ids.js";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import { FlexContainerSchema } from "./flex.js";
import { imagemapFields } from "./imagemap.js";
import type { InferMessage } from "./infer.js";
import { templateFields } from "./template.js";
import { httpsUrl, utf16, utf16String } from "./values.js";

/**
 * Message objects (RULES.md §2–3) and what every message may carry. RULES.md §3 gives the message
 * types no IDs of their own: MSG-TEXT, MSG-TEXTV2, MSG-STICKER, MSG-IMAGE, MSG-VIDEO, MSG-AUDIO,
 * MSG-LOCATION and MSG-COUPON name its sections.
 * https://developers.line.biz/en/reference/messaging-api/#message-objects
 */

export const SenderSchema = z.strictObject({
  name: utf16String("MSG-3", LIMITS.senderNameMax.value, 1).optional(),
  iconUrl: httpsUrl("MSG-4", LIMITS.senderIconUrlMax.value).optional(),
});

export const QuickReplyItemSchema = z.strictObject({
  type: ruled("QR-2", z.literal("action")),
  imageUrl: httpsUrl("QR-5").optional(),
  action: ActionSchema,
});

export const QuickReplySchema = z.strictObject({
  items: ruled("QR-1", z.array(QuickReplyItemSchema).min(1).max(LIMITS.quickReplyItemsMax.value)),
});

const common = {
  quickReply: QuickReplySchema.optional(),
  sender: SenderSchema.optional(),
};

/** Only text, textV2 and sticker may quote a message (RULES.md PUSH-9). */
const quoteToken = ruled("MSG-QUOTE", z.string().min(1), "a quote token string");

export const FlexMessageSchema = z.strictObject({
  type: z.literal("flex"),
  altText: utf16String("FLEX-1", LIMITS.flexAltTextMax.value, 1),
  contents: FlexContainerSchema,
  ...common,
});

export const EmojiSchema = z.strictObject({
  // The `$` at this UTF-16 offset is checked in src/checks/text.ts.
  index: ruled("MSG-TEXT", z.number().int().min(0), "an integer ≥ 0 (a UTF-16 offset)"),
  productId: ruled("MSG-TEXT", z.string().min(1)),
  emojiId: ruled("MSG-TEXT", z.string().min(1)),
});

export const TextMessageSchema = z.strictObject({
  type: z.literal("text"),
  text: utf16String("MSG-TEXT", LIMITS.textMax.value, 1),
  emojis: ruled("MSG-TEXT", z.array(EmojiSchema).max(LIMITS.textEmojisMax.value)).optional(),
  quoteToken: quoteToken.optional(),
  ...common,
});

export const MentionSubstitutionSchema = z.strictObject({
  type: z.literal("mention"),
  mentionee: ruled(
    "MSG-TEXTV2",
    z.discriminatedUnion("type", [
      z.strictObject({
        type: z.literal("user"),
        userId: ruled("MSG-TEXTV2", z.string().regex(USER_ID), "a user ID (U + 32 hex)"),
      }),
      z.strictObject({ type: z.literal("all") }),
    ]),
    'a mentionee ({"type":"user","userId":…} or {"type":"all"})',
  ),
});

export const EmojiSubstitutionSchema = z.strictObject({
  type: z.literal("emoji"),
  productId: ruled("MSG-TEXTV2", z.string().min(1)),
  emojiId: ruled("MSG-TEXTV2", z.string().min(1)),
});

export const SubstitutionSchema = ruled(
  "MSG-TEXTV2",
  z.discriminatedUnion("type", [MentionSubstitutionSchema, EmojiSubstitutionSchema]),
  'a substitution ("mention" or "emoji")',
);

export const TextV2MessageSchema = z.strictObject({
  type: z.literal("textV2"),
  text: utf16String("MSG-TEXTV2", LIMITS.textV2Max.value, 1),
  // Keys, placeholders and the per-kind counts are checked in src/checks/text.ts.
  substitution: ruled("MSG-TEXTV2", z.record(z.string(), SubstitutionSchema)).optional(),
  quoteToken: quoteToken.optional(),
  ...common,
});

export const StickerMessageSchema = z.strictObject({
  type: z.literal("sticker"),
  packageId: ruled("MSG-STICKER", z.string().min(1)),
  stickerId: ruled("MSG-STICKER", z.string().min(1)),
  quoteToken: quoteToken.optional(),
  ...common,
});

export const ImageMessageSchema = z.strictObject({
  type: z.literal("image"),
  originalContentUrl: httpsUrl("MSG-IMAGE"),
  previewImageUrl: httpsUrl("MSG-IMAGE"),
  ...common,
});

export const VideoMessageSchema = z.strictObject({
  type: z.literal("video"),
  originalContentUrl: httpsUrl("MSG-VIDEO"),
  previewImageUrl: httpsUrl("MSG-VIDEO"),
  trackingId: ruled(
    "MSG-VIDEO",
    utf16("MSG-VIDEO", LIMITS.trackingIdMax.value, 1).regex(
      /^[A-Za-z0-9\-.=,+*()%$&;:@{}!?<>[\]]+$/,
    ),
    "a tracking ID of letters, digits and -.=,+*()%$&;:@{}!?<>[]",
  ).optional(),
  ...common,
});

export const AudioMessageSchema = z.strictObject({
  type: z.literal("audio"),
  originalContentUrl: httpsUrl("MSG-AUDIO"),
  duration: ruled(
    "MSG-AUDIO",
    z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    "a duration in milliseconds (an integer > 0)",
  ),
  ...common,
});

export const LocationMessageSchema = z.strictObject({
  type: z.literal("location"),
  title: utf16String("MSG-LOCATION", LIMITS.locationTextMax.value, 1),
  address: utf16String("MSG-LOCATION", LIMITS.locationTextMax.value, 1),
  latitude: ruled("MSG-LOCATION", z.number(), "a number"),
  longitude: ruled("MSG-LOCATION", z.number(), "a number"),
  ...common,
});

export const CouponMessageSchema = z.strictObject({
  type: z.literal("coupon"),
  couponId: ruled("MSG-COUPON", z.string().min(1)),
  deliveryTag: ruled(
    "MSG-COUPON",
    utf16("MSG-COUPON", LIMITS.deliveryTagMax.value, 1).regex(/^[A-Za-z0-9_]+$/),
    `1 to ${LIMITS.deliveryTagMax.value} of A-Z, a-z, 0-9 and _`,
  ).optional(),
  ...common,
});

export const ImagemapMessageSchema = z.strictObject({ ...imagemapFields, ...common });

export const TemplateMessageSchema = z.strictObject({ ...templateFields, ...common });

export const MESSAGE_TYPES = [
  "text",
  "textV2",
  "sticker",
  "image",
  "video",
  "audio",
  "location",
  "imagemap",
  "template",
  "flex",
  "coupon",
] as const;

export type MessageType = (typeof MESSAGE_TYPES)[number];

export const MessageSchema = ruled(
  "MSG-1",
  z.discriminatedUnion("type", [
    TextMessageSchema,
    TextV2MessageSchema,
    StickerMessageSchema,
    ImageMessageSchema,
    VideoMessageSchema,
    AudioMessageSchema,
    LocationMessageSchema,
    ImagemapMessageSchema,
    TemplateMessageSchema,
    FlexMessageSchema,
    CouponMessageSchema,
  ]),
  `a message type (${MESSAGE_TYPES.map((t) => `"${t}"`).join(", ")})`,
);

export type Sender = InferMessage<typeof SenderSchema>;
export type QuickReply = InferMessage<typeof QuickReplySchema>;
export type QuickReplyItem = InferMessage<typeof QuickReplyItemSchema>;
export type FlexMessage = InferMessage<typeof FlexMessageSchema>;
export type Emoji = InferMessage<typeof EmojiSchema>;
export type TextMessage = InferMessage<typeof TextMessageSchema>;
export type Substitution = InferMessage<typeof SubstitutionSchema>;
export type MentionSubstitution = InferMessage<typeof MentionSubstitutionSchema>;
export type EmojiSubstitution = InferMessage<typeof EmojiSubstitutionSchema>;
export type TextV2Message = InferMessage<typeof TextV2MessageSchema>;
export type StickerMessage = InferMessage<typeof StickerMessageSchema>;
export type ImageMessage = InferMessage<typeof ImageMessageSchema>;
export type VideoMessage = InferMessage<typeof VideoMessageSchema>;
export type AudioMessage = InferMessage<typeof AudioMessageSchema>;
export type LocationMessage = InferMessage<typeof LocationMessageSchema>;
export type CouponMessage = InferMessage<typeof CouponMessageSchema>;
export type ImagemapMessage = InferMessage<typeof ImagemapMessageSchema>;
export type TemplateMessage = InferMessage<typeof TemplateMessageSchema>;
export type Message = InferMessage<typeof MessageSchema>;
