import { z } from "zod";
import { USER_ID } from "../ids.js";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import { FlexContainerSchema } from "./flex.js";
import { imagemapFields } from "./imagemap.js";
import type { InferMessage } from "./infer.js";
import { strictObject } from "./object.js";
import { templateFields } from "./template.js";
import { httpsUrl, utf16, utf16String } from "./values.js";

/**
 * Message objects (RULES.md §2–3) and what every message may carry. RULES.md §3 gives the message
 * types no IDs of their own: MSG-TEXT, MSG-TEXTV2, MSG-STICKER, MSG-IMAGE, MSG-VIDEO, MSG-AUDIO,
 * MSG-LOCATION and MSG-COUPON name its sections.
 * https://developers.line.biz/en/reference/messaging-api/#message-objects
 */

export const SenderSchema = strictObject({
  /**
   * The display name shown for this message in place of the account's, 1–20 UTF-16 code
   * units. LINE refuses some names, such as "LINE" itself (a warning: the list is not public).
   * Rules: MSG-3.
   * @see https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch
   */
  name: utf16String("MSG-3", LIMITS.senderNameMax.value, 1).optional(),
  /**
   * The icon shown for this message in place of the account's: an https URL of at most 2000
   * UTF-16 code units, percent-encoded, to a square PNG of at most 1 MB.
   * Rules: MSG-4, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch
   */
  iconUrl: httpsUrl("MSG-4", LIMITS.senderIconUrlMax.value).optional(),
});

export const QuickReplyItemSchema = strictObject({
  /**
   * Always `"action"`. Required.
   * Rules: QR-2.
   * @see https://developers.line.biz/en/reference/messaging-api/#quick-reply-button-object
   */
  type: ruled("QR-2", z.literal("action")),
  /**
   * The icon on the button: an https URL of at most 2000 UTF-16 code units,
   * percent-encoded, to a square PNG of at most 1 MB. Without it, camera, camera roll and
   * location buttons get LINE's default icon and other buttons none.
   * Rules: QR-5, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#quick-reply-button-object
   */
  imageUrl: httpsUrl("QR-5").optional(),
  /**
   * What the button does: any action but `richmenuswitch` (camera, camera roll and location
   * work only here). Its `label` is required, at most 20 characters (grapheme clusters);
   * postback `text` and uri `altUri` should not be used here (warnings).
   * Rules: QR-2, QR-3, QR-4, QR-6, ACT-TYPE.
   * @see https://developers.line.biz/en/reference/messaging-api/#quick-reply-button-object
   */
  action: ActionSchema,
});

export const QuickReplySchema = strictObject({
  /**
   * The quick reply buttons, 1–13, shown in a row above the keyboard.
   * Rules: QR-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#items-object
   */
  items: ruled("QR-1", z.array(QuickReplyItemSchema).min(1).max(LIMITS.quickReplyItemsMax.value)),
});

/** The properties every message may carry (RULES.md §2). */
const common = {
  /**
   * Buttons offered above the keyboard after this message. Only the last message of a request
   * shows them (a warning on any other), and only LINE for iOS and Android has them.
   * Rules: MSG-2, QR-7.
   * @see https://developers.line.biz/en/reference/messaging-api/#quick-reply
   */
  quickReply: QuickReplySchema.optional(),
  /**
   * Another display name and icon for this one message, in place of the account's.
   * Rules: MSG-3, MSG-4.
   * @see https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch
   */
  sender: SenderSchema.optional(),
};

/** Only text, textV2 and sticker may quote a message (RULES.md PUSH-9). */
const quoteToken = ruled("MSG-QUOTE", z.string().min(1), "a quote token string");

export const FlexMessageSchema = strictObject({
  /**
   * A Flex message: a layout of boxes, texts, images and buttons.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#flex-message
   */
  type: z.literal("flex"),
  /**
   * The text shown in notifications, the chat list and quote previews, where the message itself
   * isn't drawn. Required, 1–1500 UTF-16 code units; emoji allowed.
   * Rules: FLEX-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#flex-message
   */
  altText: utf16String("FLEX-1", LIMITS.flexAltTextMax.value, 1),
  /**
   * The container: a bubble, or a carousel of up to 12 bubbles. Its compact JSON is at most
   * 30 KB for a bubble and 50 KB for a carousel; at most 10 animated images in all.
   * Rules: FLEX-1, FLEX-BUB-4, FLEX-CAR-3, FLEX-IMG-ANIM.
   * @see https://developers.line.biz/en/reference/messaging-api/#flex-message
   */
  contents: FlexContainerSchema,
  ...common,
});

export const EmojiSchema = strictObject({
  // The `$` at this UTF-16 offset is checked in src/checks/text.ts.
  /**
   * Where the emoji goes: the UTF-16 offset (from 0) of a `$` in `text`, which it replaces.
   * Rules: MSG-TEXT.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  index: ruled("MSG-TEXT", z.number().int().min(0), "an integer ≥ 0 (a UTF-16 offset)"),
  /**
   * The ID of the LINE emoji set the emoji comes from. Required.
   * Rules: MSG-TEXT.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  productId: ruled("MSG-TEXT", z.string().min(1)),
  /**
   * The ID of the emoji within its set (`productId`). Required.
   * Rules: MSG-TEXT.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  emojiId: ruled("MSG-TEXT", z.string().min(1)),
});

export const TextMessageSchema = strictObject({
  /**
   * A plain text message, with LINE emoji if wanted.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  type: z.literal("text"),
  /**
   * The message text, 1–5000 UTF-16 code units. Each `$` that an entry of `emojis` points at
   * becomes a LINE emoji; LINE counts it as the emoji's hidden alt text, so a warning above
   * 4900 when emoji are used.
   * Rules: MSG-TEXT.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  text: utf16String("MSG-TEXT", LIMITS.textMax.value, 1),
  /**
   * LINE emoji to put in place of `$` signs in `text`, at most 20.
   * Rules: MSG-TEXT.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  emojis: ruled("MSG-TEXT", z.array(EmojiSchema).max(LIMITS.textEmojisMax.value)).optional(),
  /**
   * The quote token of an earlier message to show this one as a reply to it: from the webhook
   * event that delivered it, or from the answer to a push that sent it. Push and reply only.
   * Rules: MSG-QUOTE.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message
   */
  quoteToken: quoteToken.optional(),
  ...common,
});

export const MentionSubstitutionSchema = strictObject({
  /**
   * A mention: the placeholder becomes `@name` of a member, or `@All`.
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mention-object
   */
  type: z.literal("mention"),
  /**
   * Who is mentioned: `{ type: "user", userId }` or `{ type: "all" }`. Mentions work only in
   * a group or room the bot is in (an error when `to` is a user), at most 20 per message.
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mention-object
   */
  mentionee: ruled(
    "MSG-TEXTV2",
    z.discriminatedUnion("type", [
      strictObject({
        /**
         * Mentions one member of the group or room.
         * Rules: MSG-TEXTV2.
         * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mentionee-user
         */
        type: z.literal("user"),
        /**
         * The user ID of the member to mention: `U` and 32 lowercase hex digits. It can't be a bot.
         * Rules: MSG-TEXTV2.
         * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mentionee-user
         */
        userId: ruled("MSG-TEXTV2", z.string().regex(USER_ID), "a user ID (U + 32 hex)"),
      }),
      strictObject({
        /**
         * Mentions everyone in the group or room (`@All`).
         * Rules: MSG-TEXTV2.
         * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mentionee-all
         */
        type: z.literal("all"),
      }),
    ]),
    'a mentionee ({"type":"user","userId":…} or {"type":"all"})',
  ),
});

export const EmojiSubstitutionSchema = strictObject({
  /**
   * A LINE emoji: the placeholder becomes the emoji. At most 20 per message.
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-emoji-object
   */
  type: z.literal("emoji"),
  /**
   * The ID of the LINE emoji set the emoji comes from. Required.
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-emoji-object
   */
  productId: ruled("MSG-TEXTV2", z.string().min(1)),
  /**
   * The ID of the emoji within its set (`productId`). Required.
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2-emoji-object
   */
  emojiId: ruled("MSG-TEXTV2", z.string().min(1)),
});

export const SubstitutionSchema = ruled(
  "MSG-TEXTV2",
  z.discriminatedUnion("type", [MentionSubstitutionSchema, EmojiSubstitutionSchema]),
  'a substitution ("mention" or "emoji")',
);

export const TextV2MessageSchema = strictObject({
  /**
   * A text message whose `{key}` placeholders become mentions or LINE emoji.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2
   */
  type: z.literal("textV2"),
  /**
   * The message text, 1–5000 UTF-16 code units. Each `{key}` needs an entry in `substitution`;
   * write `{{` and `}}` for literal braces. At most 20 mentions and 20 emoji.
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2
   */
  text: utf16String("MSG-TEXTV2", LIMITS.textV2Max.value, 1),
  // Keys, placeholders and the per-kind counts are checked in src/checks/text.ts.
  /**
   * What each placeholder of `text` becomes, keyed by its name: 1–20 of `A-Z`, `a-z`, `0-9`
   * and `_`; at most 100 entries. Mentions only to a group or room (an error to a user).
   * Rules: MSG-TEXTV2.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2
   */
  substitution: ruled("MSG-TEXTV2", z.record(z.string(), SubstitutionSchema)).optional(),
  /**
   * The quote token of an earlier message to show this one as a reply to it: from the webhook
   * event that delivered it, or from the answer to a push that sent it. Push and reply only.
   * Rules: MSG-QUOTE.
   * @see https://developers.line.biz/en/reference/messaging-api/#text-message-v2
   */
  quoteToken: quoteToken.optional(),
  ...common,
});

export const StickerMessageSchema = strictObject({
  /**
   * A sticker from LINE's list of stickers that bots may send.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#sticker-message
   */
  type: z.literal("sticker"),
  /**
   * The ID of the sticker set, from LINE's list of sendable stickers (not checked offline).
   * Rules: MSG-STICKER.
   * @see https://developers.line.biz/en/reference/messaging-api/#sticker-message
   */
  packageId: ruled("MSG-STICKER", z.string().min(1)),
  /**
   * The ID of the sticker within its set (`packageId`). Required.
   * Rules: MSG-STICKER.
   * @see https://developers.line.biz/en/reference/messaging-api/#sticker-message
   */
  stickerId: ruled("MSG-STICKER", z.string().min(1)),
  /**
   * The quote token of an earlier message to show this one as a reply to it: from the webhook
   * event that delivered it, or from the answer to a push that sent it. Push and reply only.
   * Rules: MSG-QUOTE.
   * @see https://developers.line.biz/en/reference/messaging-api/#sticker-message
   */
  quoteToken: quoteToken.optional(),
  ...common,
});

export const ImageMessageSchema = strictObject({
  /**
   * An image, shown as its preview and opened full size when tapped.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#image-message
   */
  type: z.literal("image"),
  /**
   * The full image: an https URL of at most 2000 UTF-16 code units, percent-encoded, to a
   * JPEG or PNG of at most 10 MB. Required.
   * Rules: MSG-IMAGE, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#image-message
   */
  originalContentUrl: httpsUrl("MSG-IMAGE"),
  /**
   * The preview shown in the chat: an https URL of at most 2000 UTF-16 code units,
   * percent-encoded, to a JPEG or PNG of at most 1 MB. Required.
   * Rules: MSG-IMAGE, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#image-message
   */
  previewImageUrl: httpsUrl("MSG-IMAGE"),
  ...common,
});

export const VideoMessageSchema = strictObject({
  /**
   * A video, shown as its preview image and played when tapped.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#video-message
   */
  type: z.literal("video"),
  /**
   * The video: an https URL of at most 2000 UTF-16 code units, percent-encoded, to an mp4 of
   * at most 200 MB. Keep its aspect ratio the same as the preview's. Required.
   * Rules: MSG-VIDEO, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#video-message
   */
  originalContentUrl: httpsUrl("MSG-VIDEO"),
  /**
   * The preview shown until the video plays: an https URL of at most 2000 UTF-16 code units,
   * percent-encoded, to a JPEG or PNG of at most 1 MB. Required.
   * Rules: MSG-VIDEO, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#video-message
   */
  previewImageUrl: httpsUrl("MSG-VIDEO"),
  /**
   * An ID of your own that LINE returns in the webhook event sent when the user has watched
   * the video to the end. At most 100 of letters, digits and ``-.=,+*()%$&;:@{}!?<>[]``;
   * can't be used when `to` is a group or room.
   * Rules: MSG-VIDEO.
   * @see https://developers.line.biz/en/reference/messaging-api/#video-message
   */
  trackingId: ruled(
    "MSG-VIDEO",
    utf16("MSG-VIDEO", LIMITS.trackingIdMax.value, 1).regex(
      /^[A-Za-z0-9\-.=,+*()%$&;:@{}!?<>[\]]+$/,
    ),
    "a tracking ID of letters, digits and -.=,+*()%$&;:@{}!?<>[]",
  ).optional(),
  ...common,
});

export const AudioMessageSchema = strictObject({
  /**
   * An audio file, played in the chat.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#audio-message
   */
  type: z.literal("audio"),
  /**
   * The audio: an https URL of at most 2000 UTF-16 code units, percent-encoded, to an mp3 or
   * m4a file of at most 200 MB. Required.
   * Rules: MSG-AUDIO, PUSH-16.
   * @see https://developers.line.biz/en/reference/messaging-api/#audio-message
   */
  originalContentUrl: httpsUrl("MSG-AUDIO"),
  /**
   * The length of the audio in milliseconds, an integer above 0, shown on the message. Required.
   * Rules: MSG-AUDIO.
   * @see https://developers.line.biz/en/reference/messaging-api/#audio-message
   */
  duration: ruled(
    "MSG-AUDIO",
    z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    "a duration in milliseconds (an integer > 0)",
  ),
  ...common,
});

export const LocationMessageSchema = strictObject({
  /**
   * A place on a map, with a title and an address.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-message
   */
  type: z.literal("location"),
  /**
   * The name of the place, 1–100 UTF-16 code units. Required.
   * Rules: MSG-LOCATION.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-message
   */
  title: utf16String("MSG-LOCATION", LIMITS.locationTextMax.value, 1),
  /**
   * The address shown under the title, 1–100 UTF-16 code units. Required.
   * Rules: MSG-LOCATION.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-message
   */
  address: utf16String("MSG-LOCATION", LIMITS.locationTextMax.value, 1),
  /**
   * Latitude in decimal degrees (a warning outside -90…90). Required.
   * Rules: MSG-LOCATION.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-message
   */
  latitude: ruled("MSG-LOCATION", z.number(), "a number"),
  /**
   * Longitude in decimal degrees (a warning outside -180…180). Required.
   * Rules: MSG-LOCATION.
   * @see https://developers.line.biz/en/reference/messaging-api/#location-message
   */
  longitude: ruled("MSG-LOCATION", z.number(), "a number"),
  ...common,
});

export const CouponMessageSchema = strictObject({
  /**
   * A coupon made beforehand for the account.
   * Rules: MSG-1.
   * @see https://developers.line.biz/en/reference/messaging-api/#coupon-message
   */
  type: z.literal("coupon"),
  /**
   * The ID of the coupon to send, as LINE gave it when the coupon was created. Required.
   * Rules: MSG-COUPON.
   * @see https://developers.line.biz/en/reference/messaging-api/#coupon-message
   */
  couponId: ruled("MSG-COUPON", z.string().min(1)),
  /**
   * A tag of your own naming the route this coupon went out by, to tell routes apart in LINE
   * Official Account Manager's statistics: 1–30 of `A-Z`, `a-z`, `0-9` and `_`.
   * Rules: MSG-COUPON.
   * @see https://developers.line.biz/en/reference/messaging-api/#coupon-message
   */
  deliveryTag: ruled(
    "MSG-COUPON",
    utf16("MSG-COUPON", LIMITS.deliveryTagMax.value, 1).regex(/^[A-Za-z0-9_]+$/),
    `1 to ${LIMITS.deliveryTagMax.value} of A-Z, a-z, 0-9 and _`,
  ).optional(),
  ...common,
});

export const ImagemapMessageSchema = strictObject({ ...imagemapFields, ...common });

export const TemplateMessageSchema = strictObject({ ...templateFields, ...common });

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
