import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import {
  all,
  chatIn,
  expectNoErrorCard,
  expectNoValidationErrors,
  one,
} from "../support/checks.js";
import { conversation } from "./samples.js";

/**
 * The simulator's chat mode over five messages, as one push sends them: a text from a named
 * sender, a buttons template, a sticker, a carousel template and a flex message with quick
 * reply. Taps post as the user and list the webhook events the bot would receive.
 */
const meta = {
  title: "Messages/Conversation",
  component: ChatFrame,
  args: { payload: conversation },
  argTypes: {
    payload: { control: "object" },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    fontScale: { control: { type: "range", min: 0.85, max: 1.4, step: 0.05 } },
  },
  play: async ({ canvasElement }) => {
    const chat = chatIn(canvasElement);
    await expect(all(chat, "[data-message-row]")).toHaveLength(5);
    await expect(all(chat, "[data-sender-name]").map((name) => name.textContent)).toEqual([
      "Brown (barista)",
      "flexkit bot",
    ]);
    for (const drawn of [
      '[data-message="text"]',
      '[data-template="buttons"]',
      '[data-message="sticker"]',
      '[data-template="carousel"]',
      '[data-flex="bubble"]',
    ])
      await expect(all(chat, drawn).length).toBeGreaterThan(0);
    // The last message's quick reply is shown above the input bar.
    await expect(all(chat, "[data-quick-reply-item]")).toHaveLength(5);
    await expectNoErrorCard(canvasElement);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<typeof ChatFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FiveMessages: Story = {};

export const FiveMessagesDark: Story = {
  args: { theme: "dark" },
  play: async (context) => {
    await meta.play(context);
    await expect(one(context.canvasElement, "[data-chat]")).toHaveAttribute("data-theme", "dark");
  },
};

/**
 * Three taps, in order: each posts as the user and sends the bot one webhook event. The quick
 * reply goes first: as in LINE, its buttons go away once the user has posted anything.
 */
export const Tapped: Story = {
  play: async (context) => {
    await meta.play(context);
    const { canvasElement } = context;
    const chat = chatIn(canvasElement);
    await userEvent.click(one(chat, '[data-quick-reply-item="message"]'));
    await expect(all(chat, "[data-quick-reply-item]")).toHaveLength(0);
    await userEvent.click(one(chat, '[data-template="buttons"] [data-template-action="postback"]'));
    await userEvent.click(one(chat, '[data-flex="button"] button'));
    const said = all(chat, "[data-user-message]").map((bubble) => bubble.textContent);
    await expect(said).toEqual(["Show me the menu", "One caramel latte, please", "On my way!"]);
    const events = all(canvasElement, "[data-event]").map((event) => event.dataset.event);
    await expect(events).toEqual(["message", "postback", "postback"]);
  },
};
