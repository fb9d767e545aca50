import type { FlexFiller } from "@flexkit/validators";
import { defineBuiltin, lineObject } from "../../component.js";
import { inAnyBox } from "../../placement.js";

/**
 * Deprecated by LINE (REF#filler) but still accepted; the validators warn. Rendered as written so
 * that old JSON round-trips.
 */
export type FillerProps = Omit<FlexFiller, "type"> & { children?: never };

export function buildFiller(props: Omit<FillerProps, "children">): FlexFiller {
  return lineObject<FlexFiller>("filler", props);
}

export const Filler = defineBuiltin<FillerProps, FlexFiller>({
  name: "Filler",
  placement: inAnyBox("Filler"),
  render: buildFiller,
});
