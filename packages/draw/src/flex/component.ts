import { FLEX_COMPONENT_TYPES, type FlexComponent } from "@flexkit/validators";
import { renderErrorMarkup } from "../error-card.js";
import { boxMarkup } from "./box.js";
import { buttonMarkup } from "./button.js";
import { fillerMarkup } from "./filler.js";
import { iconMarkup } from "./icon.js";
import { imageMarkup } from "./image.js";
import type { Placement } from "./layout.js";
import type { Drawing } from "./markup.js";
import { separatorMarkup } from "./separator.js";
import { spanMarkup } from "./span.js";
import { textMarkup } from "./text.js";
import { videoMarkup } from "./video.js";

type Of<T extends FlexComponent["type"]> = Extract<FlexComponent, { type: T }>;

/**
 * Any Flex component as markup, one module per type; one that cannot be drawn becomes an error
 * card in its place, never a blank, and the rest of the message is still drawn.
 */
export function componentMarkup(
  node: unknown,
  placement: Placement | undefined,
  drawing: Drawing,
): string {
  const type = (node as { type?: unknown } | null)?.type;
  switch (type) {
    case "box":
      return boxMarkup(node as Of<"box">, placement, drawing);
    case "text":
      return textMarkup(node as Of<"text">, placement, drawing);
    case "span":
      return spanMarkup(
        node as Of<"span">,
        { scaling: false, textDecorated: false },
        placement?.path ?? "span",
      );
    case "image":
      return imageMarkup(node as Of<"image">, placement, drawing);
    case "video":
      return videoMarkup(node as Of<"video">, placement, drawing);
    case "icon":
      return iconMarkup(node as Of<"icon">, placement);
    case "button":
      return buttonMarkup(node as Of<"button">, placement, drawing);
    case "separator":
      return separatorMarkup(node as Of<"separator">, placement);
    case "filler":
      return fillerMarkup(node as Of<"filler">, placement);
    default:
      return renderErrorMarkup(
        `${placement?.path ?? "component"}: expected a Flex component type (${FLEX_COMPONENT_TYPES.join(", ")}), got ${JSON.stringify(type)}`,
      );
  }
}
