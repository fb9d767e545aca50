import type {
  ImageCarouselColumn,
  ImageCarouselTemplate as ImageCarouselTemplateJson,
  TemplateMessage,
} from "@flexkit/validators";
import { ownProps, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { defineMessage, splitMessageProps } from "../../message.js";
import { childIndex, childKey } from "../../path.js";

/** An image carousel template message; `<ImageCarouselColumn>` children become `template.columns`. */
export type ImageCarouselTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<ImageCarouselTemplateJson, "type" | "columns"> & { children?: FlexNode };

export function buildImageCarouselTemplate(
  props: Omit<ImageCarouselTemplateProps, "children">,
  columns: ImageCarouselColumn[],
): TemplateMessage {
  const { outer, inner } = splitMessageProps(ownProps(props, ["columns"]));
  return {
    type: "template",
    ...outer,
    template: { type: "image_carousel", ...inner, columns },
  } as TemplateMessage;
}

export const ImageCarouselTemplate = defineMessage<ImageCarouselTemplateProps>(
  "ImageCarouselTemplate",
  (props, api) => {
    const parent: Parent = {
      name: "ImageCarouselTemplate",
      describe: "an <ImageCarouselTemplate>",
    };
    const columns = api.children(props.children, parent, (i) =>
      childIndex(childKey(api.path, "template"), "columns", i),
    );
    return buildImageCarouselTemplate(
      props,
      columns.map((column) => column.json as ImageCarouselColumn),
    );
  },
);
