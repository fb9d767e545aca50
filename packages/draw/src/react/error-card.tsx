import { Component, type CSSProperties, type ReactNode } from "react";
import { escapeHtml } from "./flex/markup.js";

const CARD_STYLE = {
  background: "#fff4f4",
  color: "#8a1c1c",
  border: "1px solid #f0b4b4",
  borderRadius: 12,
  padding: "10px 12px",
  fontSize: 13,
  maxWidth: 300,
} satisfies CSSProperties;
/** CARD_STYLE as a style attribute (numbers are px, as React writes them). */
const CARD_CSS = Object.entries(CARD_STYLE)
  .map(
    ([property, value]) =>
      `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${typeof value === "number" ? `${value}px` : value}`,
  )
  .join(";");
const HEADLINE = "Can't draw this message.";

/** What stands in place of a message that cannot be drawn: the rest of the chat keeps working. */
export function RenderErrorCard({ reason }: { reason: string }) {
  return (
    <div data-render-error="" role="alert" style={CARD_STYLE}>
      <strong>{HEADLINE}</strong> {reason}
    </div>
  );
}

/** The same card as markup, in place of a Flex component that cannot be drawn (flex/markup.ts). */
export function renderErrorMarkup(reason: string): string {
  return `<div data-render-error="" role="alert" style="${CARD_CSS}"><strong>${HEADLINE}</strong> ${escapeHtml(reason)}</div>`;
}

export class RenderBoundary extends Component<
  { children: ReactNode },
  { error: string | undefined }
> {
  override state: { error: string | undefined } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  override render() {
    return this.state.error === undefined ? (
      this.props.children
    ) : (
      <RenderErrorCard reason={this.state.error} />
    );
  }
}
