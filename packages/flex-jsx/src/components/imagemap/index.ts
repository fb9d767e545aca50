import type { ImagemapAction, ImagemapMessage } from "@flexkit/validators";
import { type Builtin, ownProps, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { defineMessage } from "../../message.js";
import { childIndex } from "../../path.js";

export type ImagemapProps = Omit<ImagemapMessage, "type" | "actions"> & {
  /** `<UriArea>`, `<MessageArea>` and `<ClipboardArea>` elements; they become `actions`. */
  children?: FlexNode;
};

export function buildImagemap(
  props: Omit<ImagemapProps, "children">,
  actions: ImagemapAction[],
): ImagemapMessage {
  return { type: "imagemap", ...ownProps(props, ["actions"]), actions } as ImagemapMessage;
}

export const Imagemap: Builtin<ImagemapProps, ImagemapMessage> = defineMessage(
  "Imagemap",
  (props, api) => {
    const parent: Parent = { name: "Imagemap", describe: "an <Imagemap>" };
    const areas = api.children(props.children, parent, (i) => childIndex(api.path, "actions", i));
    return buildImagemap(
      props,
      areas.map((area) => area.json as ImagemapAction),
    );
  },
);
