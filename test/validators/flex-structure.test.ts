import { validateMessage } from "@flexkit/validators";
import {
  FLEX_COMPONENT_TYPES,
  FLEX_PLACEMENT,
  IN_ALT_CONTENT,
  IN_BASELINE_BOX,
  IN_BLOCK,
  IN_CAROUSEL,
  IN_FLEX_MESSAGE,
  IN_FLOW_BOX,
  IN_HERO,
  IN_TEXT,
} from "@flexkit/validators/flex-structure";
import { describe, expect, it } from "vitest";
import { vbox } from "../helpers.js";
import { https, lines, uriAction } from "./rule-helpers.js";

/**
 * The validators accept every Flex type where LINE's matrix (src/flex-structure.ts) lets it sit
 * and refuse it everywhere else: each type, in its smallest valid form, put in each place of a
 * flex message whose rest is valid.
 */
const bubble = (extra: Record<string, unknown> = {}) => ({
  type: "bubble",
  body: vbox(),
  ...extra,
});
const video = (altContent: unknown) => ({
  type: "video",
  url: https("v.mp4"),
  previewUrl: https("p.jpg"),
  altContent,
});

const VALUES: Record<keyof typeof FLEX_PLACEMENT, unknown> = {
  box: vbox(),
  button: { type: "button", action: uriAction("Open") },
  image: { type: "image", url: https("i.png") },
  video: video(vbox()),
  icon: { type: "icon", url: https("i.png") },
  text: { type: "text", text: "a" },
  span: { type: "span", text: "a" },
  separator: { type: "separator" },
  filler: { type: "filler" },
  bubble: bubble(),
  carousel: { type: "carousel", contents: [bubble()] },
};

const message = (contents: unknown) => ({ type: "flex", altText: "a", contents });
const PLACES: Array<[string, number, (child: unknown) => unknown]> = [
  [
    "a horizontal box",
    IN_FLOW_BOX,
    (child) => message(bubble({ body: { ...vbox(child), layout: "horizontal" } })),
  ],
  ["a vertical box", IN_FLOW_BOX, (child) => message(bubble({ body: vbox(child) }))],
  [
    "a baseline box",
    IN_BASELINE_BOX,
    (child) => message(bubble({ body: { ...vbox(child), layout: "baseline" } })),
  ],
  ["the header", IN_BLOCK, (child) => message(bubble({ header: child }))],
  ["the body", IN_BLOCK, (child) => message(bubble({ body: child }))],
  ["the footer", IN_BLOCK, (child) => message(bubble({ footer: child }))],
  ["the hero", IN_HERO, (child) => message(bubble({ hero: child }))],
  [
    "a text's contents",
    IN_TEXT,
    (child) => message(bubble({ body: vbox({ type: "text", contents: [child] }) })),
  ],
  ["a video's altContent", IN_ALT_CONTENT, (child) => message(bubble({ hero: video(child) }))],
  ["a carousel", IN_CAROUSEL, (child) => message({ type: "carousel", contents: [child] })],
  ["a flex message", IN_FLEX_MESSAGE, (child) => message(child)],
];

describe("placement follows LINE's matrix", () => {
  for (const [type, value] of Object.entries(VALUES)) {
    it(type, () => {
      const wrong: string[] = [];
      for (const [where, place, put] of PLACES) {
        const allowed = (FLEX_PLACEMENT[type as keyof typeof FLEX_PLACEMENT] & place) !== 0;
        const result = validateMessage(put(value));
        if (result.ok !== allowed)
          wrong.push(
            `${allowed ? "refused" : "accepted"} in ${where}: ${lines(result).join("; ")}`,
          );
      }
      expect(wrong).toEqual([]);
    });
  }

  it("places every component type", () => {
    for (const type of FLEX_COMPONENT_TYPES) expect(FLEX_PLACEMENT[type]).toBeGreaterThan(0);
  });
});
