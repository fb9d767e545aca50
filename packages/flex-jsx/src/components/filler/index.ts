import type { FlexFiller } from "@flexkit/validators";
import { FILLER_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { inAnyBox, ROOT, sitsIn } from "../../placement.js";

/**
 * Deprecated by LINE (REF#filler) but still accepted; the validators warn. Rendered as written so
 * that old JSON round-trips.
 */
export type FillerProps = Omit<FlexFiller, "type"> & { children?: never };

export function buildFiller(props: Omit<FillerProps, "children">): FlexFiller {
  return lineObject<FlexFiller>("filler", props);
}

export const Filler: Builtin<FillerProps, FlexFiller> = defineBuiltin<FillerProps, FlexFiller>({
  name: "Filler",
  placement: sitsIn(ROOT | FILLER_SITS_IN, inAnyBox("Filler")),
  render: buildFiller,
});
