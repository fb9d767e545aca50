import { type FlexBubble, FlexBubbleSchema } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { all, expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { box, CAFE_BUBBLE, flexMessage } from "../support/flex.js";

type Args = Omit<FlexBubble, "type">;

const BLOCKS = ["header", "hero", "body", "footer"] as const;

/**
 * `Bubble` (@flexkit/draw: flex/bubble.ts, react/bubble.tsx): header, hero, body and footer in that order, 80 % of the
 * chat's width capped by `size`, with per-block `styles`.
 */
const meta = {
  title: "Flex/Bubble",
  render: (args) => <ChatFrame payload={flexMessage({ type: "bubble", ...args })} />,
  args: { ...CAFE_BUBBLE },
  argTypes: documented<Args>(FlexBubbleSchema, {
    size: {
      control: "select",
      options: ["nano", "micro", "deca", "hecto", "kilo", "mega", "giga"],
    },
    direction: { control: "inline-radio", options: ["ltr", "rtl"] },
    header: { control: "object" },
    hero: { control: "object" },
    body: { control: "object" },
    footer: { control: "object" },
    styles: { control: "object" },
    action: { control: "object" },
  }),
  play: async ({ canvasElement, args }) => {
    const [bubble] = await expectFlexNodes(canvasElement, "bubble");
    await expect(bubble).toHaveAttribute("data-size", args.size ?? "mega");
    // Exactly the blocks that are set, in LINE's order.
    const drawn = all(bubble!, "[data-flex-block]").map((block) => block.dataset.flexBlock);
    await expect(drawn).toEqual(BLOCKS.filter((block) => args[block] !== undefined));
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Kilo: Story = {};

export const GigaWithHeaderAndStyles: Story = {
  args: {
    size: "giga",
    header: box("vertical", [
      { type: "text", text: "BROWN'S CAFE", color: "#ffffff", weight: "bold" },
    ]),
    styles: { header: { backgroundColor: "#6f4e37" }, footer: { separator: true } },
  },
};

export const RightToLeft: Story = { args: { direction: "rtl", size: "mega" } };
