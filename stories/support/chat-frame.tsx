import { validateAny } from "@flexkit/validators";
import { useMemo } from "react";
import { Chat } from "../../packages/simulator/src/app/chat.js";
import { ChatModeLayout } from "../../packages/simulator/src/app/chat-mode/layout.js";
import type { ChatTheme } from "../../packages/simulator/src/app/view-settings.js";
import { IssuesPanel } from "../../packages/simulator/src/app/workbench/issues-panel.js";
import { placeholderMedia } from "./placeholder-media.js";

/** iPhone (393), the simulator's most common device preset. */
export const CHAT_WIDTH_PX = 393;
const CHAT_HEIGHT_PX = 680;

function ignore(): void {}

/**
 * What the simulator's app shows for a payload, without the editor: the chat in chat mode (taps
 * behave like LINE and the webhook events they send are listed beside or below it) and, under
 * it, the validators' issues for the payload as given.
 */
export function ChatFrame({
  payload,
  theme = "light",
  fontScale = 1,
  showRichMenuAreas = false,
}: {
  /** Any LINE JSON the simulator takes: a message, a list of messages, a bare bubble or carousel. */
  payload: unknown;
  theme?: ChatTheme;
  fontScale?: number;
  /** Outline a rich menu's areas over its picture too, as the app's "Show rich menu areas". */
  showRichMenuAreas?: boolean;
}) {
  const issues = useMemo(() => validateAny(payload).issues, [payload]);
  const drawn = useMemo(() => placeholderMedia(payload), [payload]);
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 12 }}>
      <div style={{ height: CHAT_HEIGHT_PX, display: "flex", flexDirection: "column" }}>
        <ChatModeLayout resetOn={payload}>
          <div
            style={{
              flex: 1,
              minHeight: 0,
              width: "100%",
              maxWidth: CHAT_WIDTH_PX,
            }}
          >
            <Chat
              payload={drawn}
              theme={theme}
              fontScale={fontScale}
              showRichMenuAreas={showRichMenuAreas}
            />
          </div>
        </ChatModeLayout>
      </div>
      {/* The workbench's issues pane, on the workbench's dark background. */}
      <div
        style={{
          background: "#1f2329",
          color: "#e8eaed",
          fontFamily: "system-ui, sans-serif",
          fontSize: 12,
          borderRadius: 6,
          padding: 8,
        }}
      >
        <IssuesPanel issues={issues} valid onPick={ignore} onHover={ignore} />
      </div>
    </div>
  );
}
