import {
  BUBBLE_MAX_WIDTH_PX,
  BUBBLE_VIEWPORT_SHARE,
  BUTTON_COLORS,
  BUTTON_FONT_PX,
  BUTTON_HEIGHT_PX,
  BUTTON_RADIUS_PX,
  BUTTON_SIDE_PADDING_PX,
  type BubbleSize,
  blockPaddingPx,
  bubbleRadiusPx,
  CAROUSEL_GUTTER_PX,
  FONT_SIZE_PX,
  IMAGE_SIZE_PX,
  SEPARATOR_COLOR,
  TEXT_DEFAULT_COLOR,
  TEXT_LINE_HEIGHT,
} from "../pixels.js";
import { CAROUSEL_INSET_VAR, chatWidthCss } from "../units.js";

/**
 * The Flex renderer's fixed styles as one stylesheet; what a component's JSON decides stays on
 * the element. Setting a dozen inline properties on every element was most of the renderer's
 * time in Chromium (bench/render.bench.ts), and elements that share a class also share computed
 * style. Every value comes from the pixel table (RENDERING.md §2); the rules are the ones the
 * components' comments explain. What LINE clips (boxes, bubbles, images, one-line texts) is
 * `overflow: clip`: clipped, but not a scroll container a script or focus could scroll, and
 * cheaper for Chromium to lay out.
 */
export const FLEX_CLASS = {
  bubble: "fx-bubble",
  stretch: "fx-stretch",
  block: "fx-block",
  grow: "fx-grow",
  carousel: "fx-carousel",
  box: "fx-box",
  column: "fx-column",
  baseline: "fx-baseline",
  /** A child of a horizontal or baseline box that grows (1) or keeps its size (0). */
  row1: "fx-r1",
  row0: "fx-r0",
  /** A child of a vertical box that keeps its size (0) or grows (1). */
  column0: "fx-v0",
  column1: "fx-v1",
  text: "fx-text",
  oneLine: "fx-line",
  wrap: "fx-wrap",
  clamp: "fx-clamp",
  /** Where a clamped or line-spaced text sits in its box (text.ts). */
  textPlace: "fx-text-place",
  /** A wrapped text with lineSpacing (text.ts); LINE_GAP_VAR holds the spacing. */
  lineGap: "fx-gap",
  image: "fx-image",
  imageArea: "fx-image-area",
  /** On an image's area: its picture is cropped (`aspectMode: cover`) rather than letterboxed. */
  imageCover: "fx-image-cover",
  icon: "fx-icon",
  button: "fx-button",
  buttonFace: "fx-button-face",
  separatorRow: "fx-sep-row",
  separatorColumn: "fx-sep-column",
  video: "fx-video",
  videoToggle: "fx-video-toggle",
} as const;

const c = FLEX_CLASS;

/** The custom property a video sets to its poster, `url(…)` (video.ts). */
export const POSTER_VAR = "--fx-poster";

/**
 * The play mark over a video's poster, a dark 48 px disc with a white triangle, as a background
 * layer of the video itself: an element of its own with a pseudo-element for the triangle cost a
 * tenth of a video bubble's time to draw, and the same mark as two gradient layers as much
 * (bench/render.bench.ts). One image, the same for every video, is decoded once.
 */
const PLAY_MARK = `url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='48' height='48'%3E%3Ccircle cx='24' cy='24' r='24' fill-opacity='.5'/%3E%3Cpath d='M19 14v20l16-10z' fill='%23fff'/%3E%3C/svg%3E")`;

/** The custom property a line-spaced text sets to its lineSpacing (text.ts). */
export const LINE_GAP_VAR = "--fx-line-gap";

/** A bubble is 80 % of the chat viewport's width, capped by its size (RENDERING.md §2). */
export function bubbleWidthCss(size: BubbleSize): string {
  return `min(${chatWidthCss(BUBBLE_VIEWPORT_SHARE)}, ${BUBBLE_MAX_WIDTH_PX[size]}px)`;
}

/** `fx-size-md`: a text/span/icon size keyword. */
export function fontSizeClass(size: string): string | undefined {
  return Object.hasOwn(FONT_SIZE_PX, size) ? `fx-size-${size}` : undefined;
}

/** `fx-image-md`: an image size keyword, or `full`. */
export function imageSizeClass(size: string): string | undefined {
  return size === "full" || Object.hasOwn(IMAGE_SIZE_PX, size) ? `fx-image-${size}` : undefined;
}

type PaddedBlock = "header" | "body" | "footer";

/** The default padding of a block's root box (RENDERING.md §2); `-f`: a footer follows. */
export function blockPaddingClass(size: BubbleSize, block: PaddedBlock, footerFollows: boolean) {
  return `fx-pad-${size}-${block}${footerFollows ? "-f" : ""}`;
}

export function bubbleSizeClass(size: BubbleSize): string {
  return `fx-bubble-${size}`;
}

export function buttonClass(style: keyof typeof BUTTON_COLORS, height: "sm" | "md"): string {
  return `${c.buttonFace} fx-button-${style} fx-button-${height}`;
}

function rules(): string {
  const sizes = Object.entries(FONT_SIZE_PX).map(
    ([size, px]) => `.fx-size-${size}{font-size:${px}px}`,
  );
  const bubbles = (Object.keys(BUBBLE_MAX_WIDTH_PX) as BubbleSize[]).map(
    (size) =>
      `.${bubbleSizeClass(size)}{width:${bubbleWidthCss(size)};border-radius:${bubbleRadiusPx(size)}px}`,
  );
  const paddings = (Object.keys(BUBBLE_MAX_WIDTH_PX) as BubbleSize[]).flatMap((size) =>
    (["header", "body", "footer"] as const).flatMap((block) =>
      [false, true].map((footerFollows) => {
        const { top, side, bottom } = blockPaddingPx(size, block, footerFollows);
        return `.${blockPaddingClass(size, block, footerFollows)}{padding:${top}px ${side}px ${bottom}px}`;
      }),
    ),
  );
  const buttons = Object.entries(BUTTON_COLORS).map(
    ([style, colors]) =>
      `.fx-button-${style}{background:${colors.background};color:${colors.text}}`,
  );
  const heights = Object.entries(BUTTON_HEIGHT_PX).map(
    ([height, px]) => `.fx-button-${height}{height:${px}px}`,
  );
  return [
    `.${c.bubble}{flex:none;box-sizing:border-box;overflow:clip;background:#ffffff;color:${TEXT_DEFAULT_COLOR};display:flex;flex-direction:column;align-self:flex-start}`,
    `.${c.bubble}.${c.stretch}{align-self:stretch}`,
    `.${c.bubble}{direction:ltr;unicode-bidi:isolate}`,
    `.${c.bubble}[dir="rtl"]{direction:rtl}`,
    ...bubbles,
    `.${c.block}{display:flex;flex-direction:column;flex:none}`,
    `.${c.block}.${c.grow},.${c.box}.${c.grow}{flex:1 0 auto}`,
    `.${c.carousel}{display:flex;gap:${CAROUSEL_GUTTER_PX.between}px;padding-inline-start:calc(var(${CAROUSEL_INSET_VAR}, 0px) + ${CAROUSEL_GUTTER_PX.outer}px);padding-inline-end:${CAROUSEL_GUTTER_PX.outer}px;overflow-x:auto;align-items:flex-start;scroll-snap-type:x proximity;min-width:0;max-width:100%;box-sizing:border-box}`,
    `.${c.box}{display:flex;box-sizing:border-box;position:relative;min-width:0;overflow:clip}`,
    ...paddings,
    `.${c.column}{flex-direction:column}`,
    `.${c.baseline}{align-items:baseline}`,
    `.${c.row1}{flex:1 0 0;min-width:0}`,
    `.${c.row0}{flex:0 0 auto;min-width:0}`,
    `.${c.column0}{flex:0 0 auto}`,
    `.${c.column1}{flex:1 0 auto}`,
    // A horizontal or baseline box in a vertical one spans it even when the vertical box's
    // alignItems keeps it from stretching: LINE's stylesheet gives every row 100 %, and its texts
    // split that width rather than shrinking it to their content (RENDERING.md §1). Its own
    // width, inline, still wins.
    `.${c.box}.${c.column0}:not(.${c.column}),.${c.box}.${c.column1}:not(.${c.column}){width:100%}`,
    `.${c.text}{line-height:${TEXT_LINE_HEIGHT};min-height:${TEXT_LINE_HEIGHT}em;box-sizing:border-box}`,
    `.${c.oneLine}{white-space:nowrap;overflow:clip;text-overflow:ellipsis}`,
    // Runs of spaces and leading spaces collapse whether or not a text wraps, as in LINE's
    // simulator (LINE documents neither; RENDERING.md §7, and the simulator's notes say so);
    // a wrapped text still breaks at "\n".
    `.${c.wrap}{white-space:pre-line;overflow-wrap:anywhere}`,
    `.${c.clamp}{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden;flex:none}`,
    `.${c.textPlace}{display:flex;flex-direction:column;min-width:0}`,
    // Each line, a span's by its own size, is lineSpacing taller; half of it comes back at the
    // top and bottom, so that the spacing is only between lines (text.ts).
    `.${c.lineGap},.${c.lineGap}>span{line-height:calc(${TEXT_LINE_HEIGHT}em + var(${LINE_GAP_VAR}))}`,
    `.${c.lineGap}{flex:none;margin-block:calc(var(${LINE_GAP_VAR}) / -2)}`,
    ...sizes,
    `.${c.image}{display:flex;justify-content:center;align-items:flex-start;min-width:0}`,
    // The area is as wide as its size and never wider than the image component, so an image that
    // takes its width from its content (flex 0 in a row, absolute) is as wide as its size.
    `.${c.imageArea}{max-width:100%;overflow:clip;flex:none;aspect-ratio:1 / 1}`,
    ...Object.entries({ ...IMAGE_SIZE_PX, full: undefined }).map(
      ([size, px]) => `.fx-image-${size}{width:${px === undefined ? "100%" : `${px}px`}}`,
    ),
    // Pictures are backgrounds (markup.ts): fit letterboxes, cover crops, both centred.
    `.${c.imageArea}{background-position:center;background-repeat:no-repeat;background-size:contain}`,
    `.${c.imageArea}.${c.imageCover}{background-size:cover}`,
    // An icon's line is 1.4 em high, like a text's (RENDERING.md §2): a 3xl icon beside sm text
    // makes a 49 px row, as in LINE's rating templates.
    `.${c.icon}{display:inline-block;line-height:${TEXT_LINE_HEIGHT}}`,
    `.${c.icon}>span{height:1em;width:1em;vertical-align:baseline;display:inline-block;background-size:100% 100%;background-repeat:no-repeat}`,
    `.${c.button}{display:flex}`,
    `.${c.buttonFace}{flex:1;min-width:0;padding:0 ${BUTTON_SIDE_PADDING_PX}px;border-radius:${BUTTON_RADIUS_PX}px;border:none;font-size:${BUTTON_FONT_PX}px;font-family:inherit;cursor:pointer;display:flex;align-items:center;justify-content:center}`,
    ...buttons,
    ...heights,
    `.${c.buttonFace}>span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;min-width:0;max-width:100%}`,
    // A separator takes no room; its line is a 1 px border scaled by 0.5 (RENDERING.md §2), as in
    // LINE's stylesheet: one crisp device pixel at 2× (a half-intensity one at 1×) wherever it
    // falls, where a 0.5 px box spanned two device pixels at fractional positions and added half a
    // pixel of height each. The line reaches into the next sibling, and over it (z-index), or
    // into the previous one for a last child, which its box would otherwise clip. `color` is the
    // line's, so that a separator's own colour is one inline declaration (separator.ts).
    `.${c.separatorRow},.${c.separatorColumn}{position:relative;align-self:stretch;color:${SEPARATOR_COLOR}}`,
    `.${c.separatorRow}::before,.${c.separatorColumn}::before{content:"";position:absolute;z-index:1;box-sizing:content-box;border:0 solid currentColor;top:0;inset-inline-start:0;transform-origin:left top}`,
    `.${c.separatorColumn}::before{width:100%;height:0;border-top-width:1px;transform:scaleY(0.5)}`,
    `.${c.separatorColumn}:last-child::before{top:auto;bottom:0;transform-origin:left bottom}`,
    `.${c.separatorRow}::before{height:100%;width:0;border-inline-start-width:1px;transform:scaleX(0.5)}`,
    `.${c.separatorRow}:last-child::before{inset-inline-start:auto;inset-inline-end:0;transform-origin:right top}`,
    // The scaled line keeps to the same side of its place when right is the start.
    `.${c.bubble}[dir="rtl"] .${c.separatorRow}::before{transform-origin:right top}`,
    `.${c.bubble}[dir="rtl"] .${c.separatorRow}:last-child::before{transform-origin:left top}`,
    `.${c.video}{position:relative;display:flex;flex-direction:column;background-color:#000000;background-image:${PLAY_MARK}, var(${POSTER_VAR}, none);background-position:center;background-size:48px 48px, cover;background-repeat:no-repeat}`,
    // Showing the altContent (draw.ts): no poster or play mark, and the video is as tall as what
    // it shows.
    `.${c.video}[data-showing="altContent"]{aspect-ratio:auto !important;background:none}`,
    // The switch hides the altContent (draw.ts), whatever display it has.
    `.${c.video}>[hidden]{display:none}`,
    // The switch: a round chip with two overlapping squares (the other content), drawn as
    // backgrounds; its name is its aria-label and title. A text label cost more to lay out than
    // the rest of a video bubble together (bench/render.bench.ts).
    `.${c.videoToggle}{position:absolute;top:6px;right:6px;z-index:1;width:26px;height:26px;border-radius:50%;cursor:pointer;background:linear-gradient(#ffffff, #ffffff) 11px 11px / 9px 9px no-repeat, linear-gradient(rgba(0, 0, 0, 0.55), rgba(0, 0, 0, 0.55)) 8px 8px / 9px 9px no-repeat, linear-gradient(#ffffff, #ffffff) 6px 6px / 9px 9px no-repeat, rgba(0, 0, 0, 0.55)}`,
    `.${c.video}[data-showing="altContent"]>.${c.videoToggle}{background-color:rgba(0, 0, 0, 0.75)}`,
  ].join("\n");
}

export const FLEX_CSS = rules();
