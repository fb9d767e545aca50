/**
 * Rich menus for the stories (RULES.md §15.1), valid as LINE takes them, with pictures drawn
 * here as SVG so that Storybook never reaches the internet.
 */
type Action = Record<string, unknown>;

function area(x: number, y: number, width: number, height: number, action: Action) {
  return { bounds: { x, y, width, height }, action };
}

/** A picture of `size` with one tinted, labelled tile per area, as a designer would draw it. */
export function tilesPicture(
  size: { width: number; height: number },
  tiles: ReadonlyArray<{ x: number; y: number; width: number; height: number; text: string }>,
): string {
  const cells = tiles
    .map(
      (tile, index) =>
        `<rect x="${tile.x}" y="${tile.y}" width="${tile.width}" height="${tile.height}" fill="hsl(${(index * 47) % 360} 45% 82%)" stroke="#ffffff" stroke-width="8"/>` +
        `<text x="${tile.x + tile.width / 2}" y="${tile.y + tile.height / 2}" font-size="${Math.round(size.height / 9)}" font-family="sans-serif" text-anchor="middle" dominant-baseline="middle" fill="#333333">${tile.text}</text>`,
    )
    .join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size.width} ${size.height}">${cells}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

const LARGE = { width: 2500, height: 1686 };
const COMPACT = { width: 2500, height: 843 };

/** Large (2500 × 1686), six areas in two rows of three. */
export const largeMenu = {
  size: LARGE,
  selected: true,
  name: "Cafe menu",
  chatBarText: "Order here",
  areas: [
    area(0, 0, 833, 843, { type: "message", label: "Menu", text: "Show me the menu" }),
    area(833, 0, 834, 843, {
      type: "postback",
      label: "Order",
      data: "order",
      displayText: "Order",
    }),
    area(1667, 0, 833, 843, { type: "uri", label: "Shops", uri: "https://example.com/shops" }),
    area(0, 843, 833, 843, { type: "clipboard", label: "Coupon", clipboardText: "CAFE-10" }),
    area(833, 843, 834, 843, {
      type: "datetimepicker",
      label: "Reserve",
      data: "reserve",
      mode: "datetime",
    }),
    area(1667, 843, 833, 843, { type: "message", label: "Help", text: "Help" }),
  ],
};

/** Compact (2500 × 843), three areas. */
export const compactMenu = {
  size: COMPACT,
  selected: true,
  name: "Compact",
  chatBarText: "Menu",
  areas: [
    area(0, 0, 833, 843, { type: "message", label: "Shop", text: "Open the shop" }),
    area(833, 0, 834, 843, { type: "message", label: "News", text: "What's new?" }),
    area(1667, 0, 833, 843, { type: "message", label: "Help", text: "Help" }),
  ],
};

export const compactPicture = tilesPicture(
  COMPACT,
  compactMenu.areas.map((entry) => ({ ...entry.bounds, text: String(entry.action.label) })),
);

/** A tab set: each menu's top-left tab switches to the other tab (richmenuswitch, RM-SWITCH-1). */
function tab(label: string, other: string, otherLabel: string) {
  return {
    size: COMPACT,
    selected: true,
    name: `Tab ${label}`,
    chatBarText: label,
    areas: [
      area(0, 0, 1250, 200, {
        type: "richmenuswitch",
        label: otherLabel,
        richMenuAliasId: other,
        data: `tab=${other}`,
      }),
      area(0, 200, 2500, 643, { type: "message", label: `${label} deals`, text: `${label} deals` }),
    ],
  };
}

export const tabSet = {
  richMenus: {
    "tab-food": tab("Food", "tab-drinks", "Drinks"),
    "tab-drinks": tab("Drinks", "tab-food", "Food"),
  },
  messages: [{ type: "text", text: "Tap the tabs under the chat." }],
};
