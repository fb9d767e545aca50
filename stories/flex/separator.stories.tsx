import { blockPaddingPx, SPACE_PX } from "@flexkit/draw";
import { type FlexSeparator, FlexSeparatorSchema, SPACE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { all, chatIn, expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
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
  argTypes: documented<Args>(FlexSeparatorSchema, {
    margin: { control: "select", options: SPACE_KEYWORDS },
    color: { control: "color" },
  }),
  play: async ({ canvasElement }) => {
    const [across, down] = await expectFlexNodes(canvasElement, "separator");
    // A hairline across the vertical body and down the horizontal row, that takes no room.
    await expect(across!.getBoundingClientRect().height).toBe(0);
    await expect(across!.getBoundingClientRect().width).toBeGreaterThan(100);
    await expect(down!.getBoundingClientRect().width).toBe(0);
    await expect(down!.getBoundingClientRect().height).toBeGreaterThan(10);
    await expectHairline(across!, "matrix(1, 0, 0, 0.5, 0, 0)");
    await expectHairline(down!, "matrix(0.5, 0, 0, 1, 0, 0)");
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

/** LINE's line: a 1 px border scaled by 0.5 (RENDERING.md §2), one device pixel at 2×. */
async function expectHairline(separator: HTMLElement, scaled: string): Promise<void> {
  const line = getComputedStyle(separator, "::before");
  const width = Math.max(
    ...[line.borderTopWidth, line.borderLeftWidth, line.borderRightWidth].map(Number.parseFloat),
  );
  await expect([width, line.transform]).toEqual([1, scaled]);
}

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const DefaultColour: Story = { args: { color: undefined, margin: "xl" } };

const ROWS = ["Espresso", "Caramel latte", "Matcha latte", "Hojicha latte", "Cold brew"];

/**
 * A menu with a separator under every row, as 22 of LINE's 57 showcase templates have: each line
 * is as fine as LINE's (a 1 px border at half scale: one crisp device pixel on a phone) and adds
 * no height, so that the rows below stay where LINE puts them.
 */
export const DownAList: Story = {
  args: { margin: "none", color: undefined },
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf(
          ROWS.flatMap((name, index) => [
            ...(index === 0 ? [] : [{ type: "separator" as const, ...args }]),
            box("horizontal", [
              { type: "text", text: name },
              { type: "text", text: `¥${480 + index * 40}`, align: "end" },
            ]),
          ]),
        ),
      )}
    />
  ),
  play: async ({ canvasElement }) => {
    const separators = await expectFlexNodes(canvasElement, "separator");
    await expect(separators).toHaveLength(ROWS.length - 1);
    for (const separator of separators)
      await expectHairline(separator, "matrix(1, 0, 0, 0.5, 0, 0)");
    // The list is exactly as tall as its rows and the body's spacing before each row (a
    // separator's margin "none" replaces it before the line): nothing for the lines.
    const list = one(chatIn(canvasElement), '[data-flex="bubble"] [data-layout="vertical"]');
    const rows = all(list, ':scope > [data-layout="horizontal"]').map(
      (row) => row.getBoundingClientRect().height,
    );
    const spacing = (ROWS.length - 1) * SPACE_PX.md;
    const padding = blockPaddingPx("kilo", "body", false);
    await expect(list.getBoundingClientRect().height).toBeCloseTo(
      rows.reduce((sum, height) => sum + height, 0) + spacing + padding.top + padding.bottom,
      2,
    );
    await expectNoValidationErrors(canvasElement);
  },
};
