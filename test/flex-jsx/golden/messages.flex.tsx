/** @jsxImportSource @flexkit/flex-jsx */
import {
  AudioMessage,
  ImageMessage,
  StickerMessage,
  TextMessage,
  TextV2Message,
} from "@flexkit/flex-jsx";

/** An array of up to 5 messages: text with a LINE emoji, textV2 substitutions, sticker, image, audio. */
export default [
  <TextMessage
    key="text"
    emojis={[{ index: 6, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }]}
  >
    Hello $ there
  </TextMessage>,
  <TextV2Message
    key="textV2"
    text="Welcome, {user}! {smile}"
    substitution={{
      user: {
        type: "mention",
        mentionee: { type: "user", userId: "U0123456789abcdef0123456789abcdef" },
      },
      smile: { type: "emoji", productId: "5ac1bfd5040ab15980c9b435", emojiId: "002" },
    }}
  />,
  <StickerMessage key="sticker" packageId="446" stickerId="1988" />,
  <ImageMessage
    key="image"
    originalContentUrl="https://example.com/original.jpg"
    previewImageUrl="https://example.com/preview.jpg"
  />,
  <AudioMessage
    key="audio"
    originalContentUrl="https://example.com/audio.m4a"
    duration={60000}
    sender={{ name: "Radio" }}
  />,
];
