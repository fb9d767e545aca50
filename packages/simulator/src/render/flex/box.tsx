import type { FlexBox, LinearGradient } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { useActionProps } from "../../app/chat-mode/action-context.js";
import { borderWidthCss, spaceCss } from "../units.js";
import { FlexComponentView } from "./component.js";
import { childStyle, type Placement } from "./layout.js";

/**
 * LINE's gradient angle: 0deg draws bottom → top and turns clockwise, which is CSS's
 * `linear-gradient(<angle>)` convention too, and it ignores `direction: rtl` (so does CSS).
 * `centerColor` sits at `centerPosition`, 50 % unless given (RENDERING.md §1).
 * https://developers.line.biz/en/reference/messaging-api/#f-linear-gradient-background
 */
export function gradientCss(background: LinearGradient): string {
  const stops = [background.startColor];
  if (background.centerColor !== undefined)
    stops.push(`${background.centerColor} ${background.centerPosition ?? "50%"}`);
  stops.push(background.endColor);
  return `linear-gradient(${background.angle}, ${stops.join(", ")})`;
}

export function boxStyle(box: FlexBox, placement: Placement | undefined): CSSProperties {
  const style: CSSProperties = {
    display: "flex",
    flexDirection: box.layout === "vertical" ? "column" : "row",
    boxSizing: "border-box",
    // Every box is a containing block for its absolute children, which it clips.
    position: "relative",
    minWidth: 0,
    overflow: "hidden",
    ...childStyle(box, placement),
  };
  if (box.layout === "baseline") style.alignItems = "baseline";
  if (box.backgroundColor !== undefined) style.backgroundColor = box.backgroundColor;
  if (box.background !== undefined) style.backgroundImage = gradientCss(box.background);
  if (box.borderWidth !== undefined) {
    style.borderWidth = borderWidthCss(box.borderWidth);
    style.borderStyle = "solid";
    style.borderColor = box.borderColor ?? "#000000";
  }
  if (box.cornerRadius !== undefined) style.borderRadius = spaceCss(box.cornerRadius);
  // maxWidth/maxHeight win over width/height: CSS's max-* already do.
  if (box.width !== undefined) style.width = box.width;
  if (box.maxWidth !== undefined) style.maxWidth = box.maxWidth;
  if (box.height !== undefined) style.height = box.height;
  if (box.maxHeight !== undefined) style.maxHeight = box.maxHeight;
  // A block's root box starts from the block's padding; paddingAll replaces it, and the side
  // paddings replace paddingAll. Start/end flip with `direction: rtl` (RENDERING.md §1, §2).
  const block = placement?.root?.padding;
  const all = spaceCss(box.paddingAll);
  style.paddingTop = spaceCss(box.paddingTop) ?? all ?? px(block?.top);
  style.paddingBottom = spaceCss(box.paddingBottom) ?? all ?? px(block?.bottom);
  style.paddingInlineStart = spaceCss(box.paddingStart) ?? all ?? px(block?.side);
  style.paddingInlineEnd = spaceCss(box.paddingEnd) ?? all ?? px(block?.side);
  if (box.justifyContent !== undefined) style.justifyContent = box.justifyContent;
  if (box.alignItems !== undefined) style.alignItems = box.alignItems;
  if (box.action !== undefined) style.cursor = "pointer";
  return style;
}

function px(value: number | undefined): string | undefined {
  return value === undefined ? undefined : `${value}px`;
}

export function Box({ box, placement }: { box: FlexBox; placement?: Placement }) {
  const spacing = spaceCss(box.spacing);
  const tap = useActionProps(box.action);
  return (
    <div data-flex="box" data-layout={box.layout} style={boxStyle(box, placement)} {...tap}>
      {box.contents.map((child, index) => (
        <FlexComponentView
          // biome-ignore lint/suspicious/noArrayIndexKey: Flex contents have no ids; order is identity.
          key={index}
          node={child}
          placement={{
            layout: box.layout,
            spacing,
            index,
            path: `${placement?.path ?? "box"}.contents[${index}]`,
          }}
        />
      ))}
    </div>
  );
}
