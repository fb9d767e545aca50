/**
 * A ref that gives an <img> its URL once it is in the page. Given `src` as a prop, React sets it
 * twice (on the new element, and again after inserting it, in case it loaded before React was
 * listening), and each set starts a fetch: that was most of a Flex image's cost in Chromium
 * (bench/render.bench.ts). Nothing here listens for load or error, so one set is enough.
 */
export function srcRef(url: string): (image: HTMLImageElement | null) => void {
  return (image) => {
    if (image !== null && image.getAttribute("src") !== url) image.src = url;
  };
}
