/** "New" starters: the smallest valid message (or rich menu) of each kind, to edit from. */
export const STARTERS = {
  bubble: {
    type: "flex",
    altText: "New bubble",
    contents: {
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        contents: [
          { type: "text", text: "Title", weight: "bold", size: "xl" },
          { type: "text", text: "Write your message here.", wrap: true },
        ],
      },
    },
  },
  carousel: {
    type: "flex",
    altText: "New carousel",
    contents: {
      type: "carousel",
      contents: ["First", "Second"].map((title) => ({
        type: "bubble",
        size: "kilo",
        body: {
          type: "box",
          layout: "vertical",
          contents: [{ type: "text", text: title, weight: "bold" }],
        },
      })),
    },
  },
  imagemap: {
    type: "imagemap",
    baseUrl: "https://example.com/imagemap",
    altText: "New imagemap",
    baseSize: { width: 1040, height: 1040 },
    actions: [
      {
        type: "uri",
        linkUri: "https://example.com/",
        area: { x: 0, y: 0, width: 1040, height: 1040 },
      },
    ],
  },
  template: {
    type: "template",
    altText: "New buttons template",
    template: {
      type: "buttons",
      text: "Pick one",
      actions: [
        { type: "message", label: "Yes", text: "Yes" },
        { type: "message", label: "No", text: "No" },
      ],
    },
  },
  // A compact menu (2500 × 843, RULES.md RM-2) in three equal areas that tile it exactly.
  "rich menu": {
    size: { width: 2500, height: 843 },
    selected: true,
    name: "New rich menu",
    chatBarText: "Menu",
    areas: [
      { label: "Shop", text: "Open the shop", x: 0, width: 833 },
      { label: "News", text: "What's new?", x: 833, width: 834 },
      { label: "Help", text: "Help", x: 1667, width: 833 },
    ].map(({ label, text, x, width }) => ({
      bounds: { x, y: 0, width, height: 843 },
      action: { type: "message", label, text },
    })),
  },
} as const;

export type StarterKind = keyof typeof STARTERS;
