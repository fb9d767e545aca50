import {
  IN_ALT_CONTENT,
  IN_BASELINE_BOX,
  IN_BLOCK,
  IN_CAROUSEL,
  IN_FLEX_MESSAGE,
  IN_FLOW_BOX,
  IN_HERO,
  IN_TEXT,
} from "@flexkit/validators/flex-structure";
import type { Parent } from "./component.js";

/**
 * Where each built-in may sit. For the Flex components and containers that is LINE's matrix,
 * RULES.md §5.4, kept once in @flexkit/validators/flex-structure (the validators check JSON
 * against the same data): each place is a bit, and a type's placement is the mask of the places
 * it may sit in. render() checks the placement of every element, so a built-in's placement
 * carries its mask and the walker settles the common case with `kindOf(parent) & mask` instead
 * of a call to the placement function.
 *
 * Two places are the renderer's own, above LINE's bits: the root, where any built-in but a
 * bubble's slots renders on its own (so that a component can be tested alone) and where a
 * message must be, and a <Bubble>, which holds its slots.
 */
export const ROOT = 256;
export const BUBBLE = 512;

/** The place each parent gives its children, by the parent's name (a box's by its layout). */
const PLACES = new Map<string, number>([
  ["Header", IN_BLOCK],
  ["Body", IN_BLOCK],
  ["Footer", IN_BLOCK],
  ["Hero", IN_HERO],
  ["Video", IN_ALT_CONTENT],
  ["Text", IN_TEXT],
  ["Bubble", BUBBLE],
  ["Carousel", IN_CAROUSEL],
  ["FlexMessage", IN_FLEX_MESSAGE],
]);

/** Where a built-in's placement keeps its mask. */
export const MASK: unique symbol = Symbol();

/**
 * A parent's kind (the place it gives its children), from its name and a box's layout; 0 for a
 * name the matrix doesn't know.
 */
export function kindOf(parent: Parent | undefined): number {
  if (parent === undefined) return ROOT;
  if (parent.name === "Box") return parent.layout === "baseline" ? IN_BASELINE_BOX : IN_FLOW_BOX;
  return PLACES.get(parent.name) ?? 0;
}

export type Placement = ((parent: Parent | undefined) => string | undefined) & { [MASK]: number };

/** The placement of a built-in that may sit in the `mask` places; `sentence` says why not. */
export function sitsIn(mask: number, sentence: (parent: Parent | undefined) => string): Placement {
  const placement = (parent: Parent | undefined) =>
    kindOf(parent) & mask ? undefined : sentence(parent);
  return Object.assign(placement, { [MASK]: mask });
}

/** Why a component that sits in horizontal and vertical boxes only is misplaced. */
export function inFlowBox(name: string): (parent: Parent | undefined) => string {
  return (parent) =>
    `<${name}> must be inside a horizontal or vertical <Box>; found in ${parent!.describe}`;
}

/** Why a component that sits in any box, baseline included, is misplaced. */
export function inAnyBox(name: string): (parent: Parent | undefined) => string {
  return (parent) => `<${name}> must be inside a <Box>; found in ${parent!.describe}`;
}
