import { MessageView, messagesOf } from "../render/message.js";
import { CHAT_FONT_STACK, CHAT_WALLPAPER } from "../render/pixels.js";
import { RenderErrorCard } from "../render/render-error.js";
import { FONT_SCALE_VAR } from "../render/units.js";
import { CHAT_THEMES, type ChatTheme } from "./view-settings.js";

const BOT_NAME = "flexkit bot";

function Avatar() {
  return (
    <div
      aria-hidden
      style={{
        width: 36,
        height: 36,
        borderRadius: "50%",
        background: "#ffffff",
        flex: "none",
        display: "grid",
        placeItems: "center",
        color: "#06c755",
        fontWeight: 700,
        fontSize: 15,
      }}
    >
      f
    </div>
  );
}

function time(): string {
  return new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** LINE's chat around the messages: top bar, wallpaper, avatar and name, timestamps, input bar. */
export function Chat({
  payload,
  error,
  theme = "light",
  fontScale = 1,
}: {
  payload: unknown;
  error?: string;
  /** The chat chrome's theme; Flex content keeps its own colours (RENDERING.md §5). */
  theme?: ChatTheme;
  /** The user's font-size setting, followed by components with `scaling: true`. */
  fontScale?: number;
}) {
  const messages = error === undefined ? messagesOf(payload) : [];
  const colors = CHAT_THEMES[theme];
  return (
    <div
      data-chat=""
      data-theme={theme}
      style={{
        [FONT_SCALE_VAR as string]: String(fontScale),
        display: "flex",
        flexDirection: "column",
        height: "100%",
        background: theme === "light" ? CHAT_WALLPAPER : colors.wallpaper,
        fontFamily: CHAT_FONT_STACK,
        fontSize: 16,
      }}
    >
      <header
        style={{
          display: "flex",
          alignItems: "center",
          gap: 12,
          padding: "10px 14px",
          background: colors.bar,
          borderBottom: `1px solid ${colors.barBorder}`,
        }}
      >
        <span aria-hidden style={{ fontSize: 20, color: colors.barText }}>
          ‹
        </span>
        <strong style={{ fontSize: 16, color: colors.barText }}>{BOT_NAME}</strong>
      </header>
      <main
        data-chat-scroll=""
        style={{ flex: 1, overflowY: "auto", containerType: "inline-size", padding: "12px 0" }}
      >
        <div style={{ textAlign: "center", margin: "4px 0 12px" }}>
          <span
            style={{
              background: colors.chip,
              color: "#ffffff",
              borderRadius: 10,
              padding: "2px 10px",
              fontSize: 12,
            }}
          >
            Today
          </span>
        </div>
        {error !== undefined ? (
          <div style={{ padding: "0 10px" }}>
            <RenderErrorCard reason={error} />
          </div>
        ) : null}
        {messages.map((message, index) => (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: messages are shown in the order given.
            key={index}
            data-message-row=""
            style={{
              display: "flex",
              gap: 8,
              padding: "0 10px",
              marginBottom: 10,
              alignItems: "flex-start",
            }}
          >
            {index === 0 ? <Avatar /> : <div style={{ width: 36, flex: "none" }} />}
            <div style={{ display: "flex", flexDirection: "column", gap: 4, minWidth: 0 }}>
              {index === 0 ? (
                <span style={{ fontSize: 12, color: colors.meta }}>{BOT_NAME}</span>
              ) : null}
              <div style={{ display: "flex", alignItems: "flex-end", gap: 6 }}>
                <MessageView message={message} />
                <span style={{ fontSize: 10, color: colors.meta, flex: "none" }}>{time()}</span>
              </div>
            </div>
          </div>
        ))}
      </main>
      <footer
        style={{
          display: "flex",
          alignItems: "center",
          gap: 10,
          padding: "8px 12px",
          background: colors.bar,
          borderTop: `1px solid ${colors.barBorder}`,
        }}
      >
        <span aria-hidden style={{ fontSize: 22, color: colors.fieldText }}>
          +
        </span>
        <div
          style={{
            flex: 1,
            background: colors.field,
            borderRadius: 18,
            padding: "8px 12px",
            color: colors.fieldText,
            fontSize: 14,
          }}
        >
          Aa
        </div>
      </footer>
    </div>
  );
}
