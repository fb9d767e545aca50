import type {
  FlexBox,
  FlexBubble,
  FlexComponent,
  FlexContainer,
  FlexMessage,
} from "@flexkit/validators";

/**
 * Builders for the component stories: the component under test is placed where LINE allows it,
 * in a bubble of a flex message, so what the chat draws is exactly what a bot could send.
 */
export function flexMessage(contents: FlexContainer, altText = "A Flex Message"): FlexMessage {
  return { type: "flex", altText, contents };
}

export function box(
  layout: FlexBox["layout"],
  contents: FlexComponent[],
  rest: Partial<FlexBox> = {},
): FlexBox {
  return { type: "box", layout, contents, ...rest };
}

/** A kilo bubble whose body is a vertical box of `contents`. */
export function bubbleOf(contents: FlexComponent[], rest: Partial<FlexBubble> = {}): FlexBubble {
  return {
    type: "bubble",
    size: "kilo",
    body: box("vertical", contents, { spacing: "md" }),
    ...rest,
  };
}

/** A remote picture (drawn as a local placeholder; see placeholder-media.ts). */
export function picture(name: string): `https://${string}` {
  return `https://example.com/flexkit/${name}`;
}

export const CAFE_BUBBLE: FlexBubble = {
  type: "bubble",
  size: "kilo",
  hero: {
    type: "image",
    url: picture("latte.png"),
    size: "full",
    aspectRatio: "20:13",
    aspectMode: "cover",
  },
  body: box(
    "vertical",
    [
      { type: "text", text: "Caramel latte", weight: "bold", size: "xl" },
      {
        type: "box",
        layout: "baseline",
        spacing: "sm",
        contents: [
          { type: "icon", url: picture("star.png"), size: "sm" },
          { type: "text", text: "4.6 · 312 reviews", size: "sm", color: "#999999" },
        ],
      },
      { type: "text", text: "Espresso, steamed milk and caramel.", wrap: true, color: "#666666" },
    ],
    { spacing: "md" },
  ),
  footer: box("vertical", [
    {
      type: "button",
      style: "primary",
      action: { type: "postback", label: "Order", data: "order=latte", displayText: "One latte" },
    },
  ]),
};

export function cafeBubble(name: string, price: string): FlexBubble {
  return {
    ...CAFE_BUBBLE,
    hero: {
      type: "image",
      url: picture(`${name.toLowerCase().replaceAll(" ", "-")}.png`),
      size: "full",
      aspectRatio: "20:13",
      aspectMode: "cover",
    },
    body: box("vertical", [
      { type: "text", text: name, weight: "bold", size: "xl" },
      { type: "text", text: price, color: "#666666" },
    ]),
  };
}
