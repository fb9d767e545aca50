/** @jsxImportSource @flexkit/flex-jsx */
import type {
  buildAudioMessage,
  buildBox,
  buildBubble,
  buildButton,
  buildButtonsTemplate,
  buildCarousel,
  buildCarouselTemplate,
  buildConfirmTemplate,
  buildCouponMessage,
  buildFiller,
  buildFlexMessage,
  buildIcon,
  buildImage,
  buildImageCarouselTemplate,
  buildImageMessage,
  buildImagemap,
  buildLocationMessage,
  buildSeparator,
  buildSpan,
  buildStickerMessage,
  buildText,
  buildTextMessage,
  buildTextV2Message,
  buildVideo,
  buildVideoMessage,
  camera,
  cameraRoll,
  clipboard,
  datetimePicker,
  location,
  message,
  postback,
  uri,
} from "@flexkit/flex-jsx";
import type { Message } from "@flexkit/validators";
import type { messagingApi } from "@line/bot-sdk";
import { describe, expectTypeOf, it } from "vitest";

/**
 * What flex-jsx renders is assignable to @line/bot-sdk's `messagingApi` types, so bot code can
 * hand `render()`'s message to `client.pushMessage` without a cast (HOUSE-STYLE convention 5).
 */
type Out<F extends (...args: never[]) => unknown> = ReturnType<F>;

describe("output types are assignable to @line/bot-sdk's messagingApi types", () => {
  it("every message type", () => {
    expectTypeOf<Out<typeof buildTextMessage>>().toExtend<messagingApi.TextMessage>();
    expectTypeOf<Out<typeof buildTextV2Message>>().toExtend<messagingApi.TextMessageV2>();
    expectTypeOf<Out<typeof buildStickerMessage>>().toExtend<messagingApi.StickerMessage>();
    expectTypeOf<Out<typeof buildImageMessage>>().toExtend<messagingApi.ImageMessage>();
    expectTypeOf<Out<typeof buildVideoMessage>>().toExtend<messagingApi.VideoMessage>();
    expectTypeOf<Out<typeof buildAudioMessage>>().toExtend<messagingApi.AudioMessage>();
    expectTypeOf<Out<typeof buildLocationMessage>>().toExtend<messagingApi.LocationMessage>();
    expectTypeOf<Out<typeof buildCouponMessage>>().toExtend<messagingApi.CouponMessage>();
    expectTypeOf<Out<typeof buildImagemap>>().toExtend<messagingApi.ImagemapMessage>();
    expectTypeOf<Out<typeof buildButtonsTemplate>>().toExtend<messagingApi.TemplateMessage>();
    expectTypeOf<Out<typeof buildConfirmTemplate>>().toExtend<messagingApi.TemplateMessage>();
    expectTypeOf<Out<typeof buildCarouselTemplate>>().toExtend<messagingApi.TemplateMessage>();
    expectTypeOf<Out<typeof buildImageCarouselTemplate>>().toExtend<messagingApi.TemplateMessage>();
    expectTypeOf<Out<typeof buildFlexMessage>>().toExtend<messagingApi.FlexMessage>();
    expectTypeOf<Message>().toExtend<messagingApi.Message>();
  });

  it("every Flex container and component", () => {
    expectTypeOf<Out<typeof buildBubble>>().toExtend<messagingApi.FlexBubble>();
    expectTypeOf<Out<typeof buildCarousel>>().toExtend<messagingApi.FlexCarousel>();
    expectTypeOf<Out<typeof buildBox>>().toExtend<messagingApi.FlexBox>();
    expectTypeOf<Out<typeof buildText>>().toExtend<messagingApi.FlexText>();
    expectTypeOf<Out<typeof buildSpan>>().toExtend<messagingApi.FlexSpan>();
    expectTypeOf<Out<typeof buildImage>>().toExtend<messagingApi.FlexImage>();
    expectTypeOf<Out<typeof buildVideo>>().toExtend<messagingApi.FlexVideo>();
    expectTypeOf<Out<typeof buildIcon>>().toExtend<messagingApi.FlexIcon>();
    expectTypeOf<Out<typeof buildButton>>().toExtend<messagingApi.FlexButton>();
    expectTypeOf<Out<typeof buildSeparator>>().toExtend<messagingApi.FlexSeparator>();
    expectTypeOf<Out<typeof buildFiller>>().toExtend<messagingApi.FlexFiller>();
  });

  it("every action helper", () => {
    expectTypeOf<Out<typeof postback>>().toExtend<messagingApi.PostbackAction>();
    expectTypeOf<Out<typeof message>>().toExtend<messagingApi.MessageAction>();
    expectTypeOf<Out<typeof uri>>().toExtend<messagingApi.URIAction>();
    expectTypeOf<Out<typeof datetimePicker>>().toExtend<messagingApi.DatetimePickerAction>();
    expectTypeOf<Out<typeof camera>>().toExtend<messagingApi.CameraAction>();
    expectTypeOf<Out<typeof cameraRoll>>().toExtend<messagingApi.CameraRollAction>();
    expectTypeOf<Out<typeof location>>().toExtend<messagingApi.LocationAction>();
    expectTypeOf<Out<typeof clipboard>>().toExtend<messagingApi.ClipboardAction>();
  });
});
