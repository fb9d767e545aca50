import { type FlexSpan, FlexSpanSchema, SIZE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { bubbleOf, flexMessage } from "../support/flex.js";

type Args = Omit<FlexSpan, "type">;

/**
 * `spanMarkup` (draw/src/flex/span.ts): a run of a text with its own font settings; the text's
 * `contents` replace its `text`. The controlled span sits between two plain ones.
 */
const meta = {
  title: "Flex/Span",
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          {
            type: "text",
            wrap: true,
            contents: [
              { type: "span", text: "Today only: " },
              { type: "span", ...args },
              { type: "span", text: " on every latte" },
            ],
          },
        ]),
      )}
    />
  ),
  args: { text: "20% off", weight: "bold", color: "#06c755", size: "lg" },
  argTypes: documented<Args>(FlexSpanSchema, {
    text: { control: "text" },
    size: { control: "select", options: SIZE_KEYWORDS },
    color: { control: "color" },
    weight: { control: "inline-radio", options: ["regular", "bold"] },
    style: { control: "inline-radio", options: ["normal", "italic"] },
    decoration: { control: "inline-radio", options: ["none", "underline", "line-through"] },
  }),
  play: async ({ canvasElement, args }) => {
    const spans = await expectFlexNodes(canvasElement, "span");
    await expect(spans.map((span) => span.textContent)).toEqual([
      "Today only: ",
      args.text ?? "",
      " on every latte",
    ]);
    // The controlled span is drawn with its own weight; the plain ones keep the text's.
    const weight = (span: HTMLElement) => getComputedStyle(span).fontWeight;
    await expect(weight(spans[1]!)).toBe(args.weight === "bold" ? "700" : weight(spans[0]!));
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Struck: Story = {
  args: { text: "¥500", weight: "regular", color: "#999999", decoration: "line-through" },
};
