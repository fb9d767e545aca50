import type { FlexFiller } from "@flexkit/validators";
import type { CSSProperties } from "react";
import { type Placement, placeChild } from "./layout.js";

/** Deprecated empty space that grows by its `flex` and ignores the parent's spacing. */
export function Filler({ filler, placement }: { filler: FlexFiller; placement?: Placement }) {
  const style: CSSProperties = {};
  const className = placeChild(filler, placement, style);
  return (
    <div
      key={placement?.index}
      data-flex="filler"
      className={className === "" ? undefined : className}
      style={style}
    />
  );
}
