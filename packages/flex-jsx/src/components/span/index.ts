import type { FlexSpan } from "@flexkit/validators";
import { SPAN_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, textObject } from "../../component.js";
import { ROOT, sitsIn } from "../../placement.js";

export type SpanProps = Omit<FlexSpan, "type" | "text"> & {
  text?: string;
  /** The span's text; `<Span>bold</Span>` is `{ type: "span", text: "bold" }`. */
  children?: string | number | ReadonlyArray<string | number>;
};

export function buildSpan(props: Omit<SpanProps, "children">, text: string | undefined): FlexSpan {
  return textObject<FlexSpan>("span", props, text);
}

export const Span: Builtin<SpanProps, FlexSpan> = defineBuiltin<SpanProps, FlexSpan>({
  name: "Span",
  placement: sitsIn(
    ROOT | SPAN_SITS_IN,
    (parent) => `<Span> must be inside a <Text>; found in ${parent!.describe}`,
  ),
  render: (props, api) => buildSpan(props, api.text(props.children, "Span")),
});
