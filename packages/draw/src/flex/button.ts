import type { FlexButton } from "@flexkit/validators";
import { BUTTON_COLORS, BUTTON_FONT_PX } from "../pixels.js";
import { fontSizeCss } from "../units.js";
import { crossAxis, type Placement, placeChild, withPlaced } from "./layout.js";
import {
  classAttribute,
  type Drawing,
  declaration,
  escapeHtml,
  styleAttribute,
  textContent,
} from "./markup.js";
import { buttonClass, FLEX_CLASS } from "./styles.js";

/** The action's label on a 52 px (md) or 40 px (sm) button in LINE's style colours (FLEX_CSS). */
export function buttonMarkup(
  button: FlexButton,
  placement: Placement | undefined,
  drawing: Drawing,
): string {
  const kind = button.style ?? "link";
  let face = "";
  // `color` is the text colour of a link button and the background colour of the other styles:
  // background-color, which takes a colour only (the `background` shorthand would take a
  // var() holding an image too).
  if (button.color !== undefined)
    face += declaration(kind === "link" ? "color" : "background-color", button.color);
  if (button.scaling === true)
    face += declaration("font-size", fontSizeCss(`${BUTTON_FONT_PX}px`, true));
  const path = placement?.path ?? "button";
  const action: unknown = button.action;
  const label = textContent(
    (action as { label?: unknown } | undefined)?.label,
    `${path}.action.label`,
  );
  const placed = placeChild(button, placement);
  let css = placed.css;
  // In a vertical box, gravity places the face in the height the box gives the button (a row
  // places the whole button on its cross axis instead: layout.ts).
  if (placement?.layout === "vertical" && button.gravity !== undefined)
    css += `align-items:${crossAxis(button.gravity)};`;
  const shrink = button.adjustMode === "shrink-to-fit";
  if (shrink) drawing.shrinks = true;
  const faceClasses = Object.hasOwn(BUTTON_COLORS, kind)
    ? buttonClass(kind, button.height === "sm" ? "sm" : "md")
    : FLEX_CLASS.buttonFace;
  // A <button> taps with Enter and Space by itself: it needs only the action.
  const tap = drawing.action(action);
  return `<div data-flex="button"${classAttribute(withPlaced(FLEX_CLASS.button, placed))}${styleAttribute(css)}><button type="button" data-style="${escapeHtml(String(kind))}"${tap}${classAttribute(faceClasses)}${styleAttribute(face)}><span${shrink ? " data-shrink-to-fit" : ""}>${label}</span></button></div>`;
}
