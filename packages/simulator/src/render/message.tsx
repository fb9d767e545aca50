import type { FlexContainer } from "@flexkit/validators";
import type { ReactElement } from "react";
import { Bubble } from "./flex/bubble.js";
import { Carousel } from "./flex/carousel.js";
import { NonFlexMessageView } from "./messages/index.js";
import { RenderBoundary, RenderErrorCard } from "./render-error.js";

/** Anything the simulator can be asked to show: a message, a list of them, or a bare container. */
export type Payload = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function FlexContainerView({ container }: { container: FlexContainer }) {
  if (container.type === "carousel") return <Carousel carousel={container} />;
  return <Bubble bubble={container} />;
}

/** One message bubble in the chat; what cannot be drawn becomes an error card in its place. */
export function MessageView({ message }: { message: unknown }) {
  if (!isRecord(message)) return <RenderErrorCard reason="a message must be a JSON object" />;
  let content: ReactElement;
  if (message.type === "flex" && isRecord(message.contents)) {
    content = <FlexContainerView container={message.contents as FlexContainer} />;
  } else if (message.type === "bubble" || message.type === "carousel") {
    content = <FlexContainerView container={message as FlexContainer} />;
  } else if (message.type === "flex") {
    content = <RenderErrorCard reason="a flex message needs a `contents` object" />;
  } else {
    content = <NonFlexMessageView message={message} />;
  }
  return <RenderBoundary>{content}</RenderBoundary>;
}

/** Normalises a payload to the list of messages the chat shows. */
export function messagesOf(payload: Payload): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (isRecord(payload) && Array.isArray(payload.messages)) return payload.messages;
  return [payload];
}
