import type { FlexImage } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { FLOW_BOX, HERO, ROOT, sitsIn, VIDEO } from "../../placement.js";

export type ImageProps = Omit<FlexImage, "type"> & { children?: never };

export function buildImage(props: Omit<ImageProps, "children">): FlexImage {
  return lineObject<FlexImage>("image", props);
}

export const Image = defineBuiltin<ImageProps, FlexImage>({
  name: "Image",
  // RULES.md §5.4: a hero, a horizontal/vertical box, or a video's altContent.
  placement: sitsIn(
    ROOT | FLOW_BOX | HERO | VIDEO,
    (parent) =>
      `<Image> must be inside a horizontal or vertical <Box>, a <Hero> or a <Video>'s altContent; found in ${parent!.describe}`,
  ),
  render: buildImage,
});
