import { type FlexCarousel, FlexCarouselSchema } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { cafeBubble, flexMessage } from "../support/flex.js";

type Args = Omit<FlexCarousel, "type">;

/**
 * `Carousel` (@flexkit/draw: flex/carousel.ts, react/carousel.tsx): up to 12 bubbles side by side, scrolled sideways; every
 * bubble with a body stretches to the tallest.
 */
const meta = {
  title: "Flex/Carousel",
  render: (args) => <ChatFrame payload={flexMessage({ type: "carousel", ...args })} />,
  args: {
    contents: [
      cafeBubble("Espresso", "¥350"),
      cafeBubble("Cappuccino", "¥420"),
      cafeBubble("Matcha latte", "¥480 · seasonal, while it lasts"),
    ],
  },
  argTypes: documented<Args>(FlexCarouselSchema, { contents: { control: "object" } }),
  play: async ({ canvasElement, args }) => {
    const [carousel] = await expectFlexNodes(canvasElement, "carousel");
    const bubbles = [...carousel!.querySelectorAll<HTMLElement>('[data-flex="bubble"]')];
    await expect(bubbles).toHaveLength(args.contents.length);
    // Side by side, and all as tall as the tallest.
    const boxes = bubbles.map((bubble) => bubble.getBoundingClientRect());
    for (let index = 1; index < boxes.length; index++)
      await expect(boxes[index]!.left).toBeGreaterThan(boxes[index - 1]!.right);
    await expect(new Set(boxes.map((box) => Math.round(box.height))).size).toBe(1);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ThreeBubbles: Story = {};

export const OneBubble: Story = { args: { contents: [cafeBubble("Espresso", "¥350")] } };
