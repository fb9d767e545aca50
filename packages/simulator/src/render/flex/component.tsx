import type { FlexComponent } from "@flexkit/validators";
import { RenderErrorCard } from "../render-error.js";
import { Box } from "./box.js";
import type { Placement } from "./layout.js";
import { Button, Filler, Icon, Image, Separator } from "./leaves.js";
import { Text } from "./text.js";

/** Draws any Flex component; an unknown one becomes an error card, never a blank. */
export function FlexComponentView({
  node,
  placement,
}: {
  node: FlexComponent;
  placement?: Placement;
}) {
  switch (node.type) {
    case "box":
      return <Box box={node} placement={placement} />;
    case "text":
      return <Text text={node} placement={placement} />;
    case "image":
      return <Image image={node} placement={placement} />;
    case "icon":
      return <Icon icon={node} placement={placement} />;
    case "button":
      return <Button button={node} placement={placement} />;
    case "separator":
      return <Separator separator={node} placement={placement} />;
    case "filler":
      return <Filler filler={node} placement={placement} />;
    default:
      return (
        <RenderErrorCard
          reason={`can't draw a component of type ${JSON.stringify((node as { type?: unknown }).type)} here`}
        />
      );
  }
}
