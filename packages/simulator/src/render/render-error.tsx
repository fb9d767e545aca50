import { Component, type ReactNode } from "react";

/** What stands in place of a message that cannot be drawn: the rest of the chat keeps working. */
export function RenderErrorCard({ reason }: { reason: string }) {
  return (
    <div
      data-render-error=""
      role="alert"
      style={{
        background: "#fff4f4",
        color: "#8a1c1c",
        border: "1px solid #f0b4b4",
        borderRadius: 12,
        padding: "10px 12px",
        fontSize: 13,
        maxWidth: 300,
      }}
    >
      <strong>Can't draw this message.</strong> {reason}
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
