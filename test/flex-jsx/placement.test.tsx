/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  Filler,
  FlexMessage,
  type FlexNode,
  FlexRenderError,
  Footer,
  Header,
  Hero,
  Icon,
  Image,
  render,
  Separator,
  Span,
  Text,
  uri,
  Video,
} from "@flexkit/flex-jsx";
import {
  FLEX_PLACEMENT,
  IN_ALT_CONTENT,
  IN_BASELINE_BOX,
  IN_BLOCK,
  IN_CAROUSEL,
  IN_FLEX_MESSAGE,
  IN_FLOW_BOX,
  IN_HERO,
  IN_TEXT,
} from "@flexkit/validators/flex-structure";
import { describe, expect, it } from "vitest";
import { BUBBLE, ROOT } from "../../packages/flex-jsx/src/placement.js";

/**
 * render() places every Flex built-in where LINE's matrix (@flexkit/validators/flex-structure)
 * lets its type sit, and refuses it everywhere else with a sentence that names it.
 */
const url = "https://example.com/a.png";
const video = (altContent: FlexNode) => (
  <Video url="https://example.com/a.mp4" previewUrl={url} altContent={altContent} />
);

const ELEMENTS: Record<keyof typeof FLEX_PLACEMENT, [string, FlexNode]> = {
  box: ["Box", <Box layout="vertical" />],
  button: ["Button", <Button action={uri("https://example.com", "Open")} />],
  image: ["Image", <Image url={url} />],
  video: ["Video", video(<Box layout="vertical" />)],
  icon: ["Icon", <Icon url={url} />],
  text: ["Text", <Text>a</Text>],
  span: ["Span", <Span>a</Span>],
  separator: ["Separator", <Separator />],
  filler: ["Filler", <Filler />],
  bubble: ["Bubble", <Bubble />],
  carousel: ["Carousel", <Carousel />],
};

const PLACES: Array<[string, number, (child: FlexNode) => FlexNode]> = [
  ["a horizontal box", IN_FLOW_BOX, (child) => <Box layout="horizontal">{child}</Box>],
  ["a vertical box", IN_FLOW_BOX, (child) => <Box layout="vertical">{child}</Box>],
  ["a baseline box", IN_BASELINE_BOX, (child) => <Box layout="baseline">{child}</Box>],
  ["a header", IN_BLOCK, (child) => <Bubble>{<Header>{child}</Header>}</Bubble>],
  ["a body", IN_BLOCK, (child) => <Bubble>{<Body>{child}</Body>}</Bubble>],
  ["a footer", IN_BLOCK, (child) => <Bubble>{<Footer>{child}</Footer>}</Bubble>],
  ["a hero", IN_HERO, (child) => <Bubble>{<Hero>{child}</Hero>}</Bubble>],
  ["a text", IN_TEXT, (child) => <Text>{child}</Text>],
  ["a video's altContent", IN_ALT_CONTENT, (child) => video(child)],
  ["a carousel", IN_CAROUSEL, (child) => <Carousel>{child}</Carousel>],
  ["a flex message", IN_FLEX_MESSAGE, (child) => <FlexMessage altText="a">{child}</FlexMessage>],
];

/** undefined when it renders, else the error (a placement error starts with the element). */
function refusal(node: FlexNode): string | undefined {
  try {
    render(node);
    return undefined;
  } catch (error) {
    if (!(error instanceof FlexRenderError)) throw error;
    return error.message;
  }
}

describe("placement follows LINE's matrix", () => {
  for (const [type, [name, element]] of Object.entries(ELEMENTS)) {
    it(`<${name}>`, () => {
      const wrong: string[] = [];
      for (const [where, place, wrap] of PLACES) {
        const allowed = (FLEX_PLACEMENT[type as keyof typeof FLEX_PLACEMENT] & place) !== 0;
        const refused = refusal(wrap(element));
        if (allowed && refused !== undefined) wrong.push(`refused in ${where}: ${refused}`);
        if (!allowed && !refused?.startsWith(`<${name}> `))
          wrong.push(`not refused in ${where}: ${refused ?? "it rendered"}`);
      }
      expect(wrong).toEqual([]);
      // At the root any built-in renders on its own.
      expect(refusal(element)).toBeUndefined();
    });
  }

  it("keeps its own places (the root, a bubble) apart from LINE's", () => {
    const lineBits = Object.values(FLEX_PLACEMENT).reduce((all, mask) => all | mask, 0);
    expect(lineBits & (ROOT | BUBBLE)).toBe(0);
    expect(ROOT & BUBBLE).toBe(0);
  });
});
