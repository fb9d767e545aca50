import type { FlexBlockStyle, FlexBubble } from "@flexkit/validators";
import type { CSSProperties, ReactNode } from "react";
import { useActionProps } from "../../app/chat-mode/action-context.js";
import {
  BUBBLE_MAX_WIDTH_PX,
  BUBBLE_VIEWPORT_SHARE,
  type BubbleSize,
  blockPaddingPx,
  bubbleRadiusPx,
  SEPARATOR_COLOR,
  TEXT_DEFAULT_COLOR,
} from "../pixels.js";
import { FlexComponentView } from "./component.js";

/**
 * A bubble is 80 % of the chat viewport's width, capped by its size (RENDERING.md §2). The chat
 * declares itself an inline-size container, so `cqw` is a share of the chat, not of the window.
 */
export function bubbleWidthCss(size: BubbleSize): string {
  return `min(${BUBBLE_VIEWPORT_SHARE * 100}cqw, ${BUBBLE_MAX_WIDTH_PX[size]}px)`;
}

type BlockName = "header" | "hero" | "body" | "footer";

function Block({
  name,
  style,
  separatorAbove,
  grow,
  children,
}: {
  name: BlockName;
  style: FlexBlockStyle | undefined;
  separatorAbove: boolean;
  grow: boolean;
  children: ReactNode;
}) {
  const css: CSSProperties = {
    display: "flex",
    flexDirection: "column",
    flex: grow ? "1 0 auto" : "none",
    backgroundColor: style?.backgroundColor,
  };
  // A block's `separator` draws a hairline between it and the block above.
  if (separatorAbove && style?.separator === true) {
    css.borderTop = `0.5px solid ${style.separatorColor ?? SEPARATOR_COLOR}`;
  }
  return (
    <div data-flex-block={name} style={css}>
      {children}
    </div>
  );
}

/** Header, hero, body, footer in that order; `stretch` (carousel) lets the body take extra height. */
export function Bubble({
  bubble,
  stretch,
  path = "contents",
}: {
  bubble: FlexBubble;
  stretch?: boolean;
  /** Where the bubble sits in the message, for error cards. */
  path?: string;
}) {
  const size: BubbleSize = bubble.size ?? "mega";
  const rtl = bubble.direction === "rtl";
  const blocks = (["header", "hero", "body", "footer"] as const).filter(
    (block) => bubble[block] !== undefined,
  );
  const tap = useActionProps(bubble.action);
  return (
    <div
      {...tap}
      data-flex="bubble"
      data-size={size}
      dir={rtl ? "rtl" : "ltr"}
      style={{
        width: bubbleWidthCss(size),
        flex: "none",
        boxSizing: "border-box",
        borderRadius: bubbleRadiusPx(size),
        overflow: "hidden",
        background: "#ffffff",
        color: TEXT_DEFAULT_COLOR,
        display: "flex",
        flexDirection: "column",
        alignSelf: stretch === true ? "stretch" : "flex-start",
        cursor: bubble.action !== undefined ? "pointer" : undefined,
      }}
    >
      {blocks.map((block, index) => {
        const root = bubble[block];
        if (root === undefined) return null;
        const grow = block === "body";
        return (
          <Block
            key={block}
            name={block}
            style={bubble.styles?.[block]}
            separatorAbove={index > 0}
            grow={grow}
          >
            <FlexComponentView
              node={root}
              placement={{
                layout: "vertical",
                spacing: undefined,
                index: 0,
                path: `${path}.${block}`,
                root: {
                  padding:
                    block === "hero"
                      ? undefined
                      : blockPaddingPx(size, block, bubble.footer !== undefined),
                  grow,
                },
              }}
            />
          </Block>
        );
      })}
    </div>
  );
}
