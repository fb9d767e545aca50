import { isRichMenu, isRichMenuSet } from "./rich-menu.js";

/** Anything the simulator can be asked to show: a message, a list of them, or a bare container. */
export type Payload = unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A Flex carousel, as a message or a bare container: the chat lets it span its whole width. One
 * without a bubble list is drawn as an error card, in a message's usual place.
 */
export function isCarouselMessage(message: unknown): boolean {
  if (!isRecord(message)) return false;
  const container = message.type === "flex" ? message.contents : message;
  return isRecord(container) && container.type === "carousel" && Array.isArray(container.contents);
}

/**
 * Normalises a payload to the list of messages the chat shows. A rich menu, or a set of them, is
 * drawn under the chat instead (richMenusOf), with the set's `messages` above it.
 */
export function messagesOf(payload: Payload): unknown[] {
  if (Array.isArray(payload)) return payload;
  if (isRecord(payload) && Array.isArray(payload.messages)) return payload.messages;
  if (isRichMenu(payload) || isRichMenuSet(payload)) return [];
  return [payload];
}
