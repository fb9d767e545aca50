import { type ReactNode, useEffect, useState } from "react";
import { ChatModeProvider } from "./chat-mode.js";
import { EventsPanel } from "./events-panel.js";

/** Beside the chat when the window has room for both, else below it. */
const WIDE_QUERY = "(min-width: 900px)";

function useWideWindow(): boolean {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(WIDE_QUERY);
    const onChange = () => setWide(query.matches);
    query.addEventListener("change", onChange);
    return () => query.removeEventListener("change", onChange);
  }, []);
  return wide;
}

/**
 * Chat mode around the chat: taps behave like the app, and the webhook events they would send
 * are listed beside (or below) the chat. The chat keeps the full width it is given.
 */
export function ChatModeLayout({
  children,
  resetOn,
  desktop = false,
}: {
  children: ReactNode;
  resetOn: unknown;
  /** The chat is LINE for PC's: uri actions prefer `altUri.desktop`. */
  desktop?: boolean;
}) {
  const wide = useWideWindow();
  return (
    <ChatModeProvider resetOn={resetOn} desktop={desktop}>
      <div
        data-chat-mode-layout={wide ? "beside" : "below"}
        style={{
          flex: 1,
          minHeight: 0,
          display: "flex",
          flexDirection: wide ? "row" : "column",
          gap: wide ? 16 : 0,
        }}
      >
        {children}
        <div
          style={
            wide
              ? { width: 360, flex: "none", display: "flex", flexDirection: "column" }
              : { maxHeight: "35vh", display: "flex", flexDirection: "column" }
          }
        >
          <EventsPanel />
        </div>
      </div>
    </ChatModeProvider>
  );
}
