import type { FlexCarousel } from "@flexkit/validators";
import { type ReactNode, useMemo, useRef } from "react";
import { renderErrorMarkup } from "../render-error.js";
import { bubbleMarkup } from "./bubble.js";
import { drawn } from "./draw.js";
import { MARKUP_HOLDER_STYLE, useFlexView } from "./flex-view.js";
import type { Drawing } from "./markup.js";
import { FLEX_CLASS } from "./styles.js";

/** A carousel's bubbles as markup; every bubble with a body stretches to the tallest. */
export function carouselBubblesMarkup(carousel: FlexCarousel, drawing: Drawing): string {
  const bubbles: unknown = carousel.contents;
  if (!Array.isArray(bubbles))
    return renderErrorMarkup("contents.contents: expected an array of bubbles");
  let html = "";
  for (let index = 0; index < bubbles.length; index++) {
    const bubble = bubbles[index] as FlexCarousel["contents"][number];
    html += bubbleMarkup(
      bubble,
      { stretch: bubble.body !== undefined, path: `contents.contents[${index}]` },
      drawing,
    );
  }
  return html;
}

/**
 * A carousel as markup, for drawing without React (drawFlex); the Carousel view draws the same
 * element itself, to put the chat's timestamp after the bubbles.
 */
export function carouselMarkup(carousel: FlexCarousel, drawing: Drawing): string {
  return `<div data-flex="carousel" class="${FLEX_CLASS.carousel}">${carouselBubblesMarkup(carousel, drawing)}</div>`;
}

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
