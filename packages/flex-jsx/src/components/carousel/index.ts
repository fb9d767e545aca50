import type { FlexBubble, FlexCarousel } from "@flexkit/validators";
import { CAROUSEL_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, type Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { ROOT, sitsIn } from "../../placement.js";

export interface CarouselProps {
  /** `<Bubble>` elements; they become `contents`. */
  children?: FlexNode;
}

export function buildCarousel(contents: FlexBubble[]): FlexCarousel {
  return { type: "carousel", contents };
}

const PARENT: Parent = { name: "Carousel", describe: "a <Carousel>" };

export const Carousel: Builtin<CarouselProps, FlexCarousel> = defineBuiltin<
  CarouselProps,
  FlexCarousel
>({
  name: "Carousel",
  placement: sitsIn(
    ROOT | CAROUSEL_SITS_IN,
    (parent) =>
      `<Carousel> must be the root or the child of a <FlexMessage>; found in ${parent!.describe}`,
  ),
  render(props, api) {
    return buildCarousel(api.list(props.children, PARENT, "contents") as FlexBubble[]);
  },
});
