/** "New" starters: the smallest valid message of each kind, to edit from. */
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
} as const;

export type StarterKind = keyof typeof STARTERS;
