import type { ImageCarouselColumn as ImageColumnJson } from "@flexkit/validators";
import { type Builtin, defineBuiltin, ownProps } from "../../component.js";

export type ImageCarouselColumnProps = ImageColumnJson & { children?: never };

export function buildImageCarouselColumn(
  props: Omit<ImageCarouselColumnProps, "children">,
): ImageColumnJson {
  return ownProps(props) as ImageColumnJson;
}

export const ImageCarouselColumn: Builtin<ImageCarouselColumnProps, ImageColumnJson> =
  defineBuiltin<ImageCarouselColumnProps, ImageColumnJson>({
    name: "ImageCarouselColumn",
    placement: (parent) =>
      parent === undefined || parent.name === "ImageCarouselTemplate"
        ? undefined
        : `<ImageCarouselColumn> must be inside an <ImageCarouselTemplate>; found in ${parent.describe}`,
    render: buildImageCarouselColumn,
  });
