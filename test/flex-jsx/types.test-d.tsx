/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  ButtonsTemplate,
  Carousel,
  ConfirmTemplate,
  camera,
  Filler,
  type FlexElement,
  FlexMessage,
  Icon,
  Image,
  ImageMessage,
  Imagemap,
  message,
  postback,
  render,
  richMenuSwitch,
  Separator,
  StickerMessage,
  Text,
  TextMessage,
  UriArea,
  uri,
  Video,
} from "@flexkit/flex-jsx";
import type { FlexMessage as FlexMessageJson } from "@flexkit/validators";
import { describe, expectTypeOf, it } from "vitest";

/** Most mistakes fail in the editor: these lines must not compile. */
describe("JSX types", () => {
  it("accepts a well-formed message", () => {
    const element = (
      <FlexMessage altText="hi">
        <Bubble size="kilo">
          <Body>
            <Box layout="vertical" spacing="12px" paddingAll="5%">
              <Text size="xl" color="#112233">
                hello
              </Text>
            </Box>
          </Body>
        </Bubble>
      </FlexMessage>
    );
    expectTypeOf(element).toEqualTypeOf<FlexElement>();
    expectTypeOf(render<FlexMessageJson>(element).message).toEqualTypeOf<FlexMessageJson>();
  });

  it("rejects intrinsic elements: LINE has no <div>", () => {
    // @ts-expect-error no intrinsic elements exist in the flex runtime
    void (<div />);
  });

  it("rejects values LINE does not allow", () => {
    // @ts-expect-error layout is one of horizontal, vertical, baseline
    void (<Box layout="grid" />);
    // @ts-expect-error text sizes take keywords or px, never %
    void (<Text size="50%">x</Text>);
    // @ts-expect-error colours are #RRGGBB[AA]
    void (<Text color="red">x</Text>);
    void (
      (
        // @ts-expect-error altText is required
        <FlexMessage>
          <Bubble />
        </FlexMessage>
      )
    );
  });

  it("refuses richMenuSwitch in a message: it is for rich menu areas only (ACT-RMS)", () => {
    // @ts-expect-error a Flex button's action is a message action
    void (<Button action={richMenuSwitch("tab-b", "switch", "Tab B")} />);
    // @ts-expect-error nor in a box's action
    void (<Box layout="vertical" action={richMenuSwitch("tab-b", "switch")} />);
    // @ts-expect-error nor in a template
    void (<ButtonsTemplate altText="a" text="t" actions={[richMenuSwitch("tab-b", "switch")]} />);
    void (
      <TextMessage
        quickReply={{
          // @ts-expect-error nor in a quick reply
          items: [{ type: "action", action: richMenuSwitch("tab-b", "switch", "B") }],
        }}
      >
        Hi
      </TextMessage>
    );
    // Every other action is taken.
    void (<Button action={postback("d", "Go")} />);
  });

  it("rejects class components", () => {
    class Card {
      render() {
        return null;
      }
    }
    // @ts-expect-error only plain function components
    void (<Card />);
  });

  it("leaf components take no children", () => {
    // @ts-expect-error an image has no children
    void (<Image url="https://e.com/i.png">x</Image>);
    // @ts-expect-error an icon has no children
    void (<Icon url="https://e.com/i.png">x</Icon>);
    // @ts-expect-error a separator has no children
    void (<Separator>x</Separator>);
    // @ts-expect-error a filler has no children
    void (<Filler>x</Filler>);
    // @ts-expect-error a button's label is its action's, not a child
    void (<Button action={postback("x", "X")}>Buy</Button>);
    void (
      (
        // @ts-expect-error a sticker has no children
        <StickerMessage packageId="1" stickerId="2">
          x
        </StickerMessage>
      )
    );
  });

  it("requires what LINE requires and takes only LINE's names", () => {
    // @ts-expect-error a button needs an action
    void (<Button />);
    // @ts-expect-error a video needs a preview URL (and altContent)
    void (<Video url="https://e.com/v.mp4" altContent={<Image url="https://e.com/i.png" />} />);
    // @ts-expect-error images are https URLs in `url`, not `src`
    void (<Image src="https://e.com/i.png" />);
    // @ts-expect-error an image message needs its preview
    void (<ImageMessage originalContentUrl="https://e.com/i.png" />);
    // @ts-expect-error an imagemap area needs its area
    void (<UriArea linkUri="https://e.com" />);
    // @ts-expect-error a template needs its altText
    void (<ConfirmTemplate text="Sure?" actions={[message("y", "Yes"), message("n", "No")]} />);
    // @ts-expect-error altUri has only `desktop`
    void uri("https://e.com", "Open", { altUri: { mobile: "x" } });
  });

  it("accepts every message with quickReply and sender", () => {
    const quickReply = { items: [{ type: "action" as const, action: camera("Camera") }] };
    const sender = { name: "Bot" };
    void (
      <TextMessage quickReply={quickReply} sender={sender}>
        hi
      </TextMessage>
    );
    void (<StickerMessage packageId="1" stickerId="2" quickReply={quickReply} sender={sender} />);
    void (
      <ButtonsTemplate
        altText="Menu"
        text="Pick"
        actions={[postback("a", "A")]}
        quickReply={quickReply}
        sender={sender}
      />
    );
    void (
      <Imagemap
        baseUrl="https://e.com/map"
        altText="Map"
        baseSize={{ width: 1040, height: 520 }}
        quickReply={quickReply}
        sender={sender}
      >
        <UriArea linkUri="https://e.com" area={{ x: 0, y: 0, width: 1040, height: 520 }} />
      </Imagemap>
    );
    void (
      <FlexMessage altText="x" quickReply={quickReply} sender={sender}>
        <Carousel>
          <Bubble />
        </Carousel>
      </FlexMessage>
    );
  });
});
