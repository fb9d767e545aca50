import type { FlexContainer, FlexMessage as FlexMessageJson } from "@flexkit/validators";
import { type Builtin, defineBuiltin, ownProps, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { childKey } from "../../path.js";
import { ROOT, sitsIn } from "../../placement.js";

export type FlexMessageProps = Omit<FlexMessageJson, "type" | "contents"> & {
  /** One `<Bubble>` or `<Carousel>`. */
  children: FlexNode;
};

export function buildFlexMessage(
  props: Omit<FlexMessageProps, "children">,
  contents: FlexContainer,
): FlexMessageJson {
  const own = ownProps(props);
  const { altText, ...rest } = own;
  return { type: "flex", altText, contents, ...rest } as FlexMessageJson;
}

const PARENT: Parent = { name: "FlexMessage", describe: "a <FlexMessage>" };

export const FlexMessage: Builtin<FlexMessageProps, FlexMessageJson> = defineBuiltin<
  FlexMessageProps,
  FlexMessageJson
>({
  name: "FlexMessage",
  placement: sitsIn(
    ROOT,
    (parent) => `<FlexMessage> must be the root; found in ${parent!.describe}`,
  ),
  render(props, api) {
    const contents = api.children(props.children, PARENT, () => childKey(api.path, "contents"));
    if (contents.length !== 1) {
      throw api.error(
        `<FlexMessage> must hold exactly one <Bubble> or <Carousel>, got ${contents.length}`,
      );
    }
    return buildFlexMessage(props, contents[0]!.json as FlexContainer);
  },
});
