import type { FlexBlockStyle, FlexBubble } from "@flexkit/validators";
import type { CSSProperties, ReactNode } from "react";
import { useActionProps } from "../../app/chat-mode/action-context.js";
import { type BubbleSize, blockPaddingPx, SEPARATOR_COLOR } from "../pixels.js";
import { FlexComponentView } from "./component.js";
import { bubbleSizeClass, FLEX_CLASS, FlexStyles } from "./styles.js";

export { bubbleWidthCss } from "./styles.js";

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
  const css: CSSProperties = {};
  if (style?.backgroundColor !== undefined) css.backgroundColor = style.backgroundColor;
  // A block's `separator` draws a hairline between it and the block above.
  if (separatorAbove && style?.separator === true) {
    css.borderTop = `0.5px solid ${style.separatorColor ?? SEPARATOR_COLOR}`;
  }
  return (
    <div
      data-flex-block={name}
      className={grow ? `${FLEX_CLASS.block} ${FLEX_CLASS.grow}` : FLEX_CLASS.block}
      style={css}
    >
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
      className={`${FLEX_CLASS.bubble} ${bubbleSizeClass(size)}${stretch === true ? ` ${FLEX_CLASS.stretch}` : ""}`}
      style={bubble.action !== undefined ? { cursor: "pointer" } : undefined}
    >
      <FlexStyles />
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
