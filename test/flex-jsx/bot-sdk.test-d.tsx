/** @jsxImportSource @flexkit/flex-jsx */
import {
  AudioMessage,
  Body,
  Box,
  Bubble,
  Button,
  ButtonsTemplate,
  type buildAudioMessage,
  type buildBox,
  type buildBubble,
  type buildButton,
  type buildButtonsTemplate,
  type buildCarousel,
  type buildCarouselTemplate,
  type buildConfirmTemplate,
  type buildCouponMessage,
  type buildFiller,
  type buildFlexMessage,
  type buildIcon,
  type buildImage,
  type buildImageCarouselTemplate,
  type buildImageMessage,
  type buildImagemap,
  type buildLocationMessage,
  type buildSeparator,
  type buildSpan,
  type buildStickerMessage,
  type buildText,
  type buildTextMessage,
  type buildTextV2Message,
  type buildVideo,
  type buildVideoMessage,
  Carousel,
  CarouselColumn,
  CarouselTemplate,
  ClipboardArea,
  ConfirmTemplate,
  CouponMessage,
  camera,
  type cameraRoll,
  type clipboard,
  type datetimePicker,
  Filler,
  type FlexElement,
  FlexMessage,
  Footer,
  Header,
  Hero,
  Icon,
  Image,
  ImageCarouselColumn,
  ImageCarouselTemplate,
  ImageMessage,
  Imagemap,
  LocationMessage,
  type location,
  MessageArea,
  type message,
  type postback,
  render,
  richMenuSwitch,
  Separator,
  Span,
  StickerMessage,
  Text,
  TextMessage,
  TextV2Message,
  UriArea,
  type uri,
  Video,
  VideoMessage,
} from "@flexkit/flex-jsx";
import { renderMessages } from "@flexkit/flex-jsx/message-file";
import { Area, type AreaProps, type buildRichMenu, RichMenu } from "@flexkit/flex-jsx/rich-menu";
import type { RichMenu as RichMenuObject } from "@flexkit/validators";
import { assertMessage, type Message } from "@flexkit/validators";
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

/**
 * The same type, as mutual assignability: expectTypeOf's deep equality gives up on the Flex
 * containers, whose types recurse through every component (it compares them as never).
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
declare function expectSame<A, B>(same: Same<A, B>): void;

/** The real client's signature: nothing runs in a type test. */
declare const client: messagingApi.MessagingApiClient;
const to = "U0123456789abcdef0123456789abcdef";

/** An element of a built-in, made by calling it as bot code may (its props do not matter here). */
declare function made<P, Out>(component: (props: P) => FlexElement<P, Out>): FlexElement<P, Out>;

describe("render() of a built-in's element gives its LINE type, which the SDK takes with no cast", () => {
  const bubble = Bubble({
    children: (
      <Body>
        <Box layout="vertical">
          <Text>Hello</Text>
        </Box>
      </Body>
    ),
  });
  const flex = FlexMessage({ altText: "Hello", children: bubble });
  const text = TextMessage({ children: "Hello" });

  it("a message to pushMessage, one or several", () => {
    void client.pushMessage({ to, messages: [render(flex).message] });
    void client.pushMessage({ to, messages: [render(text).message, render(flex).message] });
    void client.pushMessage({ to, messages: renderMessages([text, flex]).message });
    expectTypeOf(renderMessages([text, flex]).message).toExtend<Message[]>();
  });

  it("a bubble, a carousel or a component is not a message", () => {
    // @ts-expect-error a bare bubble goes inside a <FlexMessage>, never into messages
    void client.pushMessage({ to, messages: [render(bubble).message] });
    // @ts-expect-error nor a list with one in it
    void client.pushMessage({ to, messages: renderMessages([text, bubble]).message });
    // But it is the SDK's bubble, as a FlexMessage's contents.
    const contents: messagingApi.FlexContainer = render(bubble).message;
    void contents;
  });

  const flexMessage = render(flex).message;

  it("every message built-in", () => {
    expectTypeOf(render(text).message).toEqualTypeOf<Out<typeof buildTextMessage>>();
    expectSame<typeof flexMessage, Out<typeof buildFlexMessage>>(true);
    expectTypeOf(render(made(TextV2Message)).message).toEqualTypeOf<
      Out<typeof buildTextV2Message>
    >();
    expectTypeOf(render(made(StickerMessage)).message).toEqualTypeOf<
      Out<typeof buildStickerMessage>
    >();
    expectTypeOf(render(made(ImageMessage)).message).toEqualTypeOf<Out<typeof buildImageMessage>>();
    expectTypeOf(render(made(VideoMessage)).message).toEqualTypeOf<Out<typeof buildVideoMessage>>();
    expectTypeOf(render(made(AudioMessage)).message).toEqualTypeOf<Out<typeof buildAudioMessage>>();
    expectTypeOf(render(made(LocationMessage)).message).toEqualTypeOf<
      Out<typeof buildLocationMessage>
    >();
    expectTypeOf(render(made(CouponMessage)).message).toEqualTypeOf<
      Out<typeof buildCouponMessage>
    >();
    expectTypeOf(render(made(Imagemap)).message).toEqualTypeOf<Out<typeof buildImagemap>>();
    for (const template of [
      render(made(ButtonsTemplate)).message,
      render(made(ConfirmTemplate)).message,
      render(made(CarouselTemplate)).message,
      render(made(ImageCarouselTemplate)).message,
    ]) {
      expectTypeOf(template).toEqualTypeOf<Out<typeof buildButtonsTemplate>>();
      expectTypeOf(template).toExtend<messagingApi.TemplateMessage>();
    }
  });

  const bubbleJson = render(bubble).message;
  const carouselJson = render(made(Carousel)).message;

  it("every Flex container and component, and the parts that only sit in a parent", () => {
    expectSame<typeof bubbleJson, Out<typeof buildBubble>>(true);
    expectSame<typeof carouselJson, Out<typeof buildCarousel>>(true);
    expectTypeOf(render(made(Box)).message).toEqualTypeOf<Out<typeof buildBox>>();
    expectTypeOf(render(made(Text)).message).toEqualTypeOf<Out<typeof buildText>>();
    expectTypeOf(render(made(Span)).message).toEqualTypeOf<Out<typeof buildSpan>>();
    expectTypeOf(render(made(Image)).message).toEqualTypeOf<Out<typeof buildImage>>();
    expectTypeOf(render(made(Video)).message).toEqualTypeOf<Out<typeof buildVideo>>();
    expectTypeOf(render(made(Icon)).message).toEqualTypeOf<Out<typeof buildIcon>>();
    expectTypeOf(render(made(Button)).message).toEqualTypeOf<Out<typeof buildButton>>();
    expectTypeOf(render(made(Separator)).message).toEqualTypeOf<Out<typeof buildSeparator>>();
    expectTypeOf(render(made(Filler)).message).toEqualTypeOf<Out<typeof buildFiller>>();
    expectTypeOf(render(made(Box)).message).toExtend<messagingApi.FlexComponent>();
    expectTypeOf(render(made(CarouselColumn)).message).toExtend<messagingApi.CarouselColumn>();
    expectTypeOf(
      render(made(ImageCarouselColumn)).message,
    ).toExtend<messagingApi.ImageCarouselColumn>();
    expectTypeOf(render(made(UriArea)).message).toExtend<messagingApi.URIImagemapAction>();
    expectTypeOf(render(made(MessageArea)).message).toExtend<messagingApi.MessageImagemapAction>();
    expectTypeOf(
      render(made(ClipboardArea)).message,
    ).toExtend<messagingApi.ClipboardImagemapAction>();
    // A slot renders only inside a <Bubble>: alone, render() throws.
    for (const slot of [Header, Hero, Body, Footer]) {
      expectTypeOf(render(made(slot)).message).toBeNever();
    }
  });
});

describe("JSX: every expression is JSX.Element, so its render() is unknown until checked", () => {
  it("assertMessage checks it and narrows it to a Message, which pushMessage takes", () => {
    const { message } = render(
      <FlexMessage altText="Hello">
        <Bubble />
      </FlexMessage>,
    );
    expectTypeOf(message).toBeUnknown();
    // @ts-expect-error unknown until checked: TypeScript does not type JSX by its tag (microsoft/TypeScript#21699)
    void client.pushMessage({ to, messages: [message] });
    assertMessage(message);
    expectTypeOf(message).toEqualTypeOf<Message>();
    void client.pushMessage({ to, messages: [message] });
  });

  it("render<T>() still states a type without a check", () => {
    expectTypeOf(render<Message>(<TextMessage>Hi</TextMessage>).message).toEqualTypeOf<Message>();
  });
});

describe("rich menus (@flexkit/flex-jsx/rich-menu)", () => {
  it("render(RichMenu({…})) gives the validators' RichMenu, which the SDK's RichMenuRequest takes", () => {
    const menu = render(
      RichMenu({
        size: "compact",
        selected: true,
        name: "main",
        chatBarText: "Menu",
        children: Area({
          bounds: { x: 0, y: 0, width: 2500, height: 843 },
          action: richMenuSwitch("tab-b", "switch"),
        }),
      }),
    ).message;
    expectTypeOf(menu).toEqualTypeOf<RichMenuObject>();
    expectTypeOf(menu).toExtend<messagingApi.RichMenuRequest>();
    expectTypeOf<Out<typeof buildRichMenu>>().toExtend<messagingApi.RichMenuRequest>();
  });

  it("an <Area> takes richMenuSwitch; quick-reply-only actions are refused", () => {
    expectTypeOf(richMenuSwitch("a", "b")).toExtend<AreaProps["action"]>();
    expectTypeOf(camera("Camera")).not.toExtend<AreaProps["action"]>();
  });
});
