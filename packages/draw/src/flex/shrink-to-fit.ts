const MIN_SCALE = 0.3;
/** Guesses before giving up on a string that will not fit (ligatures, kerning, rounding). */
const MAX_STEPS = 4;
const UNDERSHOOT = 0.98;

/** What the renderer marks for fitting: one-line texts and button labels (text.ts, button.ts). */
export const SHRINK_TO_FIT = "[data-shrink-to-fit]";

/**
 * `adjustMode: shrink-to-fit`: shrink the font until the one-line string fits the width it was
 * given. LINE calls this best effort; so is this. A line's width follows its font size, so the
 * first guess is the ratio of the width given to the width needed, checked and nudged down while
 * it still overflows: one or two layouts, where a binary search took eight. It is redone when the
 * parent's width changes; the returned function stops that.
 * https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#adjusts-fontsize-to-fit
 */
export function shrinkToFit(element: HTMLElement): () => void {
  const parent = element.parentElement ?? element;
  // The size the text was drawn at: a class (a size keyword) or its own style (px, scaling).
  const drawn = element.style.fontSize;
  let fittedTo: number | undefined;
  const fit = () => {
    const width = parent.clientWidth;
    if (width === fittedTo) return;
    fittedTo = width;
    // Writing the same value still costs a style pass before the next read: only write changes.
    if (element.style.fontSize !== drawn) element.style.fontSize = drawn;
    if (element.scrollWidth <= element.clientWidth) return;
    const base = Number.parseFloat(getComputedStyle(element).fontSize);
    let scale = 1;
    for (let step = 0; step < MAX_STEPS; step++) {
      const ratio = element.clientWidth / element.scrollWidth;
      if (ratio >= 1 || scale === MIN_SCALE) break;
      // A little under the ratio: widths are read in whole pixels, and a line a fraction of a
      // pixel too wide would still be cut with "…".
      scale = Math.max(MIN_SCALE, scale * ratio * UNDERSHOOT);
      element.style.fontSize = `${base * scale}px`;
    }
  };
  fit();
  const observer = new ResizeObserver(fit);
  observer.observe(parent);
  return () => observer.disconnect();
}

/** shrinkToFit for every marked element under `root`; the returned function stops them all. */
export function shrinkAllToFit(root: Element): () => void {
  const stops = [...root.querySelectorAll<HTMLElement>(SHRINK_TO_FIT)].map(shrinkToFit);
  return () => {
    for (const stop of stops) stop();
  };
}
