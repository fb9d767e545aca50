import { type RefObject, useLayoutEffect } from "react";

const MIN_SCALE = 0.3;

/**
 * `adjustMode: shrink-to-fit`: shrink the font until the one-line string fits the width it was
 * given. LINE calls this best effort; so is this (a binary search on the scale, redone on resize).
 * https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#adjusts-fontsize-to-fit
 */
export function useShrinkToFit(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!enabled || element === null) return;
    // The size the text was drawn at: a class (a size keyword) or its own style (px, scaling).
    const drawn = element.style.fontSize;
    const fit = () => {
      element.style.removeProperty("zoom");
      element.style.fontSize = drawn;
      const base = Number.parseFloat(getComputedStyle(element).fontSize);
      if (element.scrollWidth <= element.clientWidth) return;
      let low = MIN_SCALE;
      let high = 1;
      for (let step = 0; step < 8; step++) {
        const middle = (low + high) / 2;
        element.style.fontSize = `${base * middle}px`;
        if (element.scrollWidth <= element.clientWidth) low = middle;
        else high = middle;
      }
      element.style.fontSize = `${base * low}px`;
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element.parentElement ?? element);
    return () => observer.disconnect();
  }, [ref, enabled]);
}
