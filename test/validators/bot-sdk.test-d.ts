import type {
  Action,
  AudioMessage,
  CouponMessage,
  FlexContainer,
  FlexMessage,
  ImageMessage,
  ImagemapMessage,
  LocationMessage,
  Message,
  QuickReply,
  RichMenu,
  RichMenuAction,
  RichMenuArea,
  RichMenuBounds,
  RichMenuSize,
  Sender,
  StickerMessage,
  TemplateMessage,
  TextMessage,
  TextV2Message,
  VideoMessage,
} from "@flexkit/validators";
import type { messagingApi } from "@line/bot-sdk";
import { describe, expectTypeOf, it } from "vitest";

/** The types inferred from the schemas stay assignable to LINE's official SDK types. */
describe("inferred types are assignable to @line/bot-sdk's", () => {
  it("every message type", () => {
    expectTypeOf<TextMessage>().toExtend<messagingApi.TextMessage>();
    expectTypeOf<TextV2Message>().toExtend<messagingApi.TextMessageV2>();
    expectTypeOf<StickerMessage>().toExtend<messagingApi.StickerMessage>();
    expectTypeOf<ImageMessage>().toExtend<messagingApi.ImageMessage>();
    expectTypeOf<VideoMessage>().toExtend<messagingApi.VideoMessage>();
    expectTypeOf<AudioMessage>().toExtend<messagingApi.AudioMessage>();
    expectTypeOf<LocationMessage>().toExtend<messagingApi.LocationMessage>();
    expectTypeOf<ImagemapMessage>().toExtend<messagingApi.ImagemapMessage>();
    expectTypeOf<TemplateMessage>().toExtend<messagingApi.TemplateMessage>();
    expectTypeOf<FlexMessage>().toExtend<messagingApi.FlexMessage>();
    expectTypeOf<CouponMessage>().toExtend<messagingApi.CouponMessage>();
    expectTypeOf<Message>().toExtend<messagingApi.Message>();
  });
  it("actions, quick reply, sender and containers", () => {
    expectTypeOf<Action>().toExtend<messagingApi.Action>();
    expectTypeOf<QuickReply>().toExtend<messagingApi.QuickReply>();
    expectTypeOf<Sender>().toExtend<messagingApi.Sender>();
    expectTypeOf<FlexContainer>().toExtend<messagingApi.FlexContainer>();
  });
  it("rich menus (the request object and its parts)", () => {
    expectTypeOf<RichMenu>().toExtend<messagingApi.RichMenuRequest>();
    expectTypeOf<RichMenuSize>().toExtend<messagingApi.RichMenuSize>();
    expectTypeOf<RichMenuArea>().toExtend<messagingApi.RichMenuArea>();
    expectTypeOf<RichMenuBounds>().toExtend<messagingApi.RichMenuBounds>();
    expectTypeOf<RichMenuAction>().toExtend<messagingApi.Action>();
  });
  it("rejects what LINE's types reject (the test can fail)", () => {
    expectTypeOf<{ type: "text"; text: number }>().not.toExtend<messagingApi.TextMessage>();
    expectTypeOf<{ size: { width: string } }>().not.toExtend<messagingApi.RichMenuRequest>();
  });
});
