import { type Builtin, defineBuiltin, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { BUBBLE, sitsIn } from "../../placement.js";

/**
 * `<Header>`, `<Hero>`, `<Body>` and `<Footer>` name a bubble's blocks. Each holds exactly one
 * component (a box; the hero may also be an image or a video) and renders to that component.
 */
export interface SlotProps {
  children: FlexNode;
}

export type BlockName = "header" | "hero" | "body" | "footer";

/** Which block each slot component fills, so a bubble can give each slot its path. */
export const BLOCK_OF_SLOT: ReadonlyMap<unknown, BlockName> = new Map<unknown, BlockName>();

/**
 * A slot renders only inside a <Bubble>, to its block for the bubble to place: rendered alone it
 * is an error, so its output type is `never`.
 */
function defineSlot(name: string, block: BlockName): Builtin<SlotProps, never> {
  const parent: Parent = { name, describe: `<${name}>` };
  const slot = defineBuiltin<SlotProps, { block: BlockName; json: unknown }>({
    name,
    placement: sitsIn(
      BUBBLE,
      (parent) =>
        `<${name}> must be a direct child of a <Bubble>; found ${parent === undefined ? "at the root" : `in ${parent.describe}`}`,
    ),
    render(props, api) {
      const rendered = api.children(props.children, parent, () => api.path);
      if (rendered.length !== 1) {
        throw api.error(
          `<${name}> must hold exactly one component, got ${rendered.length} at ${api.path}`,
        );
      }
      return { block, json: rendered[0]!.json };
    },
  });
  (BLOCK_OF_SLOT as Map<unknown, BlockName>).set(slot, block);
  return slot as Builtin<SlotProps, never>;
}

export const Header = defineSlot("Header", "header");
export const Hero = defineSlot("Hero", "hero");
export const Body = defineSlot("Body", "body");
export const Footer = defineSlot("Footer", "footer");
