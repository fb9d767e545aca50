import type { FlexSeparator } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { SEPARATOR_COLOR } from "../pixels.js";
import { childStyle, type Placement } from "./layout.js";

/** A hairline (1 px at half scale): vertical in a horizontal box, horizontal in a vertical box. */
export function Separator({
  separator,
  placement,
}: {
  separator: FlexSeparator;
  placement?: Placement;
}) {
  const vertical = placement !== undefined && placement.layout !== "vertical";
  const style: CSSProperties = {
    ...childStyle(separator, placement),
    backgroundColor: separator.color ?? SEPARATOR_COLOR,
    alignSelf: "stretch",
    ...(vertical ? { width: 0.5, minWidth: 0.5 } : { height: 0.5, minHeight: 0.5 }),
  };
  return <div data-flex="separator" style={style} />;
}
