import type { FlexButton } from "@flexkit/validators";
import { type CSSProperties, useRef } from "react";
import { actionClick } from "../../app/chat-mode/action-context.js";
import { BUTTON_FONT_PX } from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { type Placement, placeChild } from "./layout.js";
import { useShrinkToFit } from "./shrink-to-fit.js";
import { buttonClass, FLEX_CLASS } from "./styles.js";

/** The action's label on a 52 px (md) or 40 px (sm) button in LINE's style colours (FLEX_CSS). */
export function Button({ button, placement }: { button: FlexButton; placement?: Placement }) {
  const kind = button.style ?? "link";
  const face: CSSProperties = {};
  // `color` is the text colour of a link button and the background of the other styles.
  if (button.color !== undefined) {
    if (kind === "link") face.color = button.color;
    else face.background = button.color;
  }
  if (button.scaling === true) face.fontSize = fontSizeCss(`${BUTTON_FONT_PX}px`, true);
  const onClick = actionClick(button.action, placement?.onAction);
  const label = button.action.label ?? "";
  const style: CSSProperties = {};
  const placed = placeChild(button, placement, style);
  return (
    <div
      key={placement?.index}
      data-flex="button"
      className={placed === "" ? FLEX_CLASS.button : `${FLEX_CLASS.button} ${placed}`}
      style={style}
    >
      <button
        type="button"
        data-style={kind}
        onClick={onClick}
        className={buttonClass(kind, button.height ?? "md")}
        style={face}
      >
        {button.adjustMode === "shrink-to-fit" ? (
          <ShrinkToFitLabel>{label}</ShrinkToFitLabel>
        ) : (
          <span>{label}</span>
        )}
      </button>
    </div>
  );
}

/** A label with `adjustMode: shrink-to-fit`; only these need a ref and an effect. */
function ShrinkToFitLabel({ children }: { children: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  useShrinkToFit(ref, true);
  return <span ref={ref}>{children}</span>;
}
