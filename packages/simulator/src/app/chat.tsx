import { MessageView, messagesOf } from "../render/message.js";
import { CHAT_FONT_STACK, CHAT_WALLPAPER } from "../render/pixels.js";
import { RenderErrorCard } from "../render/render-error.js";

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
export function Chat({ payload, error }: { payload: unknown; error?: string }) {
  const messages = error === undefined ? messagesOf(payload) : [];
  return (
    <div
      data-chat=""
      style={{
        display: "flex",
        flexDirection: "column",
        height: "100%",
        background: CHAT_WALLPAPER,
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
          background: "#ffffff",
          borderBottom: "1px solid #e5e5e5",
        }}
      >
        <span aria-hidden style={{ fontSize: 20, color: "#111111" }}>
          ‹
        </span>
        <strong style={{ fontSize: 16, color: "#111111" }}>{BOT_NAME}</strong>
      </header>
      <main
        data-chat-scroll=""
        style={{ flex: 1, overflowY: "auto", containerType: "inline-size", padding: "12px 0" }}
      >
        <div style={{ textAlign: "center", margin: "4px 0 12px" }}>
          <span
            style={{
              background: "rgba(0,0,0,0.18)",
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
                <span style={{ fontSize: 12, color: "#ffffff" }}>{BOT_NAME}</span>
              ) : null}
              <div style={{ display: "flex", alignItems: "flex-end", gap: 6 }}>
                <MessageView message={message} />
                <span style={{ fontSize: 10, color: "#ffffff", flex: "none" }}>{time()}</span>
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
          background: "#ffffff",
          borderTop: "1px solid #e5e5e5",
        }}
      >
        <span aria-hidden style={{ fontSize: 22, color: "#666666" }}>
          +
        </span>
        <div
          style={{
            flex: 1,
            background: "#f2f3f5",
            borderRadius: 18,
            padding: "8px 12px",
            color: "#999999",
            fontSize: 14,
          }}
        >
          Aa
        </div>
      </footer>
    </div>
  );
}
