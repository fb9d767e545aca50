import { type FlexText, FlexTextSchema, SIZE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { bubbleOf, flexMessage } from "../support/flex.js";

type Args = Omit<FlexText, "type">;

/** `textMarkup` (draw/src/flex/text.ts): one line cut with "…", or wrapped, in a bubble's body. */
const meta = {
  title: "Flex/Text",
  render: (args) => <ChatFrame payload={flexMessage(bubbleOf([{ type: "text", ...args }]))} />,
  args: { text: "Your latte is ready at the counter", size: "md", wrap: false },
  argTypes: documented<Args>(FlexTextSchema, {
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
  }),
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

/** The width the characters of a text take (not its element's, which fills its box). */
function glyphWidth(text: Element): number {
  const range = document.createRange();
  range.selectNodeContents(text);
  return range.getBoundingClientRect().width;
}

/**
 * Runs of spaces and leading spaces, one line and wrapped: LINE documents neither, and the
 * simulator collapses them the same way in both modes, as LINE's own simulator does (RENDERING.md
 * §7; the app's "What LINE does not document" note says so). The third text has single spaces.
 */
export const SpacesWithAndWithoutWrap: Story = {
  args: { text: "   Total:      ¥900" },
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          { type: "text", ...args, wrap: false },
          { type: "text", ...args, wrap: true },
          { type: "text", text: "Total: ¥900" },
        ]),
      )}
    />
  ),
  play: async ({ canvasElement }) => {
    const [oneLine, wrapped, single] = (await expectFlexNodes(canvasElement, "text")).map(
      glyphWidth,
    );
    await expect(wrapped).toBeCloseTo(oneLine!, 1);
    await expect(oneLine).toBeCloseTo(single!, 1);
    await expectNoValidationErrors(canvasElement);
  },
};
