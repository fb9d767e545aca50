import { FONT_SIZE_PX, TEXT_LINE_HEIGHT } from "@flexkit/draw";
import { type FlexIcon, FlexIconSchema, SIZE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { chatIn, expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { box, bubbleOf, flexMessage, picture } from "../support/flex.js";

type Args = Omit<FlexIcon, "type">;

/**
 * `iconMarkup` (draw/src/flex/icon.ts): 1em high at its `size`, as wide as its `aspectRatio` makes it,
 * sitting on the text baseline; LINE allows it only in a baseline box.
 */
const meta = {
  title: "Flex/Icon",
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          box("baseline", [
            { type: "icon", ...args },
            { type: "text", text: "4.6 · 312 reviews", size: "sm", color: "#999999", margin: "md" },
          ]),
        ]),
      )}
    />
  ),
  args: { url: picture("star.png"), size: "md", aspectRatio: "1:1" },
  argTypes: documented<Args>(FlexIconSchema, {
    url: { control: "text" },
    size: { control: "select", options: SIZE_KEYWORDS },
    aspectRatio: { control: "inline-radio", options: ["1:1", "2:1", "3:1"] },
    margin: { control: "text" },
    scaling: { control: "boolean" },
  }),
  play: async ({ canvasElement, args }) => {
    const [icon] = await expectFlexNodes(canvasElement, "icon");
    const img = one(icon!, ":scope > span").getBoundingClientRect();
    const [w, h] = (args.aspectRatio ?? "1:1").split(":").map(Number);
    await expect(img.width / img.height).toBeCloseTo(w! / h!, 1);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WideAndLarge: Story = { args: { aspectRatio: "2:1", size: "xl" } };

/**
 * A rating row: a 3xl star beside sm text. The icon's line is 1.4 em high, like a text's, so the
 * row is 49 px, as LINE draws it (RENDERING.md §2), not 41.
 */
export const BesideSmallText: Story = {
  args: { size: "3xl" },
  play: async ({ canvasElement }) => {
    const [icon] = await expectFlexNodes(canvasElement, "icon");
    const row = one(chatIn(canvasElement), '[data-layout="baseline"]').getBoundingClientRect();
    await expect(row.height).toBeCloseTo(FONT_SIZE_PX["3xl"] * TEXT_LINE_HEIGHT, 1);
    await expect(one(icon!, ":scope > span").getBoundingClientRect().height).toBe(
      FONT_SIZE_PX["3xl"],
    );
    await expectNoValidationErrors(canvasElement);
  },
};
