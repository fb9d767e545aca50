import type {
  CarouselColumn,
  CarouselTemplate as CarouselTemplateJson,
  TemplateMessage,
} from "@flexkit/validators";
import type { Builtin, Parent } from "../../component.js";
import type { FlexNode } from "../../element.js";
import { defineMessage, templateMessage } from "../../message.js";
import { childIndex, childKey } from "../../path.js";

/** A carousel template message; `<CarouselColumn>` children become `template.columns`. */
export type CarouselTemplateProps = Omit<TemplateMessage, "type" | "template"> &
  Omit<CarouselTemplateJson, "type" | "columns"> & { children?: FlexNode };

export function buildCarouselTemplate(
  props: Omit<CarouselTemplateProps, "children">,
  columns: CarouselColumn[],
): TemplateMessage {
  return templateMessage("carousel", props, columns);
}

export const CarouselTemplate: Builtin<CarouselTemplateProps, TemplateMessage> = defineMessage(
  "CarouselTemplate",
  (props, api) => {
    const parent: Parent = { name: "CarouselTemplate", describe: "a <CarouselTemplate>" };
    const columns = api.children(props.children, parent, (i) =>
      childIndex(childKey(api.path, "template"), "columns", i),
    );
    return buildCarouselTemplate(
      props,
      columns.map((column) => column.json as CarouselColumn),
    );
  },
);
