import type { FlexFiller } from "@flexkit/validators";
import { childStyle, type Placement } from "./layout.js";

/** Deprecated empty space that grows by its `flex` and ignores the parent's spacing. */
export function Filler({ filler, placement }: { filler: FlexFiller; placement?: Placement }) {
  return <div data-flex="filler" style={childStyle(filler, placement)} />;
}
