import { useState } from "react";
import { copyText } from "../copy-text.js";
import { Button } from "../ui/button.js";
import { Panel } from "../ui/panel.js";
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
    <li
      data-event={event.type}
      style={{ borderTop: "1px solid var(--fk-border)", padding: "8px 0" }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
        <span style={{ flex: 1, overflowWrap: "anywhere" }}>
          {index + 1}. {summary(event)}
        </span>
        <Button
          variant="ghost"
          data-copy-event=""
          onClick={() => void copyText(json).then(setCopied)}
        >
          {copied === undefined ? "Copy JSON" : copied ? "Copied" : "Copy failed"}
        </Button>
      </div>
      <pre data-event-json="" className="fk-pre fk-code">
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
    <Panel
      data-events-panel=""
      label="Webhook events"
      title={`Webhook events (${chat.events.length})`}
    >
      <p className="fk-muted" style={{ margin: "0 0 8px" }}>
        Chat mode: taps behave like the LINE app; these are the events your bot would receive.
      </p>
      <ol style={{ listStyle: "none", margin: 0, padding: 0 }}>
        {chat.events.map((event, index) => (
          <EventRow key={event.webhookEventId} event={event} index={index} />
        ))}
      </ol>
    </Panel>
  );
}
