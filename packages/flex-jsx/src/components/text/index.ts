import type { FlexSpan, FlexText } from "@flexkit/validators";
import { TEXT_SITS_IN } from "@flexkit/validators/flex-structure";
import { defineBuiltin, lineObject } from "../../component.js";
import { type FlexNode, Fragment, isElement } from "../../element.js";
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
  const visit = (node: FlexNode): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
    } else if (isElement(node) && node.type === Fragment) {
      visit((node.props as { children?: FlexNode }).children);
    } else if (typeof node === "string" || typeof node === "number") {
      pending = (pending ?? "") + String(node);
    } else if (node !== null && node !== undefined && typeof node !== "boolean") {
      if (pending !== undefined) out.push(Span({ children: pending }));
      pending = undefined;
      out.push(node);
    }
  };
  visit(children);
  if (pending !== undefined) out.push(Span({ children: pending }));
  return out;
}

const PARENT = { name: "Text", describe: "a <Text>" };

export const Text = defineBuiltin<TextProps>({
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
