import { type FlexText, SIZE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { bubbleOf, flexMessage } from "../support/flex.js";

type Args = Omit<FlexText, "type">;

/** `textMarkup` (draw/src/flex/text.ts): one line cut with "…", or wrapped, in a bubble's body. */
const meta = {
  title: "Flex/Text",
  render: (args) => <ChatFrame payload={flexMessage(bubbleOf([{ type: "text", ...args }]))} />,
  args: { text: "Your latte is ready at the counter", size: "md", wrap: false },
  argTypes: {
    text: { control: "text" },
    size: { control: "select", options: SIZE_KEYWORDS },
    weight: { control: "inline-radio", options: ["regular", "bold"] },
    color: { control: "color" },
    align: { control: "inline-radio", options: ["start", "center", "end"] },
    wrap: { control: "boolean" },
    maxLines: { control: { type: "number", min: 0 } },
    lineSpacing: { control: "text" },
    style: { control: "inline-radio", options: ["normal", "italic"] },
    decoration: { control: "inline-radio", options: ["none", "underline", "line-through"] },
    adjustMode: { control: "inline-radio", options: ["shrink-to-fit"] },
    scaling: { control: "boolean" },
    action: { control: "object" },
  },
  play: async ({ canvasElement, args }) => {
    const [text] = await expectFlexNodes(canvasElement, "text");
    await expect(text).toHaveTextContent(args.text ?? "");
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Wrapped: Story = {
  args: {
    text: "A long line wraps when wrap is true, and maxLines cuts it with an ellipsis after that many lines.",
    wrap: true,
    maxLines: 2,
  },
};
