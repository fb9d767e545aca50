import { FLEX_COMPONENT_TYPES, type FlexComponent } from "@flexkit/validators";
import type { ReactNode } from "react";
import { RenderErrorCard } from "../render-error.js";
import { Box } from "./box.js";
import { Button } from "./button.js";
import { Filler } from "./filler.js";
import { Icon } from "./icon.js";
import { Image } from "./image.js";
import type { Placement } from "./layout.js";
import { Separator } from "./separator.js";
import { Span } from "./span.js";
import { Text } from "./text.js";
import { Video } from "./video.js";

/**
 * Draws any Flex component; one that cannot be drawn becomes an error card, never a blank. The
 * components have no hooks (a tap handler comes in `placement`), so this calls them as plain
 * functions while the parent renders: a Flex component costs React its elements and nothing
 * more (bench/render.bench.ts). Each keys its element by `placement.index`. Video keeps its
 * toggle's state, so it stays a React element.
 */
export function flexComponent(node: FlexComponent, placement: Placement | undefined): ReactNode {
  const type = (node as { type?: unknown } | null)?.type;
  switch (type) {
    case "box":
      return Box({ box: node as Extract<FlexComponent, { type: "box" }>, placement });
    case "text":
      return Text({ text: node as Extract<FlexComponent, { type: "text" }>, placement });
    case "span":
      return Span({
        span: node as Extract<FlexComponent, { type: "span" }>,
        index: placement?.index,
      });
    case "image":
      return Image({ image: node as Extract<FlexComponent, { type: "image" }>, placement });
    case "video":
      return (
        <Video
          key={placement?.index}
          video={node as Extract<FlexComponent, { type: "video" }>}
          placement={placement}
        />
      );
    case "icon":
      return Icon({ icon: node as Extract<FlexComponent, { type: "icon" }>, placement });
    case "button":
      return Button({ button: node as Extract<FlexComponent, { type: "button" }>, placement });
    case "separator":
      return Separator({
        separator: node as Extract<FlexComponent, { type: "separator" }>,
        placement,
      });
    case "filler":
      return Filler({ filler: node as Extract<FlexComponent, { type: "filler" }>, placement });
    default:
      return (
        <RenderErrorCard
          key={placement?.index}
          reason={`${placement?.path ?? "component"}: expected a Flex component type (${FLEX_COMPONENT_TYPES.join(", ")}), got ${JSON.stringify(type)}`}
        />
      );
  }
}
