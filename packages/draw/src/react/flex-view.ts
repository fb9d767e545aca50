import { type CSSProperties, type RefObject, useLayoutEffect, useRef } from "react";
import { type Drawn, drawFlex } from "../flex/draw.js";
import { useOnAction } from "./taps.js";

/** The element that holds drawn markup without being a box of its own: its children lay out in its parent. */
export const MARKUP_HOLDER_STYLE: CSSProperties = { display: "contents" };

/**
 * Shows `current` (drawn markup) in the element the returned ref is given, through drawFlex, once
 * that element is in the page; again only when the markup changes, so that React, which leaves
 * the element's children alone, keeps a video's switch where the user put it. `events` is the
 * element that listens for taps, the holder when not given. Taps go to the chat's handler of the
 * moment.
 */
export function useFlexView(
  current: Drawn,
  events?: RefObject<HTMLElement | null>,
): RefObject<HTMLDivElement | null> {
  const ref = useRef<HTMLDivElement>(null);
  const handler = useOnAction();
  const onAction = useRef(handler);
  useLayoutEffect(() => {
    onAction.current = handler;
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the same markup is the same drawing; a new object with it changes nothing in the page.
  useLayoutEffect(() => {
    const holder = ref.current;
    if (holder === null) return;
    return drawFlex(holder, current, () => onAction.current, events?.current ?? holder);
  }, [current.html]);
  return ref;
}
