import type { Parent } from "./component.js";

/**
 * Where each Flex component may sit: RULES.md §5.4 (the FLEX-TREE matrix), from LINE's
 * "Available child components" table: https://developers.line.biz/en/docs/messaging-api/flex-message-layout/
 * At the root (no parent) any built-in renders on its own, so a component can be tested alone.
 *
 * The matrix is data: each kind of parent is a bit, each built-in's placement a mask of the
 * kinds it may sit in. render() checks the placement of every element, so a built-in's placement
 * carries its mask and the walker settles the common case with `kindOf(parent) & mask` instead
 * of a call to the placement function.
 */
export const ROOT = 1;
export const FLOW_BOX = 2;
export const BASELINE_BOX = 4;

/** Every other parent the matrix names; the kind of `NAMES[i]` is `8 << i`. */
const NAMES = [
  "Header",
  "Body",
  "Footer",
  "Hero",
  "Video",
  "Bubble",
  "Carousel",
  "FlexMessage",
  "Text",
];
/** `<Header>`, `<Body>` and `<Footer>`: each holds one box. */
export const BLOCK = 8 | 16 | 32;
export const HERO = 64;
export const VIDEO = 128;
export const BUBBLE = 256;
export const CAROUSEL = 512;
export const FLEX_MESSAGE = 1024;
export const TEXT = 2048;

/** Where a built-in's placement keeps its mask. */
export const MASK: unique symbol = Symbol();

/** A parent's kind, from its name (and a box's layout); 0 for a name the matrix doesn't know. */
export function kindOf(parent: Parent | undefined): number {
  if (parent === undefined) return ROOT;
  if (parent.name === "Box") return parent.layout === "baseline" ? BASELINE_BOX : FLOW_BOX;
  // An unknown name's index, -1, shifts by 31 (shift counts are taken mod 32): 8 << 31 is 0.
  return 8 << NAMES.indexOf(parent.name);
}

export type Placement = ((parent: Parent | undefined) => string | undefined) & { [MASK]: number };

/** The placement of a built-in that may sit in the `mask` kinds; `sentence` says why not. */
export function sitsIn(mask: number, sentence: (parent: Parent | undefined) => string): Placement {
  const placement = (parent: Parent | undefined) =>
    kindOf(parent) & mask ? undefined : sentence(parent);
  return Object.assign(placement, { [MASK]: mask });
}

/** Inside a horizontal or vertical box only: baseline boxes hold text, icons and fillers. */
export function inFlowBox(name: string): Placement {
  return sitsIn(
    ROOT | FLOW_BOX,
    (parent) =>
      `<${name}> must be inside a horizontal or vertical <Box>; found in ${parent!.describe}`,
  );
}

/** Inside any box, baseline included. */
export function inAnyBox(name: string): Placement {
  return sitsIn(
    ROOT | FLOW_BOX | BASELINE_BOX,
    (parent) => `<${name}> must be inside a <Box>; found in ${parent!.describe}`,
  );
}
