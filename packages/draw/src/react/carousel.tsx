import type { FlexCarousel } from "@flexkit/validators";
import { type ReactNode, useMemo, useRef } from "react";
import { carouselBubblesMarkup } from "../flex/carousel.js";
import { drawn } from "../flex/draw.js";
import { FLEX_CLASS } from "../flex/styles.js";
import { MARKUP_HOLDER_STYLE, useFlexView } from "./flex-view.js";

/**
 * Bubbles side by side, scrolling sideways; 7 px before the first, 9 px between, 7 px after.
 * Every bubble with a body stretches to the tallest, its body taking the extra height. In the
 * chat, the carousel spans the chat's width and the chat sets the room before the first bubble
 * (CAROUSEL_INSET_VAR); `after` is drawn after the last bubble (the chat's timestamp).
 */
export function Carousel({ carousel, after }: { carousel: FlexCarousel; after?: ReactNode }) {
  const current = useMemo(
    () => drawn((drawing) => carouselBubblesMarkup(carousel, drawing)),
    [carousel],
  );
  // The carousel listens, so that the chat's timestamp after the bubbles is inside it too.
  const carouselRef = useRef<HTMLDivElement>(null);
  const ref = useFlexView(current, carouselRef);
  return (
    <div ref={carouselRef} data-flex="carousel" className={FLEX_CLASS.carousel}>
      <div ref={ref} style={MARKUP_HOLDER_STYLE} />
      {after}
    </div>
  );
}
