import type { ImageCarouselColumn as ImageCarouselColumnJson } from "@flexkit/validators";
import { defineBuiltin, ownProps } from "../../component.js";

export type ImageCarouselColumnProps = ImageCarouselColumnJson & { children?: never };

export function buildImageCarouselColumn(
  props: Omit<ImageCarouselColumnProps, "children">,
): ImageCarouselColumnJson {
  return ownProps(props) as ImageCarouselColumnJson;
}

export const ImageCarouselColumn = defineBuiltin<ImageCarouselColumnProps>({
  name: "ImageCarouselColumn",
  placement: (parent) =>
    parent === undefined || parent.name === "ImageCarouselTemplate"
      ? undefined
      : `<ImageCarouselColumn> must be inside an <ImageCarouselTemplate>; found in ${parent.describe}`,
  render: buildImageCarouselColumn,
});
