import type { FlexCarousel } from "@flexkit/validators";
import type { ReactNode } from "react";
import { Bubble } from "./bubble.js";
import { FLEX_CLASS, useFlexStyles } from "./styles.js";

/**
 * Bubbles side by side, scrolling sideways; 7 px before the first, 9 px between, 7 px after.
 * Every bubble with a body stretches to the tallest, its body taking the extra height. In the
 * chat, the carousel spans the chat's width and the chat sets the room before the first bubble
 * (CAROUSEL_INSET_VAR); `after` is drawn after the last bubble (the chat's timestamp).
 */
export function Carousel({ carousel, after }: { carousel: FlexCarousel; after?: ReactNode }) {
  useFlexStyles();
  return (
    <div data-flex="carousel" className={FLEX_CLASS.carousel}>
      {carousel.contents.map((bubble, index) => (
        <Bubble
          // biome-ignore lint/suspicious/noArrayIndexKey: carousel bubbles have no ids; order is identity.
          key={index}
          bubble={bubble}
          stretch={bubble.body !== undefined}
          path={`contents.contents[${index}]`}
        />
      ))}
      {after}
    </div>
  );
}
