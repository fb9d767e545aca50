import type { FlexBox, LinearGradient } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { actionProps } from "../../app/chat-mode/action-context.js";
import { borderWidthCss, spaceCss } from "../units.js";
import { flexComponent } from "./component.js";
import { type Placement, placeChild } from "./layout.js";
import { FLEX_CLASS } from "./styles.js";

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

const LAYOUT_CLASS = {
  vertical: `${FLEX_CLASS.box} ${FLEX_CLASS.column}`,
  horizontal: FLEX_CLASS.box,
  baseline: `${FLEX_CLASS.box} ${FLEX_CLASS.baseline}`,
} as const;

/**
 * A box is a flex container (row, column, or a row on a shared baseline) that clips and is the
 * containing block of its absolute children (FLEX_CSS); the rest comes from its JSON.
 */
export function boxStyle(
  box: FlexBox,
  placement: Placement | undefined,
): { className: string; style: CSSProperties } {
  const style: CSSProperties = {};
  const placed = placeChild(box, placement, style);
  let className: string = LAYOUT_CLASS[box.layout];
  if (placed !== "") className += ` ${placed}`;
  const blockPadding = placement?.root?.paddingClass;
  if (blockPadding !== undefined) className += ` ${blockPadding}`;
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
  // A block's root box starts from the block's padding (a class); paddingAll replaces it, and
  // the side paddings replace paddingAll. Start/end flip with `direction: rtl` (RENDERING.md §1, §2).
  const all = spaceCss(box.paddingAll);
  const top = spaceCss(box.paddingTop) ?? all;
  const bottom = spaceCss(box.paddingBottom) ?? all;
  const start = spaceCss(box.paddingStart) ?? all;
  const end = spaceCss(box.paddingEnd) ?? all;
  if (top !== undefined) style.paddingTop = top;
  if (bottom !== undefined) style.paddingBottom = bottom;
  if (start !== undefined) style.paddingInlineStart = start;
  if (end !== undefined) style.paddingInlineEnd = end;
  if (box.justifyContent !== undefined) style.justifyContent = box.justifyContent;
  if (box.alignItems !== undefined) style.alignItems = box.alignItems;
  if (box.action !== undefined) style.cursor = "pointer";
  return { className, style };
}

export function Box({ box, placement }: { box: FlexBox; placement?: Placement }) {
  const spacing = spaceCss(box.spacing);
  const onAction = placement?.onAction;
  const tap = actionProps(box.action, onAction);
  const { className, style } = boxStyle(box, placement);
  const path = placement?.path ?? "box";
  return (
    <div
      key={placement?.index}
      data-flex="box"
      data-layout={box.layout}
      className={className}
      style={style}
      {...tap}
    >
      {box.contents.map((child, index) =>
        flexComponent(child, {
          layout: box.layout,
          spacing,
          // Flex contents have no ids: the index is the child's key.
          index,
          path: `${path}.contents[${index}]`,
          onAction,
        }),
      )}
    </div>
  );
}
