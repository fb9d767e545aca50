import type { FlexBox } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { BORDER_WIDTH_PX } from "../pixels.js";
import { spaceCss } from "../units.js";
import { FlexComponentView } from "./component.js";
import { childStyle, type Placement } from "./layout.js";

function borderWidthCss(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (value in BORDER_WIDTH_PX)
    return `${BORDER_WIDTH_PX[value as keyof typeof BORDER_WIDTH_PX]}px`;
  return value;
}

/**
 * LINE's gradient angle: 0deg draws bottom → top and turns clockwise, which is CSS's
 * `linear-gradient(<angle>)` convention too (RENDERING.md §1), and it ignores `direction: rtl`.
 */
export function gradientCss(background: NonNullable<FlexBox["background"]>): string {
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
  if (box.width !== undefined) style.width = box.width;
  if (box.maxWidth !== undefined) style.maxWidth = box.maxWidth;
  if (box.height !== undefined) style.height = box.height;
  if (box.maxHeight !== undefined) style.maxHeight = box.maxHeight;
  // Side paddings override paddingAll (RENDERING.md §1).
  const all = spaceCss(box.paddingAll);
  style.paddingTop = spaceCss(box.paddingTop) ?? all;
  style.paddingBottom = spaceCss(box.paddingBottom) ?? all;
  style.paddingInlineStart = spaceCss(box.paddingStart) ?? all;
  style.paddingInlineEnd = spaceCss(box.paddingEnd) ?? all;
  if (box.justifyContent !== undefined) style.justifyContent = box.justifyContent;
  if (box.alignItems !== undefined) style.alignItems = box.alignItems;
  return style;
}

export function Box({ box, placement }: { box: FlexBox; placement?: Placement }) {
  const spacing = spaceCss(box.spacing);
  return (
    <div data-flex="box" data-layout={box.layout} style={boxStyle(box, placement)}>
      {box.contents.map((child, index) => (
        <FlexComponentView
          // biome-ignore lint/suspicious/noArrayIndexKey: Flex contents have no ids; order is identity.
          key={index}
          node={child}
          placement={{ layout: box.layout, spacing, index }}
        />
      ))}
    </div>
  );
}
