import {
  BORDER_WIDTH_KEYWORDS,
  type FlexBox,
  FlexBoxSchema,
  type HexColor,
  SPACE_KEYWORDS,
} from "@flexkit/validators";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "../support/chat-frame.js";
import { expectFlexNodes, expectNoValidationErrors, one } from "../support/checks.js";
import { documented } from "../support/documented.js";
import { box, flexMessage } from "../support/flex.js";

type Args = Omit<FlexBox, "type">;

function swatch(color: HexColor, text: string): FlexBox {
  return box("vertical", [{ type: "text", text, color: "#ffffff", align: "center" }], {
    backgroundColor: color,
    paddingAll: "sm",
    cornerRadius: "md",
  });
}

/**
 * `boxMarkup` (draw/src/flex/box.ts): lays out its `contents` in a row (horizontal, baseline) or a
 * column (vertical), with spacing, padding, border, corner radius and background. The
 * controlled box is the bubble's body.
 */
const meta = {
  title: "Flex/Box",
  render: (args) => (
    <ChatFrame
      payload={flexMessage({ type: "bubble", size: "kilo", body: { type: "box", ...args } })}
    />
  ),
  args: {
    layout: "horizontal",
    spacing: "md",
    paddingAll: "lg",
    backgroundColor: "#f4f1ea",
    contents: [
      swatch("#6f4e37", "Espresso"),
      swatch("#a67b5b", "Latte"),
      swatch("#7a9a01", "Matcha"),
    ],
  },
  argTypes: documented<Args>(FlexBoxSchema, {
    layout: { control: "inline-radio", options: ["horizontal", "vertical", "baseline"] },
    spacing: { control: "select", options: SPACE_KEYWORDS },
    margin: { control: "select", options: SPACE_KEYWORDS },
    paddingAll: { control: "select", options: SPACE_KEYWORDS },
    paddingTop: { control: "text" },
    paddingBottom: { control: "text" },
    paddingStart: { control: "text" },
    paddingEnd: { control: "text" },
    backgroundColor: { control: "color" },
    borderColor: { control: "color" },
    borderWidth: { control: "select", options: BORDER_WIDTH_KEYWORDS },
    cornerRadius: { control: "select", options: SPACE_KEYWORDS },
    width: { control: "text" },
    maxWidth: { control: "text" },
    height: { control: "text" },
    maxHeight: { control: "text" },
    justifyContent: {
      control: "select",
      options: [
        "flex-start",
        "center",
        "flex-end",
        "space-between",
        "space-around",
        "space-evenly",
      ],
    },
    alignItems: { control: "inline-radio", options: ["flex-start", "center", "flex-end"] },
    background: { control: "object" },
    contents: { control: "object" },
    action: { control: "object" },
  }),
  play: async ({ canvasElement, args }) => {
    await expectFlexNodes(canvasElement, "box");
    const body = one(canvasElement, '[data-flex-block="body"] > [data-flex="box"]');
    const children = [...body.children].map((child) => child.getBoundingClientRect());
    await expect(children).toHaveLength(args.contents.length);
    // A horizontal box puts its children side by side; a vertical one stacks them.
    const [first, second] = children;
    if (args.layout === "vertical") await expect(second!.top).toBeGreaterThanOrEqual(first!.bottom);
    else await expect(second!.left).toBeGreaterThanOrEqual(first!.right);
    await expectNoValidationErrors(canvasElement);
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Horizontal: Story = {};

export const Vertical: Story = { args: { layout: "vertical", spacing: "sm" } };

export const GradientWithBorder: Story = {
  args: {
    cornerRadius: "xl",
    borderWidth: "semi-bold",
    borderColor: "#6f4e37",
    background: {
      type: "linearGradient",
      angle: "90deg",
      startColor: "#fff1d6",
      endColor: "#d9c2a7",
    },
  },
};

/**
 * flight_status's body: a vertical box with alignItems centre holds a horizontal row of two
 * texts. LINE keeps the row as wide as the box and its texts split it (RENDERING.md §1); shrunk
 * to its content it was 232 px instead of 300 in that template.
 */
export const RowUnderAlignItems: Story = {
  args: {
    layout: "vertical",
    alignItems: "center",
    spacing: "md",
    contents: [
      { type: "text", text: "NH 995 · On time", weight: "bold" },
      box("horizontal", [
        { type: "text", text: "Tokyo HND", size: "sm" },
        { type: "text", text: "Okinawa OKA", size: "sm", align: "end" },
      ]),
    ],
  },
  play: async ({ canvasElement }) => {
    await expectFlexNodes(canvasElement, "box");
    const body = one(canvasElement, '[data-flex-block="body"] > [data-flex="box"]');
    const row = one(body, ':scope > [data-layout="horizontal"]').getBoundingClientRect();
    const padding = Number.parseFloat(getComputedStyle(body).paddingLeft) * 2;
    await expect(row.width).toBeCloseTo(body.getBoundingClientRect().width - padding, 1);
    const [from, to] = [
      ...body.querySelectorAll('[data-layout="horizontal"] > [data-flex="text"]'),
    ];
    await expect(from!.getBoundingClientRect().width).toBeCloseTo(row.width / 2, 1);
    await expect(to!.getBoundingClientRect().width).toBeCloseTo(row.width / 2, 1);
    await expectNoValidationErrors(canvasElement);
  },
};
