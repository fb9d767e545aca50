import { type FlexVideo, FlexVideoSchema } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { box, flexMessage, picture } from "../support/flex.js";

type Args = Omit<FlexVideo, "type">;

/**
 * `videoMarkup` (draw/src/flex/video.ts): only as a bubble's hero. LINE plays it inline with
 * `previewUrl` as its poster; clients that cannot play it show `altContent`, which the
 * simulator's switch reveals.
 */
const meta = {
  title: "Flex/Video",
  render: (args) => (
    <ChatFrame
      payload={flexMessage({
        type: "bubble",
        size: "kilo",
        hero: { type: "video", ...args },
        body: box("vertical", [{ type: "text", text: "How we roast our beans", weight: "bold" }]),
      })}
    />
  ),
  args: {
    url: "https://example.com/flexkit/roasting.mp4",
    previewUrl: picture("roasting-poster.png"),
    aspectRatio: "16:9",
    altContent: {
      type: "image",
      url: picture("roasting-still.png"),
      size: "full",
      aspectRatio: "16:9",
    },
  },
  argTypes: documented<Args>(FlexVideoSchema, {
    url: { control: "text" },
    previewUrl: { control: "text" },
    aspectRatio: { control: "inline-radio", options: ["16:9", "4:3", "1:1"] },
    altContent: { control: "object" },
    action: { control: "object" },
  }),
  play: async ({ canvasElement }) => {
    const [video] = await expectFlexNodes(canvasElement, "video");
    await expect(video).toHaveAttribute("data-showing", "poster");
    await expectNoValidationErrors(canvasElement);
    // The switch shows what clients without video get.
    await userEvent.click(one(video!, "[data-video-toggle]"));
    await expect(video).toHaveAttribute("data-showing", "altContent");
    await expect(video!.querySelector('[data-flex="image"]')).not.toBeNull();
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Square: Story = {
  args: {
    aspectRatio: "1:1",
    altContent: {
      type: "image",
      url: picture("roasting-still.png"),
      size: "full",
      aspectRatio: "1:1",
    },
  },
};
