import type { FlexSpan } from "@flexkit/validators";
import { SPAN_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { ROOT, sitsIn } from "../../placement.js";

export type SpanProps = Omit<FlexSpan, "type" | "text"> & {
  text?: string;
  /** The span's text; `<Span>bold</Span>` is `{ type: "span", text: "bold" }`. */
  children?: string | number | ReadonlyArray<string | number>;
};

export function buildSpan(props: Omit<SpanProps, "children">, text: string | undefined): FlexSpan {
  const span = lineObject<FlexSpan>("span", props, ["text"]);
  const value = text ?? props.text;
  if (value !== undefined) span.text = value;
  return span;
}

export const Span: Builtin<SpanProps, FlexSpan> = defineBuiltin<SpanProps, FlexSpan>({
  name: "Span",
  placement: sitsIn(
    ROOT | SPAN_SITS_IN,
    (parent) => `<Span> must be inside a <Text>; found in ${parent!.describe}`,
  ),
  render: (props, api) => buildSpan(props, api.text(props.children, "Span")),
});
