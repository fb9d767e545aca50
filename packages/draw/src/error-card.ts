import { escapeHtml } from "./flex/markup.js";

/** The error card's look, as React style props (the React card) and as CSS (the markup card). */
export const CARD_STYLE = {
  background: "#fff4f4",
  color: "#8a1c1c",
  border: "1px solid #f0b4b4",
  borderRadius: 12,
  padding: "10px 12px",
  fontSize: 13,
  maxWidth: 300,
} as const;
/** CARD_STYLE as a style attribute (numbers are px, as React writes them). */
const CARD_CSS = Object.entries(CARD_STYLE)
  .map(
    ([property, value]) =>
      `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${typeof value === "number" ? `${value}px` : value}`,
  )
  .join(";");
export const HEADLINE = "Can't draw this message.";

/** The same card as markup, in place of a Flex component that cannot be drawn (flex/markup.ts). */
export function renderErrorMarkup(reason: string): string {
  return `<div data-render-error="" role="alert" style="${CARD_CSS}"><strong>${HEADLINE}</strong> ${escapeHtml(reason)}</div>`;
}
