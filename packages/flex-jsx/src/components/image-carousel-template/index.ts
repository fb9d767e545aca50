import type {
  ImageCarouselColumn,
  ImageCarouselTemplate as ImageCarouselTemplateJson,
  TemplateMessage,
} from "@flexkit/validators";
import type { Builtin, Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { defineMessage, templateMessage } from "../../message.js";
import { childIndex, childKey } from "../../path.js";

/** An image carousel template message; `<ImageCarouselColumn>` children become `template.columns`. */
export type ImageCarouselTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<ImageCarouselTemplateJson, "type" | "columns"> & { children?: FlexNode };

export function buildImageCarouselTemplate(
  props: Omit<ImageCarouselTemplateProps, "children">,
  columns: ImageCarouselColumn[],
): TemplateMessage {
  return templateMessage("image_carousel", props, columns);
}

export const ImageCarouselTemplate: Builtin<ImageCarouselTemplateProps, TemplateMessage> =
  defineMessage("ImageCarouselTemplate", (props, api) => {
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
  });
