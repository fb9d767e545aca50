import type { FlexIcon } from "@flexkit/validators";
import { aspectRatioOf, fontSizeCss } from "../units.js";
import { childStyle, type Placement } from "./layout.js";

/**
 * An icon is 1em high at its size (2:1 → 2em wide), never grows, and sits on the text baseline
 * of its baseline box (RENDERING.md §2).
 */
export function Icon({ icon, placement }: { icon: FlexIcon; placement?: Placement }) {
  const { w, h } = aspectRatioOf(icon.aspectRatio);
  return (
    <span
      data-flex="icon"
      style={{
        ...childStyle(icon, placement),
        fontSize: fontSizeCss(icon.size ?? "md", icon.scaling === true),
        display: "inline-block",
        lineHeight: 1,
      }}
    >
      <img
        src={icon.url}
        alt=""
        draggable={false}
        style={{
          height: "1em",
          width: `${w / h}em`,
          verticalAlign: "baseline",
          display: "inline-block",
        }}
      />
    </span>
  );
}
