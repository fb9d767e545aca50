import type { Preview } from "@storybook/react-vite";

const preview: Preview = {
  // A docs page per component: its stories and the Controls table (description, default).
  tags: ["autodocs"],
  parameters: {
    layout: "padded",
    controls: { expanded: true, sort: "requiredFirst" },
    options: { storySort: { order: ["Introduction", "Flex", "Messages", "Fixtures"] } },
  },
};

export default preview;
