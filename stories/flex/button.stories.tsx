import { type FlexButton, FlexButtonSchema } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { all, expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { bubbleOf, flexMessage } from "../support/flex.js";

type Args = Omit<FlexButton, "type">;

/**
 * `buttonMarkup` (draw/src/flex/button.ts): primary (filled), secondary (grey) or link; in chat mode a
 * tap does what LINE does: a postback shows its `displayText` as the user's message and sends the
 * bot a postback event, listed in the webhook events panel.
 */
const meta = {
  title: "Flex/Button",
  render: (args) => (
    <ChatFrame
      payload={flexMessage(
        bubbleOf([
          { type: "text", text: "Table for two at 7pm?" },
          { type: "button", ...args },
        ]),
      )}
    />
  ),
  args: {
    style: "primary",
    height: "md",
    action: {
      type: "postback",
      label: "Book it",
      data: "book=1900",
      displayText: "Book a table at 7pm",
    },
  },
  argTypes: documented<Args>(FlexButtonSchema, {
    style: { control: "inline-radio", options: ["primary", "secondary", "link"] },
    height: { control: "inline-radio", options: ["sm", "md"] },
    color: { control: "color" },
    gravity: { control: "inline-radio", options: ["top", "center", "bottom"] },
    margin: { control: "text" },
    flex: { control: { type: "number", min: 0 } },
    adjustMode: { control: "inline-radio", options: ["shrink-to-fit"] },
    scaling: { control: "boolean" },
    action: { control: "object" },
  }),
  play: async ({ canvasElement }) => {
    const [node] = await expectFlexNodes(canvasElement, "button");
    await expect(node).toHaveTextContent("Book it");
    await expectNoValidationErrors(canvasElement);
    await userEvent.click(node!.querySelector("button") ?? node!);
    // The tap posts the displayText as the user and sends the bot a postback event.
    await expect(one(canvasElement, "[data-chat]")).toHaveTextContent("Book a table at 7pm");
    const events = all(canvasElement, '[data-event="postback"]');
    await expect(events).toHaveLength(1);
    await expect(events[0]).toHaveTextContent('"data": "book=1900"');
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = {};

export const Secondary: Story = { args: { style: "secondary" } };

export const Link: Story = { args: { style: "link", height: "sm" } };
