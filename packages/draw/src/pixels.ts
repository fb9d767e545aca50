/**
 * The pixel table of LINE's Flex Message Simulator (shared/spec/RENDERING.md §2). LINE publishes
 * layout rules but no pixel values; these are the simulator's, which open-source renderers share.
 */

export const FONT_SIZE_PX = {
  xxs: 11,
  xs: 13,
  sm: 14,
  md: 16,
  lg: 19,
  xl: 22,
  xxl: 29,
  "3xl": 35,
  "4xl": 48,
  "5xl": 74,
} as const;

export const IMAGE_SIZE_PX = {
  xxs: 40,
  xs: 60,
  sm: 80,
  md: 100,
  lg: 120,
  xl: 140,
  xxl: 160,
  "3xl": 180,
  "4xl": 200,
  "5xl": 220,
} as const;

/** spacing / margin / padding / offset / cornerRadius keywords. */
export const SPACE_PX = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 } as const;

export const BORDER_WIDTH_PX = {
  none: 0,
  light: 0.5,
  normal: 1,
  medium: 2,
  "semi-bold": 3,
  bold: 4,
} as const;

export const BUBBLE_MAX_WIDTH_PX = {
  nano: 120,
  micro: 160,
  deca: 220,
  hecto: 241,
  kilo: 260,
  mega: 300,
  giga: 500,
} as const;

export type BubbleSize = keyof typeof BUBBLE_MAX_WIDTH_PX;

/** A bubble is this share of the chat viewport's width, capped by its size (RENDERING.md §2). */
export const BUBBLE_VIEWPORT_SHARE = 0.8;

export function bubbleRadiusPx(size: BubbleSize): number {
  if (size === "mega") return 17;
  if (size === "giga") return 5;
  return 10;
}

/** Header/body padding: [top, end, bottom, start]-style list in CSS order (top right bottom left). */
export interface BlockPadding {
  top: number;
  side: number;
  bottom: number;
}

export function blockPaddingPx(
  size: BubbleSize,
  block: "header" | "body" | "footer",
  footerFollows: boolean,
): BlockPadding {
  if (block === "footer") return { top: 10, side: 10, bottom: 10 };
  let padding: BlockPadding;
  if (size === "mega" || size === "giga")
    padding = { top: block === "body" ? 19 : 20, side: 20, bottom: 20 };
  else if (size === "kilo") padding = { top: 13, side: 13, bottom: 13 };
  else if (size === "hecto" || size === "deca") padding = { top: 11, side: 14, bottom: 13 };
  else padding = { top: 10, side: 10, bottom: 10 };
  if (block === "body" && footerFollows) {
    padding = {
      ...padding,
      bottom:
        size === "mega" || size === "giga"
          ? 10
          : size === "micro" || size === "nano"
            ? padding.bottom
            : 17,
    };
  }
  return padding;
}

export const TEXT_LINE_HEIGHT = 1.4;
export const SEPARATOR_COLOR = "#d4d6da";

/** Button pixels (RENDERING.md §2); `color` is the text of a link and the fill of the others. */
export const BUTTON_HEIGHT_PX = { sm: 40, md: 52 } as const;
export const BUTTON_FONT_PX = 16;
export const BUTTON_RADIUS_PX = 8;
export const BUTTON_SIDE_PADDING_PX = 16;
export const BUTTON_COLORS = {
  primary: { background: "#17c950", text: "#ffffff" },
  secondary: { background: "#dcdfe5", text: "#111111" },
  link: { background: "transparent", text: "#42659a" },
} as const;

/** Carousel gutters: before the first bubble, between bubbles, after the last (RENDERING.md §2). */
export const CAROUSEL_GUTTER_PX = { outer: 7, between: 9 } as const;
export const TEXT_DEFAULT_COLOR = "#444444";
export const CHAT_WALLPAPER = "#849ebf";
export const CHAT_FONT_STACK =
  '-apple-system, "Helvetica Neue", Helvetica, Roboto, "Noto Sans", sans-serif';
