import { useState } from "react";
import { copyText } from "../copy-text.js";
import { useChatMode } from "./chat-mode.js";
import type { WebhookEvent } from "./webhook-events.js";

function summary(event: WebhookEvent): string {
  if (event.type === "message") return `message · ${JSON.stringify(event.message.text)}`;
  const params = event.postback.params;
  return `postback · ${JSON.stringify(event.postback.data)}${params === undefined ? "" : ` · ${JSON.stringify(params)}`}`;
}

function EventRow({ event, index }: { event: WebhookEvent; index: number }) {
  const json = JSON.stringify(event, null, 2);
  const [copied, setCopied] = useState<boolean | undefined>();
  return (
    <li data-event={event.type} style={{ borderTop: "1px solid #e5e5e5", padding: "8px 0" }}>
      <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
        <span style={{ flex: 1, fontSize: 13, overflowWrap: "anywhere" }}>
          {index + 1}. {summary(event)}
        </span>
        <button
          type="button"
          data-copy-event=""
          onClick={() => void copyText(json).then(setCopied)}
          style={{ fontSize: 12, cursor: "pointer" }}
        >
          {copied === undefined ? "Copy JSON" : copied ? "Copied" : "Copy failed"}
        </button>
      </div>
      <pre
        data-event-json=""
        style={{
          margin: "6px 0 0",
          fontSize: 11,
          background: "#f6f8fa",
          padding: 8,
          overflowX: "auto",
        }}
      >
        {json}
      </pre>
    </li>
  );
}

/**
 * The webhook events the bot would receive for the taps so far, in order (RENDERING.md §4), each
 * copyable as JSON to replay against a bot.
 */
export function EventsPanel() {
  const chat = useChatMode();
  if (chat === undefined) return null;
  return (
    <section
      data-events-panel=""
      aria-label="Webhook events"
      style={{
        background: "#ffffff",
        padding: "12px 14px",
        fontFamily: "ui-sans-serif, system-ui, sans-serif",
        color: "#111111",
        minWidth: 0,
        overflowY: "auto",
      }}
    >
      <h2 style={{ fontSize: 15, margin: "0 0 4px" }}>Webhook events ({chat.events.length})</h2>
      <p style={{ fontSize: 12, color: "#666666", margin: "0 0 8px" }}>
        Chat mode: taps behave like the LINE app; these are the events your bot would receive.
      </p>
      <ol style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {chat.events.map((event, index) => (
          <EventRow key={event.webhookEventId} event={event} index={index} />
        ))}
      </ol>
    </section>
  );
}
