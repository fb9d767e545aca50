import { z } from "zod";
import { LIMITS } from "../limits.js";
import { ruled } from "../rules.js";
import { ActionSchema } from "./actions.js";
import { FlexContainerSchema } from "./flex.js";

/**
 * Message objects (RULES.md §2–3) and what every message may carry.
 * https://developers.line.biz/en/reference/messaging-api/#message-objects
 */

export const SenderSchema = z.strictObject({
  name: ruled("MSG-3", z.string().min(1).max(LIMITS.senderNameMax.value)).optional(),
  iconUrl: ruled(
    "MSG-4",
    z
      .string()
      .max(LIMITS.senderIconUrlMax.value)
      .regex(/^https:\/\/\S+$/),
    "an https:// URL",
  ).optional(),
});

export const QuickReplyItemSchema = z.strictObject({
  type: ruled("QR-2", z.literal("action")),
  imageUrl: ruled(
    "QR-5",
    z
      .string()
      .max(2000)
      .regex(/^https:\/\/\S+$/),
    "an https:// URL",
  ).optional(),
  action: ActionSchema,
});

export const QuickReplySchema = z.strictObject({
  items: ruled("QR-1", z.array(QuickReplyItemSchema).min(1).max(13)),
});

const common = {
  quickReply: QuickReplySchema.optional(),
  sender: SenderSchema.optional(),
};

export const FlexMessageSchema = z.strictObject({
  type: z.literal("flex"),
  altText: ruled("FLEX-1", z.string().min(1).max(LIMITS.flexAltTextMax.value)),
  contents: FlexContainerSchema,
  ...common,
});

export const TextMessageSchema = z.strictObject({
  type: z.literal("text"),
  // RULES.md §3.1 gives text rows no ID of their own; MSG-TEXT names that section.
  text: ruled("MSG-TEXT", z.string().min(1).max(5000)),
  emojis: z
    .array(
      z.strictObject({
        index: z.number().int().min(0),
        productId: z.string(),
        emojiId: z.string(),
      }),
    )
    .max(20)
    .optional(),
  quoteToken: z.string().optional(),
  ...common,
});

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

export const MessageSchema = ruled(
  "MSG-1",
  z.discriminatedUnion("type", [TextMessageSchema, FlexMessageSchema]),
  `a message type (${MESSAGE_TYPES.map((t) => `"${t}"`).join(", ")})`,
);

export type Sender = z.infer<typeof SenderSchema>;
export type QuickReply = z.infer<typeof QuickReplySchema>;
export type QuickReplyItem = z.infer<typeof QuickReplyItemSchema>;
export type FlexMessage = z.infer<typeof FlexMessageSchema>;
export type TextMessage = z.infer<typeof TextMessageSchema>;
export type Message = z.infer<typeof MessageSchema>;
