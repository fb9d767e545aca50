import type { FlexCarousel } from "@flexkit/validators";
import { Bubble } from "./bubble.js";

/** Bubbles side by side, scrolling sideways; 7 px before the first, 9 px between, 7 px after. */
export function Carousel({ carousel }: { carousel: FlexCarousel }) {
  return (
    <div
      data-flex="carousel"
      style={{
        display: "flex",
        gap: 9,
        padding: "0 7px",
        overflowX: "auto",
        alignItems: "stretch",
      }}
    >
      {carousel.contents.map((bubble, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: carousel bubbles have no ids; order is identity.
        <Bubble key={index} bubble={bubble} stretch={bubble.body !== undefined} />
      ))}
    </div>
  );
}
