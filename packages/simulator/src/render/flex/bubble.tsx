import type { FlexBlockStyle, FlexBubble } from "@flexkit/validators";
import type { CSSProperties, ReactNode } from "react";
import {
  BUBBLE_MAX_WIDTH_PX,
  BUBBLE_VIEWPORT_SHARE,
  type BubbleSize,
  blockPaddingPx,
  bubbleRadiusPx,
} from "../pixels.js";
import { FlexComponentView } from "./component.js";

/**
 * A bubble is 80 % of the chat viewport's width, capped by its size (RENDERING.md §2). The chat
 * declares itself an inline-size container, so `cqw` is a share of the chat, not of the window.
 */
export function bubbleWidthCss(size: BubbleSize): string {
  return `min(${BUBBLE_VIEWPORT_SHARE * 100}cqw, ${BUBBLE_MAX_WIDTH_PX[size]}px)`;
}

function Block({
  name,
  style,
  padding,
  separatorAbove,
  children,
}: {
  name: string;
  style: FlexBlockStyle | undefined;
  padding: string | undefined;
  separatorAbove: boolean;
  children: ReactNode;
}) {
  const css: CSSProperties = {
    display: "flex",
    flexDirection: "column",
    padding,
    backgroundColor: style?.backgroundColor,
  };
  if (separatorAbove && style?.separator === true) {
    css.borderTop = `0.5px solid ${style.separatorColor ?? "#d4d6da"}`;
  }
  return (
    <div data-flex-block={name} style={css}>
      {children}
    </div>
  );
}

export function Bubble({ bubble, stretch }: { bubble: FlexBubble; stretch?: boolean }) {
  const size: BubbleSize = bubble.size ?? "mega";
  const rtl = bubble.direction === "rtl";
  const pad = (block: "header" | "body" | "footer") => {
    const p = blockPaddingPx(size, block, bubble.footer !== undefined);
    return `${p.top}px ${p.side}px ${p.bottom}px`;
  };
  const blocks = (["header", "hero", "body", "footer"] as const).filter(
    (block) => bubble[block] !== undefined,
  );
  return (
    <div
      data-flex="bubble"
      data-size={size}
      dir={rtl ? "rtl" : "ltr"}
      style={{
        width: bubbleWidthCss(size),
        flex: "none",
        borderRadius: bubbleRadiusPx(size),
        overflow: "hidden",
        background: "#ffffff",
        display: "flex",
        flexDirection: "column",
        alignSelf: stretch ? "stretch" : "flex-start",
      }}
    >
      {blocks.map((block, index) => {
        const root = bubble[block]!;
        const isBody = block === "body";
        return (
          <Block
            key={block}
            name={block}
            style={bubble.styles?.[block]}
            padding={block === "hero" ? undefined : pad(block)}
            separatorAbove={index > 0}
          >
            <div style={{ display: "flex", flexDirection: "column", flex: isBody ? 1 : undefined }}>
              <FlexComponentView
                node={root}
                placement={{ layout: "vertical", spacing: undefined, index: 0 }}
              />
            </div>
          </Block>
        );
      })}
    </div>
  );
}
