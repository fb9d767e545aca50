import { type FlexImage, FlexImageSchema, SIZE_KEYWORDS } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { chatIn, expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { box, bubbleOf, flexMessage, picture } from "../support/flex.js";

type Args = Omit<FlexImage, "type">;

/**
 * `imageMarkup` (draw/src/flex/image.ts): `size` is the widest it may be, `aspectRatio` its shape,
 * `aspectMode` cover (crop) or fit (letterbox on `backgroundColor`). Remote pictures are drawn
 * as local placeholders.
 */
const meta = {
  title: "Flex/Image",
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          { type: "image", ...args },
          { type: "text", text: "Latte art", align: "center" },
        ]),
      )}
    />
  ),
  args: { url: picture("latte-art.png"), size: "lg", aspectRatio: "4:3", aspectMode: "cover" },
  argTypes: documented<Args>(FlexImageSchema, {
    url: { control: "text" },
    size: { control: "select", options: [...SIZE_KEYWORDS, "full"] },
    aspectRatio: { control: "text" },
    aspectMode: { control: "inline-radio", options: ["cover", "fit"] },
    backgroundColor: { control: "color" },
    align: { control: "inline-radio", options: ["start", "center", "end"] },
    gravity: { control: "inline-radio", options: ["top", "center", "bottom"] },
    margin: { control: "text" },
    flex: { control: { type: "number", min: 0 } },
    animated: { control: "boolean" },
    action: { control: "object" },
  }),
  play: async ({ canvasElement, args }) => {
    const [image] = await expectFlexNodes(canvasElement, "image");
    // The drawn area has the shape `aspectRatio` asks for.
    const area = one(image!, "[data-image-area]").getBoundingClientRect();
    const [w, h] = (args.aspectRatio ?? "1:1").split(":").map(Number);
    await expect(area.width / area.height).toBeCloseTo(w! / h!, 1);
    // The picture is the image area's background (draw/src/flex/markup.ts).
    await expect(one(image!, "[data-image-area]").style.backgroundImage).toMatch(
      /^url\("data:image\/svg\+xml,/,
    );
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Cover: Story = {};

export const FullWidthWide: Story = { args: { size: "full", aspectRatio: "20:13" } };

export const FitOnBackground: Story = {
  args: { aspectRatio: "1:1", aspectMode: "fit", backgroundColor: "#222222", size: "md" },
};

/**
 * travel_insurance_summary's header: a full picture placed absolute with only offsetTop and
 * offsetStart, under a white title. Nothing else gives it a width, and LINE draws it 100 % of its
 * box (RENDERING.md §1); drawn at 0 × 0 the title would be white on white.
 */
export const BackgroundUnderATitle: Story = {
  args: {
    url: picture("coast.png"),
    size: "full",
    aspectRatio: "2:1",
    aspectMode: "cover",
    position: "absolute",
    offsetTop: "0px",
    offsetStart: "0px",
  },
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          box(
            "vertical",
            [
              { type: "image", ...args },
              { type: "text", text: "Your trip is covered", color: "#ffffff", weight: "bold" },
              { type: "text", text: "Okinawa · 3 nights", color: "#ffffff", size: "sm" },
            ],
            { paddingAll: "lg", height: "120px", cornerRadius: "md" },
          ),
        ]),
      )}
    />
  ),
  play: async ({ canvasElement }) => {
    const [image] = await expectFlexNodes(canvasElement, "image");
    const frame = one(chatIn(canvasElement), '[data-flex="box"] > [data-layout="vertical"]');
    const area = one(image!, "[data-image-area]").getBoundingClientRect();
    // As wide as the box (its padding box: absolute), and 2:1.
    await expect(area.width).toBeCloseTo(frame.getBoundingClientRect().width, 1);
    await expect(area.width / area.height).toBeCloseTo(2, 1);
    await expectNoValidationErrors(canvasElement);
  },
};
