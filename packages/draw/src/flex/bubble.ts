import type { FlexBlockStyle, FlexBubble } from "@flexkit/validators";
import { BUBBLE_MAX_WIDTH_PX, type BubbleSize, SEPARATOR_COLOR } from "../pixels.js";
import { componentMarkup } from "./component.js";
import { classAttribute, type Drawing, declaration, escapeHtml, styleAttribute } from "./markup.js";
import { blockPaddingClass, bubbleSizeClass, FLEX_CLASS } from "./styles.js";

type BlockName = "header" | "hero" | "body" | "footer";
const BLOCKS = ["header", "hero", "body", "footer"] as const;

/** One block of a bubble around its root component. */
function blockMarkup(
  name: BlockName,
  style: FlexBlockStyle | undefined,
  separatorAbove: boolean,
  grow: boolean,
  root: string,
): string {
  let css = "";
  if (style?.backgroundColor !== undefined)
    css += declaration("background-color", style.backgroundColor);
  // A block's `separator` draws a hairline between it and the block above.
  if (separatorAbove && style?.separator === true)
    css += declaration("border-top", `0.5px solid ${style.separatorColor ?? SEPARATOR_COLOR}`);
  const classes = grow ? `${FLEX_CLASS.block} ${FLEX_CLASS.grow}` : FLEX_CLASS.block;
  return `<div data-flex-block="${name}" class="${classes}"${styleAttribute(css)}>${root}</div>`;
}

/**
 * A bubble as markup: header, hero, body, footer in that order; `stretch` (carousel) lets the
 * body take extra height. `path` is where the bubble sits in the message, for error cards.
 */
export function bubbleMarkup(
  bubble: FlexBubble,
  { stretch = false, path = "contents" }: { stretch?: boolean; path?: string },
  drawing: Drawing,
): string {
  // An unknown size draws as the default, mega; the validators report it.
  const size: BubbleSize = Object.hasOwn(BUBBLE_MAX_WIDTH_PX, bubble.size ?? "")
    ? (bubble.size as BubbleSize)
    : "mega";
  let classes = `${FLEX_CLASS.bubble} ${bubbleSizeClass(size)}`;
  if (stretch) classes += ` ${FLEX_CLASS.stretch}`;
  let blocks = "";
  let above = false;
  for (const name of BLOCKS) {
    const root = bubble[name];
    if (root === undefined) continue;
    const grow = name === "body";
    blocks += blockMarkup(
      name,
      bubble.styles?.[name],
      above,
      grow,
      componentMarkup(
        root,
        {
          layout: "vertical",
          spacing: undefined,
          index: 0,
          path: `${path}.${name}`,
          root: {
            paddingClass:
              name === "hero"
                ? undefined
                : blockPaddingClass(size, name, bubble.footer !== undefined),
            grow,
          },
        },
        drawing,
      ),
    );
    above = true;
  }
  // ltr is the stylesheet's; only rtl needs saying.
  const dir = bubble.direction === "rtl" ? ' dir="rtl"' : "";
  const css = bubble.action !== undefined ? "cursor:pointer;" : "";
  return `<div data-flex="bubble" data-size="${escapeHtml(size)}"${dir}${classAttribute(classes)}${styleAttribute(css)}${drawing.tappable(bubble.action)}>${blocks}</div>`;
}
