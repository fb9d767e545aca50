import { FLEX_COMPONENT_TYPES, type FlexComponent } from "@flexkit/validators";
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

/** Draws any Flex component; one that cannot be drawn becomes an error card, never a blank. */
export function FlexComponentView({
  node,
  placement,
}: {
  node: FlexComponent;
  placement?: Placement;
}) {
  const type = (node as { type?: unknown } | null)?.type;
  switch (type) {
    case "box":
      return <Box box={node as Extract<FlexComponent, { type: "box" }>} placement={placement} />;
    case "text":
      return <Text text={node as Extract<FlexComponent, { type: "text" }>} placement={placement} />;
    case "span":
      return <Span span={node as Extract<FlexComponent, { type: "span" }>} />;
    case "image":
      return (
        <Image image={node as Extract<FlexComponent, { type: "image" }>} placement={placement} />
      );
    case "video":
      return (
        <Video video={node as Extract<FlexComponent, { type: "video" }>} placement={placement} />
      );
    case "icon":
      return <Icon icon={node as Extract<FlexComponent, { type: "icon" }>} placement={placement} />;
    case "button":
      return (
        <Button button={node as Extract<FlexComponent, { type: "button" }>} placement={placement} />
      );
    case "separator":
      return (
        <Separator
          separator={node as Extract<FlexComponent, { type: "separator" }>}
          placement={placement}
        />
      );
    case "filler":
      return (
        <Filler filler={node as Extract<FlexComponent, { type: "filler" }>} placement={placement} />
      );
    default:
      return (
        <RenderErrorCard
          reason={`${placement?.path ?? "component"}: expected a Flex component type (${FLEX_COMPONENT_TYPES.join(", ")}), got ${JSON.stringify(type)}`}
        />
      );
  }
}
