import type { ReactElement } from "react";
import type { Obj } from "../../messages/read.js";
import { RenderErrorCard } from "../error-card.js";
import { AudioMessageView } from "./audio.js";
import { CouponMessageView } from "./coupon.js";
import { ImageMessageView } from "./image.js";
import { ImagemapMessageView } from "./imagemap.js";
import { LocationMessageView } from "./location.js";
import { StickerMessageView } from "./sticker.js";
import { TemplateMessageView } from "./template.js";
import { TextMessageView, TextV2MessageView } from "./text.js";
import { VideoMessageView } from "./video.js";

/** Every message type but flex (RENDERING.md §3); what cannot be drawn becomes an error card. */
export function NonFlexMessageView({ message }: { message: Obj }): ReactElement {
  switch (message.type) {
    case "text":
    case "textV2":
      if (typeof message.text !== "string")
        return <RenderErrorCard reason={`a ${message.type} message needs a \`text\` string`} />;
      return message.type === "text" ? (
        <TextMessageView message={message} text={message.text} />
      ) : (
        <TextV2MessageView message={message} text={message.text} />
      );
    case "sticker":
      return <StickerMessageView message={message} />;
    case "image":
      return <ImageMessageView message={message} />;
    case "video":
      return <VideoMessageView message={message} />;
    case "audio":
      return <AudioMessageView message={message} />;
    case "location":
      return <LocationMessageView message={message} />;
    case "imagemap":
      return <ImagemapMessageView message={message} />;
    case "template":
      return <TemplateMessageView message={message} />;
    case "coupon":
      return <CouponMessageView message={message} />;
    default:
      return (
        <RenderErrorCard
          reason={`${JSON.stringify(message.type)} is not a message type (text, textV2, sticker, image, video, audio, location, imagemap, template, flex, coupon)`}
        />
      );
  }
}
