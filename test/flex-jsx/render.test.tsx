/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  CarouselColumn,
  CarouselTemplate,
  camera,
  cameraRoll,
  clipboard,
  datetimePicker,
  Filler,
  FlexMessage,
  type FlexNode,
  FlexRenderError,
  Hero,
  Icon,
  Image,
  ImageCarouselTemplate,
  location,
  message,
  postback,
  render,
  richMenuSwitch,
  Separator,
  Span,
  Text,
  TextMessage,
  TextV2Message,
  UriArea,
  uri,
  Video,
} from "@flexkit/flex-jsx";
import { nearestSource, parsePath } from "@flexkit/validators";
import { describe, expect, it } from "vitest";

function renderError(node: FlexNode): string {
  try {
    render(node);
  } catch (error) {
    expect(error).toBeInstanceOf(FlexRenderError);
    return (error as Error).message.replace(/ \([^()]*:\d+:\d+\)$/, " (<source>)");
  }
  throw new Error("render() did not fail");
}

describe("elements", () => {
  it("are plain data objects, made the same way through JSX, jsx() and a built-in called directly", async () => {
    const { jsx } = await import("@flexkit/flex-jsx/jsx-runtime");
    const props = { children: "Hi" };
    for (const element of [<Text>Hi</Text>, jsx(Text, props), Text(props)]) {
      // Inert data (HOUSE-STYLE): a plain object, whatever made it, with exactly these keys.
      expect(Object.getPrototypeOf(element)).toBe(Object.prototype);
      expect(element.constructor).toBe(Object);
      expect(Object.keys(element)).toEqual(["type", "props", "key", "source"]);
      expect(element.type).toBe(Text);
      expect(element.props).toEqual(props);
    }
    expect(jsx(Text, props, 7).key).toBe("7");
  });
});

describe("render()", () => {
  it("calls each function component exactly once", () => {
    let calls = 0;
    function Title({ children }: { children: string }) {
      calls++;
      return <Text weight="bold">{children}</Text>;
    }
    const { message } = render(
      <Box layout="vertical">
        <Title>Hello</Title>
      </Box>,
    );
    expect(calls).toBe(1);
    expect(message).toEqual({
      type: "box",
      layout: "vertical",
      contents: [{ type: "text", weight: "bold", text: "Hello" }],
    });
  });

  it("flattens arrays and fragments and drops null, undefined and booleans", () => {
    const show = false;
    const { message } = render(
      <Box layout="vertical">
        {[<Text key="a">a</Text>, [<Text key="b">b</Text>]]}
        {/* biome-ignore lint/complexity/noUselessFragments: this test is about fragments. */}
        <>
          <Text>c</Text>
          {null}
          {undefined}
          {show && <Text>hidden</Text>}
          {true}
        </>
      </Box>,
    );
    expect(
      (message as { contents: { text: string }[] }).contents.map((child) => child.text),
    ).toEqual(["a", "b", "c"]);
  });

  it("takes JSX's key for the list key, never a LINE property; a key given as data is written", () => {
    // LINE has no property named key (so the validators refuse one): toJsx writes a JSON `key`
    // as a spread, which JSX leaves in the props.
    const keyed = render(<TextMessage key="a">a</TextMessage>).message;
    expect(keyed).toStrictEqual({ type: "text", text: "a" });
    const data = render(<TextMessage {...{ key: "k" }}>a</TextMessage>).message;
    expect(data).toStrictEqual({ type: "text", key: "k", text: "a" });
  });

  it("never writes props the author did not write", () => {
    const { message } = render(<Text size={undefined}>plain</Text>);
    expect(message).toStrictEqual({ type: "text", text: "plain" });
  });

  it("joins string and number children into text", () => {
    const count = 3;
    expect(render(<Text>{count} items</Text>).message).toEqual({ type: "text", text: "3 items" });
  });

  it("turns strings between spans into spans", () => {
    const { message } = render(
      <Text>
        a <Span weight="bold">b</Span>
      </Text>,
    );
    expect(message).toEqual({
      type: "text",
      contents: [
        { type: "span", text: "a " },
        { type: "span", weight: "bold", text: "b" },
      ],
    });
  });

  it("records file:line:column for every element (jsxDEV)", () => {
    const { sources } = render(
      <FlexMessage altText="x">
        <Bubble>
          <Body>
            <Box layout="vertical">
              <Text>hi</Text>
            </Box>
          </Body>
        </Bubble>
      </FlexMessage>,
    );
    expect(Object.keys(sources).sort()).toEqual([
      "",
      "contents",
      "contents.body",
      "contents.body.contents[0]",
    ]);
    expect(sources["contents.body.contents[0]"]).toMatch(/render\.test\.tsx:\d+:\d+$/);
    // An issue on a property maps to its nearest element.
    const at = (property: string) => nearestSource(parsePath(property), sources);
    expect(at("contents.body.contents[0].text")).toBe(sources["contents.body.contents[0]"]);
    expect(at("contents.body.contents[7].text")).toBe(sources["contents.body"]);
  });

  it("points a source at the line the element was written on", () => {
    const line = Number(new Error().stack?.match(/render\.test\.tsx:(\d+):/)?.[1]) + 1;
    const { sources } = render(<Text>here</Text>);
    expect(sources[""]).toMatch(new RegExp(`render\\.test\\.tsx:${line}:\\d+$`));
  });
});

describe("render() errors name the element and where it sits", () => {
  it("a string directly in a box", () => {
    expect(renderError(<Box layout="vertical">{"loose text"}</Box>)).toMatchInlineSnapshot(
      `"the text "loose text" can't sit in a vertical <Box> at contents[0]; only components go here (wrap text in <Text>) (<source>)"`,
    );
  });

  it("a component in the wrong parent", () => {
    expect(
      renderError(
        <Bubble>
          <Body>
            <Text>not in a box</Text>
          </Body>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(`"<Text> must be inside a <Box>; found in <Body> at body (<source>)"`);
    expect(
      renderError(
        <Box layout="baseline">
          <Box layout="vertical" />
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"<Box> can't sit in a baseline <Box>; a baseline box holds only <Text>, <Icon> and <Filler> at contents[0] (<source>)"`,
    );
  });

  it("a class component", () => {
    class Card {
      render() {
        return null;
      }
    }
    // biome-ignore lint/suspicious/noExplicitAny: deliberately bypasses the JSX types to reach the runtime check.
    const Untyped = Card as any;
    expect(renderError(<Untyped />)).toMatchInlineSnapshot(
      `"<Card> is a class component; flexkit components are plain functions of their props (<source>)"`,
    );
  });

  it("a component that returns a promise", () => {
    // biome-ignore lint/suspicious/noExplicitAny: an async component is a type error; this checks the runtime message.
    const Async = (async () => <Text>late</Text>) as any;
    expect(
      renderError(
        <Box layout="vertical">
          <Async />
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"<Async> returned a Promise at contents[0]; render data you have already loaded (await it before render()) (<source>)"`,
    );
  });

  it("two bodies in one bubble", () => {
    expect(
      renderError(
        <Bubble>
          <Body>
            <Box layout="vertical" />
          </Body>
          <Body>
            <Box layout="vertical" />
          </Body>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(`"a <Bubble> can have only one <Body> (at body) (<source>)"`);
  });
});

describe("placement rules the types cannot express", () => {
  it("an icon outside a baseline box", () => {
    expect(
      renderError(
        <Bubble>
          <Body>
            <Box layout="vertical">
              <Text>first</Text>
              <Icon url="https://example.com/star.png" />
            </Box>
          </Body>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(
      `"<Icon> must be inside a <Box layout="baseline">; found in a vertical <Box> at body.contents[1] (<source>)"`,
    );
  });

  it("a span outside a text", () => {
    expect(
      renderError(
        <Box layout="vertical">
          <Span>loose</Span>
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"<Span> must be inside a <Text>; found in a vertical <Box> at contents[0] (<source>)"`,
    );
  });

  it("a video anywhere but the hero itself", () => {
    expect(
      renderError(
        <Bubble>
          <Hero>
            <Box layout="vertical">
              <Video url="https://e.com/v.mp4" previewUrl="https://e.com/p.png" altContent={null} />
            </Box>
          </Hero>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(
      `"<Video> must be the hero itself (<Hero><Video … /></Hero>); found in a vertical <Box> at hero.contents[0] (<source>)"`,
    );
  });

  it("a video without altContent", () => {
    expect(
      renderError(
        <Bubble>
          <Hero>
            <Video url="https://e.com/v.mp4" previewUrl="https://e.com/p.png" altContent={null} />
          </Hero>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(
      `"<Video> needs exactly one altContent element (a <Box> or an <Image>), got 0 at hero (<source>)"`,
    );
  });

  it("buttons, separators and images only in a horizontal or vertical box", () => {
    const baseline = (child: FlexNode) => renderError(<Box layout="baseline">{child}</Box>);
    expect(baseline(<Button action={postback("x", "X")} />)).toMatchInlineSnapshot(
      `"<Button> must be inside a horizontal or vertical <Box>; found in a baseline <Box> at contents[0] (<source>)"`,
    );
    expect(baseline(<Separator />)).toMatchInlineSnapshot(
      `"<Separator> must be inside a horizontal or vertical <Box>; found in a baseline <Box> at contents[0] (<source>)"`,
    );
    expect(baseline(<Image url="https://e.com/i.png" />)).toMatchInlineSnapshot(
      `"<Image> must be inside a horizontal or vertical <Box>, a <Hero> or a <Video>'s altContent; found in a baseline <Box> at contents[0] (<source>)"`,
    );
  });

  it("a filler in a slot, a carousel in a bubble, a box in a carousel", () => {
    expect(
      renderError(
        <Bubble>
          <Body>
            <Filler />
          </Body>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(
      `"<Filler> must be inside a <Box>; found in <Body> at body (<source>)"`,
    );
    expect(
      renderError(
        <FlexMessage altText="x">
          <Bubble>
            <Body>
              <Carousel />
            </Body>
          </Bubble>
        </FlexMessage>,
      ),
    ).toMatchInlineSnapshot(
      `"<Carousel> must be the root or the child of a <FlexMessage>; found in <Body> at contents.body (<source>)"`,
    );
    expect(
      renderError(
        <Carousel>
          <Box layout="vertical" />
        </Carousel>,
      ),
    ).toMatchInlineSnapshot(`"<Box> can't sit in a <Carousel> at contents[0] (<source>)"`);
  });

  it("a message inside another, template columns and imagemap areas out of place", () => {
    expect(
      renderError(
        <Box layout="vertical">
          <TextMessage>hi</TextMessage>
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"<TextMessage> is a message and must be the root (or one element of an array of messages); found in a vertical <Box> at contents[0] (<source>)"`,
    );
    expect(
      renderError(
        <ImageCarouselTemplate altText="x">
          <CarouselColumn text="t" actions={[]} />
        </ImageCarouselTemplate>,
      ),
    ).toMatchInlineSnapshot(
      `"<CarouselColumn> must be inside a <CarouselTemplate>; found in an <ImageCarouselTemplate> at template.columns[0] (<source>)"`,
    );
    expect(
      renderError(
        <CarouselTemplate altText="x">
          <UriArea linkUri="https://e.com" area={{ x: 0, y: 0, width: 1, height: 1 }} />
        </CarouselTemplate>,
      ),
    ).toMatchInlineSnapshot(
      `"<UriArea> must be inside an <Imagemap>; found in a <CarouselTemplate> at template.columns[0] (<source>)"`,
    );
  });
});

describe("bad input fails in render() with a sentence, never a bare TypeError", () => {
  it("an unknown component (not a function)", () => {
    // biome-ignore lint/suspicious/noExplicitAny: a string tag is a type error; this checks the runtime message.
    const Div = "div" as any;
    expect(
      renderError(
        <Box layout="vertical">
          <Div />
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"<div> is not a flexkit component at contents[0]; import one from @flexkit/flex-jsx (<source>)"`,
    );
  });

  it("a string where a component belongs, at the top and in a carousel", () => {
    expect(renderError("hello" as unknown as FlexNode)).toMatchInlineSnapshot(
      `"the text "hello" can't sit at the top; only components go here (wrap text in <Text>)"`,
    );
    expect(renderError(<Carousel>{"a bubble?"}</Carousel>)).toMatchInlineSnapshot(
      `"the text "a bubble?" can't sit in a <Carousel> at contents[0]; only components go here (wrap text in <Text>) (<source>)"`,
    );
  });

  it("a component passed without calling it through JSX", () => {
    // biome-ignore lint/suspicious/noExplicitAny: a function as a child is a type error; this checks the runtime message.
    const child = Text as any;
    expect(renderError(<Box layout="vertical">{child}</Box>)).toMatchInlineSnapshot(
      `"the function Text (not called: write <Text /> instead) can't sit in a vertical <Box> at contents[0]; only components go here (<source>)"`,
    );
  });

  it("a user component returning two elements where one belongs", () => {
    function Pair() {
      return (
        <>
          <Text>a</Text>
          <Text>b</Text>
        </>
      );
    }
    expect(
      renderError(
        <Bubble>
          <Body>
            <Pair />
          </Body>
        </Bubble>,
      ),
    ).toMatchInlineSnapshot(
      `"<Pair> rendered 2 elements at body; a component used here must return exactly one element (<source>)"`,
    );
  });

  it("a plain object where a component belongs", () => {
    expect(
      renderError(
        <Box layout="vertical">{{ type: "text", text: "json" } as unknown as FlexNode}</Box>,
      ),
    ).toMatchInlineSnapshot(
      `"the plain object {"type":"text","text":"json"} (objects are not elements: write the component, e.g. <Text>) can't sit in a vertical <Box> at contents[0]; only components go here (<source>)"`,
    );
  });
});

describe("components whose children are their text take only text", () => {
  /** What the types refuse reaches render() from JavaScript, or a Babel build (flexkit build). */
  const untyped = (node: unknown) => node as string;
  function Bad() {
    return <Text>x</Text>;
  }

  it("an element, an object, a function or a symbol is a render error naming it, at the child's JSX", () => {
    const bad = <Bad />;
    let thrown: unknown;
    try {
      render(<TextMessage>{untyped(bad)}</TextMessage>);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FlexRenderError);
    expect((thrown as FlexRenderError).source).toEqual(bad.source);
    expect(renderError(<TextMessage>{untyped(bad)}</TextMessage>)).toMatchInlineSnapshot(
      `"<Bad> can't sit in a <TextMessage>; only text goes here (<source>)"`,
    );
    expect(
      renderError(<TextV2Message>{untyped(["Hi ", { type: "text" }])}</TextV2Message>),
    ).toMatchInlineSnapshot(
      `"the plain object {"type":"text"} (objects are not elements: write the component, e.g. <Text>) can't sit in a <TextV2Message>; only text goes here (<source>)"`,
    );
    expect(
      renderError(
        <Box layout="vertical">
          <Text>
            <Span>{untyped(<Bad />)}</Span>
          </Text>
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"<Bad> can't sit in a <Span> at contents[0].contents[0]; only text goes here (<source>)"`,
    );
    expect(
      renderError(
        <Box layout="vertical">
          <Text>{untyped({ type: "span", text: "json" })}</Text>
        </Box>,
      ),
    ).toMatchInlineSnapshot(
      `"the plain object {"type":"span","text":"json"} (objects are not elements: write the component, e.g. <Text>) can't sit in a <Text> at contents[0]; only text goes here (<source>)"`,
    );
    expect(renderError(<TextMessage>{untyped(Bad)}</TextMessage>)).toMatchInlineSnapshot(
      `"the function Bad (not called: write <Bad /> instead) can't sit in a <TextMessage>; only text goes here (<source>)"`,
    );
    expect(renderError(<TextMessage>{untyped(Symbol("s"))}</TextMessage>)).toMatchInlineSnapshot(
      `"a value of type symbol can't sit in a <TextMessage>; only text goes here (<source>)"`,
    );
  });

  it("strings, numbers and fragments or arrays of them are text; null, undefined and booleans are nothing", () => {
    const text = (node: FlexNode) => (render(node).message as { text?: string }).text;
    expect(
      text(<TextMessage>{untyped(["a", 1, null, undefined, false, true, "b"])}</TextMessage>),
    ).toBe("a1b");
    expect(text(<TextMessage>{untyped(<>x{2}</>)}</TextMessage>)).toBe("x2");
    expect(text(<TextV2Message>{untyped([["a", ["b"]], 3n])}</TextV2Message>)).toBe("ab3");
    expect(text(<TextMessage>{untyped(null)}</TextMessage>)).toBeUndefined();
  });
});

describe("components compose and render exactly what was written", () => {
  it("user components with props, children, conditionals and maps inside every container", () => {
    function Row({ children, bold }: { children: string; bold?: boolean }) {
      return <Text weight={bold ? "bold" : undefined}>{children}</Text>;
    }
    function Card({ title, rows }: { title: string; rows: string[] }) {
      return (
        <Bubble size="kilo">
          <Body>
            <Box layout="vertical">
              <Row bold>{title}</Row>
              {rows.length > 1 ? rows.map((row) => <Row key={row}>{row}</Row>) : null}
            </Box>
          </Body>
        </Bubble>
      );
    }
    const { message } = render(
      <Carousel>
        <Card title="A" rows={["a1", "a2"]} />
        <Card title="B" rows={["b1"]} />
      </Carousel>,
    );
    expect(message).toEqual({
      type: "carousel",
      contents: [
        {
          type: "bubble",
          size: "kilo",
          body: {
            type: "box",
            layout: "vertical",
            contents: [
              { type: "text", weight: "bold", text: "A" },
              { type: "text", text: "a1" },
              { type: "text", text: "a2" },
            ],
          },
        },
        {
          type: "bubble",
          size: "kilo",
          body: {
            type: "box",
            layout: "vertical",
            contents: [{ type: "text", weight: "bold", text: "B" }],
          },
        },
      ],
    });
  });

  it("a deprecated filler renders as written (the validators warn)", () => {
    expect(
      render(
        <Box layout="baseline">
          <Filler flex={2} />
        </Box>,
      ).message,
    ).toStrictEqual({ type: "box", layout: "baseline", contents: [{ type: "filler", flex: 2 }] });
  });

  it("action helpers write only the keys they were given", () => {
    expect([
      postback("d"),
      message("t"),
      uri("https://e.com"),
      datetimePicker("d", "time"),
      clipboard("c"),
      camera("Cam"),
      cameraRoll("Roll"),
      location("Here"),
      richMenuSwitch("alias", "d", "Switch"),
      postback("d", undefined, { displayText: undefined, inputOption: "openKeyboard" }),
    ]).toStrictEqual([
      { type: "postback", data: "d" },
      { type: "message", text: "t" },
      { type: "uri", uri: "https://e.com" },
      { type: "datetimepicker", data: "d", mode: "time" },
      { type: "clipboard", clipboardText: "c" },
      { type: "camera", label: "Cam" },
      { type: "cameraRoll", label: "Roll" },
      { type: "location", label: "Here" },
      { type: "richmenuswitch", richMenuAliasId: "alias", data: "d", label: "Switch" },
      { type: "postback", data: "d", inputOption: "openKeyboard" },
    ]);
  });

  it("joins strings a formatter split around a span into one span", () => {
    const { message } = render(
      <Text>
        {"a"} <Span weight="bold">b</Span>
        {" c"}
      </Text>,
    );
    expect(message).toEqual({
      type: "text",
      contents: [
        { type: "span", text: "a " },
        { type: "span", weight: "bold", text: "b" },
        { type: "span", text: " c" },
      ],
    });
  });
});
