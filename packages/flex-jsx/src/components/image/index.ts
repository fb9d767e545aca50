import type { FlexImage } from "@flexkit/validators";
import { IMAGE_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { ROOT, sitsIn } from "../../placement.js";

export type ImageProps = Omit<FlexImage, "type"> & { children?: never };

export function buildImage(props: Omit<ImageProps, "children">): FlexImage {
  return lineObject<FlexImage>("image", props);
}

export const Image: Builtin<ImageProps, FlexImage> = defineBuiltin<ImageProps, FlexImage>({
  name: "Image",
  placement: sitsIn(
    ROOT | IMAGE_SITS_IN,
    (parent) =>
      `<Image> must be inside a horizontal or vertical <Box>, a <Hero> or a <Video>'s altContent; found in ${parent!.describe}`,
  ),
  render: buildImage,
});
