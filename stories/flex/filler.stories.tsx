import { type FlexFiller, FlexFillerSchema } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { all, chatIn, expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
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
  argTypes: documented<Args>(FlexFillerSchema, { flex: { control: { type: "number", min: 0 } } }),
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

/**
 * LINE's Apparel template: "Add to cart" between two fillers in a tall vertical box. A filler
 * grows in a vertical box too (RENDERING.md §1), so the button sits in the middle.
 */
export const CentresInAColumn: Story = {
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          box(
            "vertical",
            [
              { type: "filler", ...args },
              {
                type: "button",
                style: "primary",
                action: { type: "postback", label: "Add to cart", data: "cart=add" },
              },
              { type: "filler", ...args },
            ],
            { height: "160px", backgroundColor: "#f0f2f5" },
          ),
        ]),
      )}
    />
  ),
  play: async ({ canvasElement }) => {
    const [button] = await expectFlexNodes(canvasElement, "button");
    const column = one(chatIn(canvasElement), '[data-flex="box"] > [data-layout="vertical"]');
    const outer = column.getBoundingClientRect();
    const inner = button!.getBoundingClientRect();
    await expect(outer.height).toBe(160);
    await expect(inner.top - outer.top).toBeCloseTo(outer.bottom - inner.bottom, 1);
    await expectNoValidationErrors(canvasElement);
  },
};
