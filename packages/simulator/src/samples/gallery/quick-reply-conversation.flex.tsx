/** @jsxImportSource @flexkit/flex-jsx */
import {
  camera,
  location,
  message,
  postback,
  StickerMessage,
  TextMessage,
} from "@flexkit/flex-jsx";

/**
 * A conversation of three messages. LINE shows quick reply buttons only under the last message
 * of a push, so only the last one carries them.
 * https://developers.line.biz/en/docs/messaging-api/using-quick-reply/
 */
export default [
  <TextMessage key="hello">Hi! I can help you find a pharmacy that is open now.</TextMessage>,
  <StickerMessage key="sticker" packageId="11537" stickerId="52002734" />,
  <TextMessage
    key="ask"
    quickReply={{
      items: [
        {
          type: "action",
          imageUrl: "https://example.com/flexkit/gallery/pin.png",
          action: location("Send location"),
        },
        { type: "action", action: message("Near the station", "Near the station") },
        { type: "action", action: postback("pharmacy=open-late", "Open late") },
        { type: "action", action: camera("Prescription") },
      ],
    }}
  >
    Where are you? Share your location or pick an area.
  </TextMessage>,
];
