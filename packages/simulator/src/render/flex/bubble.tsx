import type { FlexBlockStyle, FlexBubble } from "@flexkit/validators";
import type { CSSProperties, ReactNode } from "react";
import { actionProps, useOnAction } from "../../app/chat-mode/action-context.js";
import { type BubbleSize, SEPARATOR_COLOR } from "../pixels.js";
import { flexComponent } from "./component.js";
import { blockPaddingClass, bubbleSizeClass, FLEX_CLASS, useFlexStyles } from "./styles.js";

type BlockName = "header" | "hero" | "body" | "footer";

/**
 * One block of a bubble around its root component. A plain function rather than a component: a
 * block has no state, and every React component is one more thing to build per message.
 */
function block(
  name: BlockName,
  style: FlexBlockStyle | undefined,
  separatorAbove: boolean,
  grow: boolean,
  children: ReactNode,
): ReactNode {
  const css: CSSProperties = {};
  if (style?.backgroundColor !== undefined) css.backgroundColor = style.backgroundColor;
  // A block's `separator` draws a hairline between it and the block above.
  if (separatorAbove && style?.separator === true) {
    css.borderTop = `0.5px solid ${style.separatorColor ?? SEPARATOR_COLOR}`;
  }
  return (
    <div
      key={name}
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
  useFlexStyles();
  // Read once here; the components below get it through their placement.
  const onAction = useOnAction();
  const tap = actionProps(bubble.action, onAction);
  let above = false;
  return (
    <div
      {...tap}
      data-flex="bubble"
      data-size={size}
      // ltr is the stylesheet's; only rtl needs saying.
      dir={rtl ? "rtl" : undefined}
      className={`${FLEX_CLASS.bubble} ${bubbleSizeClass(size)}${stretch === true ? ` ${FLEX_CLASS.stretch}` : ""}`}
      style={bubble.action !== undefined ? { cursor: "pointer" } : undefined}
    >
      {BLOCKS.map((name) => {
        const root = bubble[name];
        if (root === undefined) return null;
        const grow = name === "body";
        const separatorAbove = above;
        above = true;
        return block(
          name,
          bubble.styles?.[name],
          separatorAbove,
          grow,
          flexComponent(root, {
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
            onAction,
          }),
        );
      })}
    </div>
  );
}

const BLOCKS = ["header", "hero", "body", "footer"] as const;
