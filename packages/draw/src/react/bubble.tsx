import type { FlexBubble } from "@flexkit/validators";
import { useMemo } from "react";
import { bubbleMarkup } from "../flex/bubble.js";
import { drawn } from "../flex/draw.js";
import { MARKUP_HOLDER_STYLE, useFlexView } from "./flex-view.js";

/** A bubble on its own: its markup, in an element that is no box of its own. */
export function Bubble({
  bubble,
  stretch,
  path,
}: {
  bubble: FlexBubble;
  stretch?: boolean;
  path?: string;
}) {
  const current = useMemo(
    () => drawn((drawing) => bubbleMarkup(bubble, { stretch, path }, drawing)),
    [bubble, stretch, path],
  );
  const ref = useFlexView(current);
  return <div ref={ref} style={MARKUP_HOLDER_STYLE} />;
}
