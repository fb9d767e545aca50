/**
 * What a Flex Message is built of, as plain data: the component types, and where each may sit
 * (RULES.md §5.4, the FLEX-TREE matrix, from LINE's "Available child components" table:
 * https://developers.line.biz/en/docs/messaging-api/flex-message-layout/). The validators check
 * LINE JSON against it (src/flex-tree.ts) and @flexkit/flex-jsx's render() checks JSX against it,
 * so the two cannot disagree. It also says how a rich menu object is told from a message. It
 * imports nothing, so `@flexkit/validators/flex-structure` brings
 * no zod into the flex-jsx runtime.
 *
 * Each place a component can sit (a column of the matrix) is a bit, and each type's placement
 * (a row) is the mask of the places it may sit in, so a check is one `&`.
 */

/** A bubble's header, body or footer. */
export const IN_BLOCK = 1;
/** A bubble's hero. */
export const IN_HERO = 2;
/** The contents of a horizontal or vertical box. */
export const IN_FLOW_BOX = 4;
/** The contents of a box with layout "baseline". */
export const IN_BASELINE_BOX = 8;
/** A text's contents. */
export const IN_TEXT = 16;
/** A video's altContent. */
export const IN_ALT_CONTENT = 32;
/** A carousel's contents. */
export const IN_CAROUSEL = 64;
/** A flex message's contents. */
export const IN_FLEX_MESSAGE = 128;

/** The Flex component types (not the containers, bubble and carousel). */
export const FLEX_COMPONENT_TYPES = [
  "box",
  "button",
  "image",
  "video",
  "icon",
  "text",
  "span",
  "separator",
  "filler",
] as const;

export type FlexComponentType = (typeof FLEX_COMPONENT_TYPES)[number];

/**
 * Where each component and container type may sit: the rows of RULES.md §5.4. Each row is its
 * own constant because the flex-jsx runtime (5,000 bytes gzipped at most) places one built-in at
 * a time: a bundler inlines these as numbers, where a table would ship whole.
 */
export const BOX_SITS_IN = IN_BLOCK | IN_HERO | IN_FLOW_BOX | IN_ALT_CONTENT;
export const BUTTON_SITS_IN = IN_FLOW_BOX;
export const IMAGE_SITS_IN = IN_HERO | IN_FLOW_BOX | IN_ALT_CONTENT;
/** FLEX-VID-1: the hero itself, never inside a box. */
export const VIDEO_SITS_IN = IN_HERO;
/** Icons draw only beside text on a shared baseline (REF#icon). */
export const ICON_SITS_IN = IN_BASELINE_BOX;
export const TEXT_SITS_IN = IN_FLOW_BOX | IN_BASELINE_BOX;
export const SPAN_SITS_IN = IN_TEXT;
export const SEPARATOR_SITS_IN = IN_FLOW_BOX;
/** Deprecated (a warning), still accepted where a text is. */
export const FILLER_SITS_IN = IN_FLOW_BOX | IN_BASELINE_BOX;
export const BUBBLE_SITS_IN = IN_CAROUSEL | IN_FLEX_MESSAGE;
export const CAROUSEL_SITS_IN = IN_FLEX_MESSAGE;

/** The same rows by type, for a check that reads the type from JSON. */
export const FLEX_PLACEMENT: Readonly<Record<FlexComponentType | "bubble" | "carousel", number>> = {
  box: BOX_SITS_IN,
  button: BUTTON_SITS_IN,
  image: IMAGE_SITS_IN,
  video: VIDEO_SITS_IN,
  icon: ICON_SITS_IN,
  text: TEXT_SITS_IN,
  span: SPAN_SITS_IN,
  separator: SEPARATOR_SITS_IN,
  filler: FILLER_SITS_IN,
  bubble: BUBBLE_SITS_IN,
  carousel: CAROUSEL_SITS_IN,
};

/**
 * The properties that tell a rich menu object (RULES.md RM-1) from a message: it has no `type`,
 * so any of these without a `type` makes it one. The validators' detectShape and
 * @flexkit/draw's richMenusOf read a payload by this one list.
 */
export const RICH_MENU_KEYS = ["size", "areas", "chatBarText", "selected"] as const;

export function isRichMenuObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  return (
    (value as { type?: unknown }).type === undefined && RICH_MENU_KEYS.some((key) => key in value)
  );
}
