import type { FlexBubble, FlexComponent } from "@flexkit/validators";
import { BUBBLE_SITS_IN } from "@flexkit/validators/flex-structure";
import {
  type Builtin,
  copyProps,
  defineBuiltin,
  lineObject,
  type Parent,
} from "../../component.js";
import { type FlexNode, isElement } from "../../element.js";
import { childKey } from "../../path.js";
import { ROOT, sitsIn } from "../../placement.js";
import { BLOCK_OF_SLOT, type BlockName } from "../slots/index.js";

export type BubbleProps = Omit<FlexBubble, "type" | "header" | "hero" | "body" | "footer"> & {
  /** `<Header>`, `<Hero>`, `<Body>`, `<Footer>`, each at most once, in any order. */
  children?: FlexNode;
};

export type Blocks = Partial<Record<BlockName, FlexComponent>>;

/** Blocks are written in LINE's drawing order: header, hero, body, footer (RULES.md FLEX-BUB-3). */
export function buildBubble(props: Omit<BubbleProps, "children">, blocks: Blocks): FlexBubble {
  // copyProps leaves out what is undefined; the props' own copy of size and direction lands on
  // the keys already there.
  const { size, direction } = props;
  const { header, hero, body, footer } = blocks;
  const out = lineObject<object>("bubble", { size, direction });
  return copyProps(copyProps(out, { header, hero, body, footer }), props) as FlexBubble;
}

function blockOf(child: unknown): BlockName | undefined {
  if (!isElement(child)) return undefined;
  return BLOCK_OF_SLOT.get(child.type);
}

const PARENT: Parent = { name: "Bubble", describe: "a <Bubble>" };

export const Bubble: Builtin<BubbleProps, FlexBubble> = defineBuiltin<BubbleProps, FlexBubble>({
  name: "Bubble",
  placement: sitsIn(
    ROOT | BUBBLE_SITS_IN,
    (parent) =>
      `<Bubble> must be the root, the child of a <FlexMessage> or of a <Carousel>; found in ${parent!.describe}`,
  ),
  render(props, api) {
    const blocks: Blocks = {};
    // Each slot renders at its block's path (`contents.body`), read from the slot's own name.
    const slots = api.children(props.children, PARENT, (_, child) =>
      childKey(api.path, blockOf(child) ?? ""),
    );
    for (const slot of slots) {
      const { block, json } = slot.json as { block?: BlockName; json?: FlexComponent };
      if (block === undefined || json === undefined) {
        throw api.error(
          `<${slot.name}> can't sit directly in a <Bubble> at ${api.path || "the root"}; put it in <Header>, <Hero>, <Body> or <Footer>`,
        );
      }
      if (blocks[block] !== undefined) {
        throw api.error(
          `a <Bubble> can have only one <${slot.name}> (at ${childKey(api.path, block)})`,
        );
      }
      blocks[block] = json;
    }
    return buildBubble(props, blocks);
  },
});
