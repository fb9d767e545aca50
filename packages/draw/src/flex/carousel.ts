import type { FlexCarousel } from "@flexkit/validators";
import { renderErrorMarkup } from "../error-card.js";
import { bubbleMarkup } from "./bubble.js";
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
