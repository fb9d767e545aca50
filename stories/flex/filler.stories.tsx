import type { FlexFiller } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { all, expectFlexNodes, expectNoValidationErrors } from "../support/checks.js";
import { box, bubbleOf, flexMessage } from "../support/flex.js";

type Args = Omit<FlexFiller, "type">;

/**
 * `fillerMarkup` (draw/src/flex/filler.ts): deprecated empty space that grows by its `flex`. LINE still
 * draws it; the validators warn (RULES.md §5.6), as the issues pane below the chat shows.
 */
const meta = {
  title: "Flex/Filler",
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          box("horizontal", [
            { type: "text", text: "Left", flex: 0 },
            { type: "filler", ...args },
            { type: "text", text: "Right", flex: 0 },
          ]),
        ]),
      )}
    />
  ),
  args: { flex: 1 },
  argTypes: { flex: { control: { type: "number", min: 0 } } },
  play: async ({ canvasElement, args }) => {
    const [filler] = await expectFlexNodes(canvasElement, "filler");
    const width = filler!.getBoundingClientRect().width;
    // With flex 1 it takes the room between the two texts; with flex 0 it has none.
    if ((args.flex ?? 1) > 0) await expect(width).toBeGreaterThan(100);
    else await expect(width).toBe(0);
    await expect(
      all(canvasElement, '[data-issue][data-severity="warning"]').length,
    ).toBeGreaterThan(0);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const NoGrowth: Story = { args: { flex: 0 } };
