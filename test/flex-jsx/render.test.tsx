/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  FlexMessage,
  type FlexNode,
  FlexRenderError,
  render,
  Span,
  sourceFor,
  Text,
} from "@flexkit/flex-jsx";
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
    expect(sourceFor(sources, "contents.body.contents[0].text")).toBe(
      sources["contents.body.contents[0]"],
    );
    expect(sourceFor(sources, "contents.body.contents[7].text")).toBe(sources["contents.body"]);
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
