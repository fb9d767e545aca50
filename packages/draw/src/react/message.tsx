import type { FlexContainer } from "@flexkit/validators";
import type { ReactElement, ReactNode } from "react";
import { Bubble } from "./bubble.js";
import { Carousel } from "./carousel.js";
import { RenderBoundary, RenderErrorCard } from "./error-card.js";
import { NonFlexMessageView } from "./messages/index.js";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `after` is drawn after a carousel's last bubble, inside its scroller; a bubble ignores it. */
export function FlexContainerView({
  container,
  after,
}: {
  container: FlexContainer;
  after?: ReactNode;
}) {
  if (container.type === "carousel") return <Carousel carousel={container} after={after} />;
  return <Bubble bubble={container} />;
}

/**
 * One message bubble in the chat; what cannot be drawn becomes an error card in its place.
 * `after` goes after the last bubble of a Flex carousel (the chat puts its timestamp there).
 */
export function MessageView({ message, after }: { message: unknown; after?: ReactNode }) {
  if (!isRecord(message)) return <RenderErrorCard reason="a message must be a JSON object" />;
  let content: ReactElement;
  if (message.type === "flex" && isRecord(message.contents)) {
    content = <FlexContainerView container={message.contents as FlexContainer} after={after} />;
  } else if (message.type === "bubble" || message.type === "carousel") {
    content = <FlexContainerView container={message as FlexContainer} after={after} />;
  } else if (message.type === "flex") {
    content = <RenderErrorCard reason="a flex message needs a `contents` object" />;
  } else {
    content = <NonFlexMessageView message={message} />;
  }
  return <RenderBoundary>{content}</RenderBoundary>;
}
