import type { FlexSeparator } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { type Placement, placeChild } from "./layout.js";
import { FLEX_CLASS } from "./styles.js";

/** A hairline (1 px at half scale): vertical in a horizontal box, horizontal in a vertical box. */
export function Separator({
  separator,
  placement,
}: {
  separator: FlexSeparator;
  placement?: Placement;
}) {
  const vertical = placement !== undefined && placement.layout !== "vertical";
  const style: CSSProperties = {};
  const placed = placeChild(separator, placement, style);
  // The default colour is the stylesheet's (SEPARATOR_COLOR).
  if (separator.color !== undefined) style.backgroundColor = separator.color;
  const line = vertical ? FLEX_CLASS.separatorRow : FLEX_CLASS.separatorColumn;
  return (
    <div
      data-flex="separator"
      className={placed === "" ? line : `${line} ${placed}`}
      style={style}
    />
  );
}
