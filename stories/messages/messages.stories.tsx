import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import {
  all,
  chatIn,
  expectNoErrorCard,
  expectNoValidationErrors,
  one,
} from "../support/checks.js";
import * as samples from "./samples.js";

/**
 * Every message type in LINE's chat (RENDERING.md §3), in chat mode: taps behave like the app
 * and the webhook events they would send are listed beside or below the chat. Each story names
 * the element that draws its message (`parameters.drawn`); the play function checks that it is
 * there, that nothing became an error card and that the validators accept the message.
 */
const meta = {
  title: "Messages/Types",
  component: ChatFrame,
  argTypes: {
    payload: { control: "object" },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    fontScale: { control: { type: "range", min: 0.85, max: 1.4, step: 0.05 } },
  },
  play: async ({ canvasElement, parameters }) => {
    const drawn: unknown = parameters.drawn;
    if (typeof drawn !== "string") throw new Error("parameters.drawn must name a selector");
    await expect(all(chatIn(canvasElement), drawn).length).toBeGreaterThan(0);
    await expectNoErrorCard(canvasElement);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<typeof ChatFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The user's green bubbles: what a tap posted as the user. */
function userSaid(canvas: HTMLElement): string {
  return all(chatIn(canvas), "[data-user-message]")
    .map((bubble) => bubble.textContent)
    .join("\n");
}

export const Text: Story = {
  args: { payload: samples.text },
  parameters: { drawn: '[data-message="text"] [data-emoji]' },
};

export const TextV2: Story = {
  args: { payload: samples.textV2 },
  parameters: { drawn: '[data-message="textV2"] [data-mention]' },
};

export const Sticker: Story = {
  args: { payload: samples.sticker },
  parameters: { drawn: '[data-message="sticker"]' },
};

export const Image: Story = {
  args: { payload: samples.image },
  parameters: { drawn: '[data-message="image"]' },
};

export const Video: Story = {
  args: { payload: samples.video },
  parameters: { drawn: '[data-message="video"]' },
};

export const Audio: Story = {
  args: { payload: samples.audio },
  parameters: { drawn: '[data-message="audio"]' },
  play: async (context) => {
    await meta.play(context);
    await expect(one(context.canvasElement, "[data-duration]")).toHaveTextContent("1:23");
  },
};

export const Location: Story = {
  args: { payload: samples.location },
  parameters: { drawn: '[data-message="location"]' },
};

export const Coupon: Story = {
  args: { payload: samples.coupon },
  parameters: { drawn: '[data-message="coupon"]' },
};

export const Imagemap: Story = {
  args: { payload: samples.imagemap },
  parameters: { drawn: '[data-message="imagemap"] [data-imagemap-image]' },
  play: async (context) => {
    await meta.play(context);
    const { canvasElement } = context;
    // The base image ({baseUrl}/{width}, a local placeholder here) loads: no "not loaded" card.
    const image = one(canvasElement, "[data-imagemap-image]") as HTMLImageElement;
    await waitFor(() => expect(image.naturalWidth).toBeGreaterThan(0));
    await expect(all(canvasElement, "[data-imagemap-missing]")).toHaveLength(0);
    await userEvent.click(one(canvasElement, '[data-imagemap-area="message"]'));
    await expect(userSaid(canvasElement)).toContain("Coffee please");
  },
};

export const ButtonsTemplate: Story = {
  args: { payload: samples.buttons },
  parameters: { drawn: '[data-template="buttons"]' },
  play: async (context) => {
    await meta.play(context);
    const { canvasElement } = context;
    await userEvent.click(one(canvasElement, '[data-template-action="postback"]'));
    await expect(userSaid(canvasElement)).toContain("One caramel latte, please");
    await expect(one(canvasElement, '[data-event="postback"]')).toHaveTextContent(
      "action=order&item=latte",
    );
  },
};

export const ConfirmTemplate: Story = {
  args: { payload: samples.confirm },
  parameters: { drawn: '[data-template="confirm"]' },
  play: async (context) => {
    await meta.play(context);
    const { canvasElement } = context;
    const [yes] = all(canvasElement, '[data-template-action="message"]');
    await userEvent.click(yes!);
    await expect(userSaid(canvasElement)).toContain("Yes, please");
    await expect(one(canvasElement, '[data-event="message"]')).toHaveTextContent("Yes, please");
  },
};

export const CarouselTemplate: Story = {
  args: { payload: samples.carousel },
  parameters: { drawn: '[data-template="carousel"]' },
};

export const ImageCarouselTemplate: Story = {
  args: { payload: samples.imageCarousel },
  parameters: { drawn: '[data-template="image-carousel-column"]' },
};

export const Flex: Story = {
  args: { payload: samples.flex },
  parameters: { drawn: '[data-flex="bubble"]' },
};

export const QuickReply: Story = {
  args: {
    payload: { type: "text", text: "What would you like?", quickReply: samples.quickReply },
  },
  parameters: { drawn: "[data-quick-reply-item]" },
  play: async (context) => {
    await meta.play(context);
    const { canvasElement } = context;
    await expect(all(canvasElement, "[data-quick-reply-item]")).toHaveLength(5);
    await userEvent.click(one(canvasElement, '[data-quick-reply-item="message"]'));
    await expect(userSaid(canvasElement)).toContain("Show me the menu");
    // As in LINE, the quick reply buttons go away after one is tapped.
    await expect(all(canvasElement, "[data-quick-reply-item]")).toHaveLength(0);
  },
};

export const Sender: Story = {
  args: {
    payload: [
      { type: "text", text: "Hello from the bot" },
      { type: "text", text: "And hello from Cony", sender: { name: "Cony" } },
    ],
  },
  parameters: { drawn: "[data-sender-name]" },
  play: async (context) => {
    await meta.play(context);
    const names = all(context.canvasElement, "[data-sender-name]").map((name) => name.textContent);
    await expect(names).toEqual(["flexkit bot", "Cony"]);
  },
};

/** A template type LINE does not have: the chat shows an error card and the validators say why. */
export const CannotBeDrawn: Story = {
  args: { payload: { type: "template", altText: "?", template: { type: "list" } } },
  play: async ({ canvasElement }) => {
    await expect(all(chatIn(canvasElement), "[data-render-error]")).toHaveLength(1);
    await expect(all(canvasElement, '[data-issue][data-severity="error"]').length).toBeGreaterThan(
      0,
    );
  },
};
