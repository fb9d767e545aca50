import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { all, chatIn, expectNoValidationErrors, one } from "../support/checks.js";
import { compactMenu, compactPicture, largeMenu, tabSet } from "./samples.js";

/**
 * A rich menu under the chat (RENDERING.md §6): its picture spans the chat's width at the menu's
 * aspect ratio, the chat bar under it toggles it, and each area taps like the same action in a
 * message. Without a picture the areas are drawn as labelled outlines.
 */
const meta = {
  title: "Rich menus/Rich menu",
  component: ChatFrame,
  args: { payload: largeMenu },
  argTypes: {
    payload: { control: "object" },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    showRichMenuAreas: { control: "boolean" },
  },
} satisfies Meta<typeof ChatFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The picture's height from the chat's width: width × size.height / size.width. */
async function expectMenuRatio(canvas: HTMLElement, size: { width: number; height: number }) {
  const box = one(chatIn(canvas), "[data-rich-menu]").getBoundingClientRect();
  await expect(Math.abs(box.height - (box.width * size.height) / size.width)).toBeLessThan(1);
}

/** Large, six areas, no picture yet: each area is an outline captioned with its label. */
export const LargeNoPicture: Story = {
  play: async ({ canvasElement }) => {
    await expectMenuRatio(canvasElement, largeMenu.size);
    const captions = all(chatIn(canvasElement), "[data-rich-menu-area]").map((a) => a.textContent);
    await expect(captions).toEqual(["Menu", "Order", "Shops", "Coupon", "Reserve", "Help"]);
    await expectNoValidationErrors(canvasElement);
  },
};

/** Compact, three areas, with its picture: the areas are invisible, as in LINE. */
export const CompactWithPicture: Story = {
  args: { payload: { richMenus: { main: compactMenu }, images: { main: compactPicture } } },
  play: async ({ canvasElement }) => {
    const chat = chatIn(canvasElement);
    await expectMenuRatio(canvasElement, compactMenu.size);
    await expect(one(chat, "[data-rich-menu] img")).toHaveAttribute("src", compactPicture);
    await expect(one(chat, "[data-rich-menu-area='0']").textContent).toBe("");
    await userEvent.click(one(chat, "[data-rich-menu-area='1']"));
    await waitFor(() =>
      expect(all(chat, "[data-user-message]").map((m) => m.textContent)).toEqual(["What's new?"]),
    );
  },
};

/** "Show rich menu areas": outlines over the picture, to check that they line up. */
export const AreasOverPicture: Story = {
  args: { ...CompactWithPicture.args, showRichMenuAreas: true },
  play: async ({ canvasElement }) => {
    await expect(one(chatIn(canvasElement), "[data-rich-menu-area='0']").textContent).toBe("Shop");
  },
};

/** `selected: false`: only the chat bar, with an up arrow; tapping the bar opens the menu. */
export const Closed: Story = {
  args: { payload: { ...compactMenu, selected: false } },
  play: async ({ canvasElement }) => {
    const chat = chatIn(canvasElement);
    await expect(chat.querySelector("[data-rich-menu]")).toBeNull();
    await expect(one(chat, "[data-rich-menu-toggle]").textContent).toBe("Menu ▲");
    await userEvent.click(one(chat, "[data-rich-menu-toggle]"));
    await waitFor(() => expect(chat.querySelector("[data-rich-menu]")).not.toBeNull());
  },
};

/** Two tabs: each switches to the other through its alias, and the bot hears a postback. */
export const Tabs: Story = {
  args: { payload: tabSet },
  play: async ({ canvasElement }) => {
    const chat = chatIn(canvasElement);
    const shownAlias = () => one(chat, "[data-rich-menu]").dataset.richMenuAlias;
    await expect(shownAlias()).toBe("tab-food");
    await userEvent.click(one(chat, "[data-rich-menu-area='0']"));
    await waitFor(() => expect(shownAlias()).toBe("tab-drinks"));
    await userEvent.click(one(chat, "[data-rich-menu-area='0']"));
    await waitFor(() => expect(shownAlias()).toBe("tab-food"));
    const events = all(canvasElement, "[data-event]").map((event) => event.dataset.event);
    await expect(events).toEqual(["postback", "postback"]);
    await expectNoValidationErrors(canvasElement);
  },
};

/** The dark theme darkens the chat bar; the menu keeps its own picture. */
export const Dark: Story = {
  args: { payload: { ...compactMenu }, theme: "dark" },
  play: async ({ canvasElement }) => {
    const bar = one(chatIn(canvasElement), "[data-rich-menu-bar]");
    await expect(getComputedStyle(bar).backgroundColor).toBe("rgb(17, 19, 23)");
  },
};
