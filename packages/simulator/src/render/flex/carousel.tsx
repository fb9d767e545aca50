import type { FlexCarousel } from "@flexkit/validators";
import { CAROUSEL_GUTTER_PX } from "../pixels.js";
import { Bubble } from "./bubble.js";

/**
 * Bubbles side by side, scrolling sideways; 7 px before the first, 9 px between, 7 px after.
 * Every bubble with a body stretches to the tallest, its body taking the extra height.
 */
export function Carousel({ carousel }: { carousel: FlexCarousel }) {
  return (
    <div
      data-flex="carousel"
      style={{
        display: "flex",
        gap: CAROUSEL_GUTTER_PX.between,
        padding: `0 ${CAROUSEL_GUTTER_PX.outer}px`,
        overflowX: "auto",
        alignItems: "flex-start",
        scrollSnapType: "x proximity",
        minWidth: 0,
        maxWidth: "100%",
        boxSizing: "border-box",
      }}
    >
      {carousel.contents.map((bubble, index) => (
        <Bubble
          // biome-ignore lint/suspicious/noArrayIndexKey: carousel bubbles have no ids; order is identity.
          key={index}
          bubble={bubble}
          stretch={bubble.body !== undefined}
          path={`contents.contents[${index}]`}
        />
      ))}
    </div>
  );
}
