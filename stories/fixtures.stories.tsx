import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { ChatFrame } from "./support/chat-frame.js";
import { all, chatIn, expectNoErrorCard, expectNoValidationErrors, one } from "./support/checks.js";

/**
 * The real-world Flex containers of ../shared/fixtures/real-world/flex (unmodified files from
 * LINE's SDKs), read in place and drawn in the chat frame as the simulator draws a pasted bare
 * container. The verdicts are SOURCES.md's: the three legacy files use the removed `spacer`
 * component, so the chat shows an error card in its place and the issues pane names the rule.
 */
const files = import.meta.glob<unknown>("../../shared/fixtures/real-world/flex/**/*.json", {
  eager: true,
  import: "default",
});

const fixtures = new Map(
  Object.entries(files).map(([path, json]) => [
    path.replace(/^.*\/flex\//, "").replace(/\.json$/, ""),
    json,
  ]),
);

/** SOURCES.md's "Expected verdict" column. */
const VERDICTS = {
  "line-bot-sdk-java/Apparel": "valid",
  "line-bot-sdk-java/Hotel": "valid",
  "line-bot-sdk-java/JustifyContent": "valid",
  "line-bot-sdk-java/LinearGradient": "valid",
  "line-bot-sdk-java/LocalSearch": "valid",
  "line-bot-sdk-java/RealEstate": "valid",
  "line-bot-sdk-java/Receipt": "valid",
  "line-bot-sdk-java/Restaurant": "valid",
  "line-bot-sdk-java/Shopping": "valid",
  "line-bot-sdk-java/Social": "valid",
  "line-bot-sdk-java/TODOapp": "valid",
  "line-bot-sdk-java/Transit": "valid",
  "line-bot-sdk-java/VideoContent": "valid",
  "line-bot-sdk-java-legacy/Menu": "invalid",
  "line-bot-sdk-java-legacy/Ticket": "invalid",
  "line-bot-sdk-perl/restaurant": "invalid",
} as const;

type FixtureName = keyof typeof VERDICTS;

function Fixture({ fixture }: { fixture: FixtureName }) {
  const container = fixtures.get(fixture);
  if (container === undefined) return <p role="alert">No fixture file for {fixture}</p>;
  return <ChatFrame payload={container} />;
}

const meta = {
  title: "Fixtures/Real-world Flex",
  component: Fixture,
  argTypes: { fixture: { control: "select", options: Object.keys(VERDICTS) } },
  play: async ({ canvasElement, args }) => {
    const chat = chatIn(canvasElement);
    const container = fixtures.get(args.fixture) as { type?: unknown } | undefined;
    await expect(container).toBeDefined();
    // The container is drawn, as a bubble or a carousel of bubbles, whatever the verdict.
    await expect(all(chat, `[data-flex="${String(container?.type)}"]`)).toHaveLength(1);
    await expect(all(chat, '[data-flex="bubble"]').length).toBeGreaterThan(0);
    if (VERDICTS[args.fixture] === "valid") {
      await expectNoErrorCard(canvasElement);
      await expectNoValidationErrors(canvasElement);
    } else {
      // The removed `spacer` becomes an error card in its place; the validators name the rule.
      await expect(one(chat, "[data-render-error]")).toHaveTextContent('got "spacer"');
      const errors = all(canvasElement, '[data-issue][data-severity="error"]');
      await expect(errors.map((issue) => issue.dataset.rule)).toContain("FLEX-TREE");
      await expect(errors[0]).toHaveTextContent('the "spacer" component was removed');
    }
  },
} satisfies Meta<typeof Fixture>;

export default meta;
type Story = StoryObj<typeof meta>;

function story(fixture: FixtureName): Story {
  return { name: fixture, args: { fixture } };
}

/** Every fixture file has a verdict (so a new file fails here until it gets one and a story). */
export const EveryFileHasAStory: Story = {
  args: { fixture: "line-bot-sdk-java/Hotel" },
  render: () => (
    <ul>
      {Object.entries(VERDICTS).map(([name, verdict]) => (
        <li key={name}>
          {name}: {verdict}
        </li>
      ))}
    </ul>
  ),
  play: async () => {
    const stories: Record<string, unknown> = await import("./fixtures.stories.js");
    const told = Object.values(stories)
      .map((entry) => (entry as Story | undefined)?.name)
      .filter((name): name is string => name !== undefined);
    await expect([...fixtures.keys()].sort()).toEqual(Object.keys(VERDICTS).sort());
    await expect(told.sort()).toEqual(Object.keys(VERDICTS).sort());
  },
};

export const JavaApparel = story("line-bot-sdk-java/Apparel");
export const JavaHotel = story("line-bot-sdk-java/Hotel");
export const JavaJustifyContent = story("line-bot-sdk-java/JustifyContent");
export const JavaLinearGradient = story("line-bot-sdk-java/LinearGradient");
export const JavaLocalSearch = story("line-bot-sdk-java/LocalSearch");
export const JavaRealEstate = story("line-bot-sdk-java/RealEstate");
export const JavaReceipt = story("line-bot-sdk-java/Receipt");
export const JavaRestaurant = story("line-bot-sdk-java/Restaurant");
export const JavaShopping = story("line-bot-sdk-java/Shopping");
export const JavaSocial = story("line-bot-sdk-java/Social");
export const JavaTodoApp = story("line-bot-sdk-java/TODOapp");
export const JavaTransit = story("line-bot-sdk-java/Transit");
export const JavaVideoContent = story("line-bot-sdk-java/VideoContent");
export const JavaLegacyMenu = story("line-bot-sdk-java-legacy/Menu");
export const JavaLegacyTicket = story("line-bot-sdk-java-legacy/Ticket");
export const PerlRestaurant = story("line-bot-sdk-perl/restaurant");
