import { type FlexSeparator, SPACE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { box, bubbleOf, flexMessage } from "../support/flex.js";

type Args = Omit<FlexSeparator, "type">;

/**
 * `separatorMarkup` (draw/src/flex/separator.ts): a hairline across a vertical box, or down a
 * horizontal one.
 */
const meta = {
  title: "Flex/Separator",
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          { type: "text", text: "Subtotal ¥900" },
          { type: "separator", ...args },
          box("horizontal", [
            { type: "text", text: "Paid" },
            { type: "separator", ...args },
            { type: "text", text: "¥900", align: "end" },
          ]),
        ]),
      )}
    />
  ),
  args: { margin: "md", color: "#ff5551" },
  argTypes: {
    margin: { control: "select", options: SPACE_KEYWORDS },
    color: { control: "color" },
  },
  play: async ({ canvasElement }) => {
    const [across, down] = await expectFlexNodes(canvasElement, "separator");
    // Half a pixel thick: across the vertical body, down the horizontal row.
    await expect(across!.getBoundingClientRect().height).toBeCloseTo(0.5, 1);
    await expect(across!.getBoundingClientRect().width).toBeGreaterThan(100);
    await expect(down!.getBoundingClientRect().width).toBeCloseTo(0.5, 1);
    await expect(down!.getBoundingClientRect().height).toBeGreaterThan(10);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const DefaultColour: Story = { args: { color: undefined, margin: "xl" } };
