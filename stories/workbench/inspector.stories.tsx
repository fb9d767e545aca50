import type { PathStep } from "@flexkit/validators";
import { validateAny } from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { expect, userEvent, within } from "storybook/test";
import { Inspector } from "../../packages/simulator/src/app/workbench/visual/inspector.js";
import { ChatFrame } from "../support/chat-frame.js";

/**
 * The property inspector of the visual editor beside the chat it edits: each change is drawn at
 * once, as in the workbench, and the JSON under it is the message the inspector handed back.
 */
function InspectorBeside({ message, path }: { message: unknown; path: PathStep[] }) {
  const [current, setCurrent] = useState(message);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "360px 380px", gap: 16 }}>
      <ChatFrame payload={current} />
      <div style={{ display: "grid", gap: 8, alignContent: "start" }}>
        <Inspector
          message={current}
          path={path}
          issues={validateAny(current).issues}
          onChange={setCurrent}
        />
        <pre data-inspected-json="" style={{ fontSize: 11, margin: 0 }}>
          {JSON.stringify(current, null, 2)}
        </pre>
      </div>
    </div>
  );
}

const shipped = {
  type: "flex",
  altText: "Order shipped",
  contents: {
    type: "bubble",
    body: {
      type: "box",
      layout: "vertical",
      contents: [
        { type: "text", text: "Order shipped", weight: "bold", size: "xl" },
        {
          type: "button",
          style: "primary",
          action: { type: "uri", label: "Track", uri: "https://example.com/track" },
        },
      ],
    },
  },
};

const meta = {
  title: "Workbench/Inspector",
  component: InspectorBeside,
  args: { message: shipped, path: ["contents", "body", "contents", 0] },
} satisfies Meta<typeof InspectorBeside>;

export default meta;
type Story = StoryObj<typeof meta>;

const json = (canvas: HTMLElement) =>
  JSON.parse(canvas.querySelector("[data-inspected-json]")?.textContent ?? "null");

/** A text: its size picked from the keywords, its colour typed with an alpha. */
export const Text: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(canvas.getByRole("combobox", { name: "size" }), "3xl");
    await userEvent.type(canvas.getByRole("textbox", { name: "color" }), "#1DB446CC");
    const text = json(canvasElement).contents.body.contents[0];
    await expect(text).toEqual({
      type: "text",
      text: "Order shipped",
      weight: "bold",
      size: "3xl",
      color: "#1DB446CC",
    });
  },
};

/** A button: its action's type offers only what a Flex button may hold. */
export const Button: Story = {
  args: { path: ["contents", "body", "contents", 1] },
  play: async ({ canvasElement }) => {
    const picker = within(canvasElement).getByRole("combobox", { name: "action.type" });
    const offered = [...picker.querySelectorAll("option")].map((option) => option.value);
    await expect(offered).not.toContain("richmenuswitch");
    await expect(offered).not.toContain("camera");
  },
};

/** The bubble's body: a box, with its gradient background. */
export const Box: Story = {
  args: { path: ["contents", "body"] },
};
