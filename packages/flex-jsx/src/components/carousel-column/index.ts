import type { CarouselColumn as CarouselColumnJson } from "@flexkit/validators";
import { type Builtin, defineBuiltin, ownProps } from "../../component.js";

export type CarouselColumnProps = CarouselColumnJson & { children?: never };

export function buildCarouselColumn(
  props: Omit<CarouselColumnProps, "children">,
): CarouselColumnJson {
  return ownProps(props) as CarouselColumnJson;
}

export const CarouselColumn: Builtin<CarouselColumnProps, CarouselColumnJson> = defineBuiltin<
  CarouselColumnProps,
  CarouselColumnJson
>({
  name: "CarouselColumn",
  placement: (parent) =>
    parent === undefined || parent.name === "CarouselTemplate"
      ? undefined
      : `<CarouselColumn> must be inside a <CarouselTemplate>; found in ${parent.describe}`,
  render: buildCarouselColumn,
});
