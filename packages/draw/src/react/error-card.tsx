import { Component, type ReactNode } from "react";
import { CARD_STYLE, HEADLINE } from "../error-card.js";

/** What stands in place of a message that cannot be drawn: the rest of the chat keeps working. */
export function RenderErrorCard({ reason }: { reason: string }) {
  return (
    <div data-render-error="" role="alert" style={CARD_STYLE}>
      <strong>{HEADLINE}</strong> {reason}
    </div>
  );
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
