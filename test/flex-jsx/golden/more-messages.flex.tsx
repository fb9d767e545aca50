/** @jsxImportSource @flexkit/flex-jsx */
import {
  ClipboardArea,
  CouponMessage,
  camera,
  cameraRoll,
  Imagemap,
  LocationMessage,
  location,
  MessageArea,
  UriArea,
  VideoMessage,
} from "@flexkit/flex-jsx";

/** Video, location, coupon and an imagemap with all three area types, a video and a quick reply. */
export default [
  <VideoMessage
    key="video"
    originalContentUrl="https://example.com/movie.mp4"
    previewImageUrl="https://example.com/movie.jpg"
    trackingId="track-1"
  />,
  <LocationMessage
    key="location"
    title="Office"
    address="1-1 Chiyoda, Tokyo"
    latitude={35.6852}
    longitude={139.7528}
  />,
  <CouponMessage key="coupon" couponId="01JABCDEF" deliveryTag="spring_sale" />,
  <Imagemap
    key="imagemap"
    baseUrl="https://example.com/imagemap"
    altText="Our menu"
    baseSize={{ width: 1040, height: 1040 }}
    video={{
      originalContentUrl: "https://example.com/imagemap.mp4",
      previewImageUrl: "https://example.com/imagemap.jpg",
      area: { x: 0, y: 0, width: 1040, height: 585 },
      externalLink: { linkUri: "https://example.com/more", label: "See more" },
    }}
    quickReply={{
      items: [
        { type: "action", action: camera("Camera") },
        { type: "action", action: cameraRoll("Photos") },
        { type: "action", action: location("Where") },
      ],
    }}
  >
    <UriArea
      linkUri="https://example.com/a"
      label="A"
      area={{ x: 0, y: 585, width: 520, height: 455 }}
    />
    <MessageArea text="B, please" area={{ x: 520, y: 585, width: 520, height: 300 }} />
    <ClipboardArea clipboardText="C" area={{ x: 520, y: 885, width: 520, height: 155 }} />
  </Imagemap>,
];
