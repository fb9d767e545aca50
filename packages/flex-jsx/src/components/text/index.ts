import type { FlexSpan, FlexText } from "@flexkit/validators";
import { TEXT_SITS_IN } from "@flexkit/validators/flex-structure";
import { type Builtin, defineBuiltin, lineObject } from "../../component.js";
import { type FlexNode, flatten, isElement } from "../../element.js";
import { inAnyBox, ROOT, sitsIn } from "../../placement.js";
import { Span } from "../span/index.js";

export type TextProps = Omit<FlexText, "type" | "text" | "contents"> & {
  text?: string;
  contents?: FlexSpan[];
  /** Strings become `text`; `<Span>` children become `contents` (strings between them, spans). */
  children?: FlexNode;
};

export function buildText(
  props: Omit<TextProps, "children">,
  text: string | undefined,
  contents: FlexSpan[] | undefined,
): FlexText {
  const out = lineObject<FlexText>("text", props, ["text", "contents"]);
  const finalText = text ?? props.text;
  const finalContents = contents ?? props.contents;
  if (finalText !== undefined) out.text = finalText;
  if (finalContents !== undefined) out.contents = finalContents;
  return out;
}

function hasElements(children: FlexNode): boolean {
  if (Array.isArray(children)) return children.some(hasElements);
  return isElement(children);
}

/**
 * Strings between spans become spans of their own, so no text is lost. Neighbouring strings join
 * into one span: formatters split `a <Span>` into `a{" "}<Span>`, which must not add a span.
 */
function spansOf(children: FlexNode): FlexNode[] {
  const out: FlexNode[] = [];
  let pending: string | undefined;
  for (const node of flatten(children, [])) {
    if (typeof node === "string" || typeof node === "number") {
      pending = (pending ?? "") + String(node);
    } else {
      if (pending !== undefined) out.push(Span({ children: pending }));
      pending = undefined;
      out.push(node as FlexNode);
    }
  }
  if (pending !== undefined) out.push(Span({ children: pending }));
  return out;
}

const PARENT = { name: "Text", describe: "a <Text>" };

export const Text: Builtin<TextProps, FlexText> = defineBuiltin<TextProps, FlexText>({
  name: "Text",
  placement: sitsIn(ROOT | TEXT_SITS_IN, inAnyBox("Text")),
  render(props, api) {
    // Text without elements (one string, the common case) is its own text; spans are elements.
    if (!hasElements(props.children))
      return buildText(props, api.text(props.children, "Text"), undefined);
    const spans = api.list(spansOf(props.children), PARENT, "contents");
    return buildText(props, undefined, spans as FlexSpan[]);
  },
});
