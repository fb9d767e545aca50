import type { FlexCarousel } from "@flexkit/validators";
import type { ReactNode } from "react";
import { CAROUSEL_GUTTER_PX } from "../pixels.js";
import { CAROUSEL_INSET_VAR } from "../units.js";
import { Bubble } from "./bubble.js";

/**
 * Bubbles side by side, scrolling sideways; 7 px before the first, 9 px between, 7 px after.
 * Every bubble with a body stretches to the tallest, its body taking the extra height. In the
 * chat, the carousel spans the chat's width and the chat sets the room before the first bubble
 * (CAROUSEL_INSET_VAR); `after` is drawn after the last bubble (the chat's timestamp).
 */
export function Carousel({ carousel, after }: { carousel: FlexCarousel; after?: ReactNode }) {
  return (
    <div
      data-flex="carousel"
      style={{
        display: "flex",
        gap: CAROUSEL_GUTTER_PX.between,
        paddingInlineStart: `calc(var(${CAROUSEL_INSET_VAR}, 0px) + ${CAROUSEL_GUTTER_PX.outer}px)`,
        paddingInlineEnd: CAROUSEL_GUTTER_PX.outer,
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
      {after}
    </div>
  );
}
