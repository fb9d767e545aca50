import type {
  AudioMessage,
  CouponMessage,
  FlexMessage,
  ImageMessage,
  ImagemapMessage,
  LocationMessage,
  Message,
  QuickReply,
  StickerMessage,
  TemplateMessage,
  TextMessage,
  TextV2Message,
  VideoMessage,
} from "@flexkit/validators";
import { picture } from "../support/flex.js";

/**
 * One sample message per type, each one LINE accepts (the stories check that the validators find
 * no error). Pictures are https URLs, drawn offline as placeholders (support/placeholder-media.ts).
 */
export const text: TextMessage = {
  type: "text",
  text: "$ Welcome to Brown's cafe! Today's special is a caramel latte. $",
  emojis: [
    { index: 0, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" },
    { index: 63, productId: "5ac1bfd5040ab15980c9b435", emojiId: "002" },
  ],
};

export const textV2: TextV2Message = {
  type: "textV2",
  text: "Hi {user}! {everyone}, the cafe opens at 9 today {smile}",
  substitution: {
    user: { type: "mention", mentionee: { type: "user", userId: `U${"4af4980629".repeat(3)}a1` } },
    everyone: { type: "mention", mentionee: { type: "all" } },
    smile: { type: "emoji", productId: "5ac1bfd5040ab15980c9b435", emojiId: "003" },
  },
};

export const sticker: StickerMessage = { type: "sticker", packageId: "446", stickerId: "1988" };

export const image: ImageMessage = {
  type: "image",
  originalContentUrl: picture("latte-art.jpg"),
  previewImageUrl: picture("latte-art-preview.jpg"),
};

export const video: VideoMessage = {
  type: "video",
  originalContentUrl: "https://example.com/flexkit/roasting.mp4",
  previewImageUrl: picture("roasting-preview.jpg"),
};

export const audio: AudioMessage = {
  type: "audio",
  originalContentUrl: "https://example.com/flexkit/welcome.m4a",
  duration: 83_000,
};

export const location: LocationMessage = {
  type: "location",
  title: "Brown's cafe",
  address: "1-6-1 Yotsuya, Shinjuku-ku, Tokyo",
  latitude: 35.687574,
  longitude: 139.72922,
};

export const coupon: CouponMessage = { type: "coupon", couponId: "01JYNW8JMQVFBNVR1FZBX3Z4SW" };

export const imagemap: ImagemapMessage = {
  type: "imagemap",
  baseUrl: "https://example.com/flexkit/imagemap/menu",
  altText: "This week's menu",
  baseSize: { width: 1040, height: 1040 },
  actions: [
    {
      type: "message",
      label: "Coffee",
      text: "Coffee please",
      area: { x: 0, y: 0, width: 520, height: 1040 },
    },
    {
      type: "uri",
      label: "Menu",
      linkUri: "https://example.com/menu",
      area: { x: 520, y: 0, width: 520, height: 520 },
    },
    {
      type: "clipboard",
      label: "Code",
      clipboardText: "CAFE10",
      area: { x: 520, y: 520, width: 520, height: 520 },
    },
  ],
};

export const buttons: TemplateMessage = {
  type: "template",
  altText: "Today's special",
  template: {
    type: "buttons",
    thumbnailImageUrl: picture("caramel-latte.jpg"),
    imageAspectRatio: "rectangle",
    imageSize: "cover",
    title: "Caramel latte",
    text: "Today's special: ¥450",
    defaultAction: { type: "uri", label: "View", uri: "https://example.com/latte" },
    actions: [
      {
        type: "postback",
        label: "Order",
        data: "action=order&item=latte",
        displayText: "One caramel latte, please",
      },
      {
        type: "datetimepicker",
        label: "Reserve a table",
        data: "action=reserve",
        mode: "datetime",
        initial: "2025-06-15T10:00",
        min: "2025-06-01T09:00",
        max: "2025-06-30T17:00",
      },
      { type: "clipboard", label: "Copy coupon code", clipboardText: "LATTE50" },
      { type: "uri", label: "Call us", uri: "tel:0312345678" },
    ],
  },
};

export const confirm: TemplateMessage = {
  type: "template",
  altText: "Confirm",
  template: {
    type: "confirm",
    text: "Add whipped cream?",
    actions: [
      { type: "message", label: "Yes", text: "Yes, please" },
      { type: "message", label: "No", text: "No, thanks" },
    ],
  },
};

function column(title: string, text: string) {
  return {
    thumbnailImageUrl: picture(`${title.toLowerCase().replaceAll(" ", "-")}.jpg`),
    imageBackgroundColor: "#FFFFFF" as const,
    title,
    text,
    actions: [
      {
        type: "postback" as const,
        label: "Order",
        data: `order=${title}`,
        displayText: `One ${title}`,
      },
      { type: "uri" as const, label: "Details", uri: "https://example.com/" },
    ],
  };
}

export const carousel: TemplateMessage = {
  type: "template",
  altText: "Menu",
  template: {
    type: "carousel",
    columns: [
      column("Espresso", "Short and strong"),
      column("Cappuccino", "Espresso, steamed milk and foam, dusted with cocoa"),
      column("Matcha latte", "Uji matcha"),
    ],
  },
};

export const imageCarousel: TemplateMessage = {
  type: "template",
  altText: "Pick a cake",
  template: {
    type: "image_carousel",
    columns: [
      {
        imageUrl: picture("cheesecake.jpg"),
        action: { type: "message", label: "Cheesecake", text: "Cheesecake" },
      },
      {
        imageUrl: picture("matcha-roll.jpg"),
        action: { type: "message", label: "Matcha roll", text: "Matcha roll" },
      },
      { imageUrl: picture("brownie.jpg"), action: { type: "postback", data: "cake=brownie" } },
    ],
  },
};

export const flex: FlexMessage = {
  type: "flex",
  altText: "Your order",
  contents: {
    type: "bubble",
    size: "kilo",
    body: {
      type: "box",
      layout: "vertical",
      spacing: "md",
      contents: [
        { type: "text", text: "Order #42", weight: "bold", size: "xl" },
        {
          type: "text",
          text: "Caramel latte ×1 — ready in 5 minutes",
          wrap: true,
          color: "#666666",
        },
        {
          type: "button",
          style: "primary",
          action: {
            type: "postback",
            label: "I'm on my way",
            data: "order=42&status=coming",
            displayText: "On my way!",
          },
        },
      ],
    },
  },
};

export const quickReply: QuickReply = {
  items: [
    { type: "action", action: { type: "message", label: "Menu", text: "Show me the menu" } },
    { type: "action", action: { type: "camera", label: "Camera" } },
    { type: "action", action: { type: "cameraRoll", label: "Camera roll" } },
    { type: "action", action: { type: "location", label: "Send location" } },
    {
      type: "action",
      action: {
        type: "postback",
        label: "Type a note",
        data: "note",
        inputOption: "openKeyboard",
        fillInText: "Note for the barista: ",
      },
    },
  ],
};

/** Five messages, as one push sends them (the most it may), the last with quick reply. */
export const conversation: Message[] = [
  { ...text, sender: { name: "Brown (barista)" } },
  buttons,
  sticker,
  carousel,
  { ...flex, quickReply },
];
