import type { CarouselColumn as CarouselColumnJson } from "@flexkit/validators";
import { defineBuiltin, ownProps } from "../../component.js";

export type CarouselColumnProps = CarouselColumnJson & { children?: never };

export function buildCarouselColumn(
  props: Omit<CarouselColumnProps, "children">,
): CarouselColumnJson {
  return ownProps(props) as CarouselColumnJson;
}

export const CarouselColumn = defineBuiltin<CarouselColumnProps, CarouselColumnJson>({
  name: "CarouselColumn",
  placement: (parent) =>
    parent === undefined || parent.name === "CarouselTemplate"
      ? undefined
      : `<CarouselColumn> must be inside a <CarouselTemplate>; found in ${parent.describe}`,
  render: buildCarouselColumn,
});
