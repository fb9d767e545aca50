import { str } from "@flexkit/draw";
import { type CSSProperties, useState } from "react";
import { type ChatMode, useChatMode } from "./chat-mode.js";
import {
  inputType,
  isWithin,
  pickerMode,
  pickerParams,
  pickerValue,
  startValue,
} from "./datetime.js";

const sheetStyle: CSSProperties = {
  position: "absolute",
  left: 0,
  right: 0,
  bottom: 0,
  background: "#ffffff",
  borderRadius: "14px 14px 0 0",
  boxShadow: "0 -4px 16px rgba(0,0,0,0.2)",
  padding: "16px 16px 20px",
  display: "flex",
  flexDirection: "column",
  gap: 10,
  color: "#111111",
  fontSize: 14,
  zIndex: 10,
};

const sheetButton: CSSProperties = {
  border: "none",
  borderRadius: 8,
  padding: "10px 14px",
  fontSize: 15,
  fontFamily: "inherit",
  cursor: "pointer",
};

/** LINE's datetime picker: a real date/time input in the action's mode, bounded by min/max. */
function PickerSheet({ chat, action }: { chat: ChatMode; action: Record<string, unknown> }) {
  const mode = pickerMode(action.mode);
  const min = pickerValue(action.min, mode);
  const max = pickerValue(action.max, mode);
  const initial = pickerValue(action.initial, mode);
  const [value, setValue] = useState(() => startValue(mode, initial, min, max, new Date()));
  const valid = pickerValue(value, mode) !== undefined && isWithin(value, min, max);
  return (
    <div data-sheet="picker" role="dialog" aria-label="Date and time picker" style={sheetStyle}>
      <strong>
        {mode === "date" ? "Select date" : mode === "time" ? "Select time" : "Select date and time"}
      </strong>
      <input
        data-picker-input=""
        type={inputType(mode)}
        value={value}
        min={min}
        max={max}
        onChange={(event) => setValue(event.currentTarget.value)}
        style={{ fontSize: 18, padding: 8, fontFamily: "inherit" }}
      />
      {valid ? null : (
        <span data-picker-error="" style={{ color: "#c62828", fontSize: 13 }}>
          Choose a value{min !== undefined ? ` from ${min}` : ""}
          {max !== undefined ? ` up to ${max}` : ""}.
        </span>
      )}
      <div style={{ display: "flex", gap: 8, justifyContent: "flex-end" }}>
        <button
          type="button"
          style={{ ...sheetButton, background: "#eeeeee" }}
          onClick={chat.closeSheet}
        >
          Cancel
        </button>
        <button
          type="button"
          disabled={!valid}
          style={{
            ...sheetButton,
            background: "#06c755",
            color: "#ffffff",
            opacity: valid ? 1 : 0.4,
          }}
          onClick={() => chat.sendPostback(str(action.data) ?? "", pickerParams(mode, value))}
        >
          OK
        </button>
      </div>
    </div>
  );
}

function SheetView({ chat }: { chat: ChatMode }) {
  const sheet = chat.sheet;
  if (sheet === undefined) return null;
  if (sheet.kind === "picker") return <PickerSheet chat={chat} action={sheet.action} />;
  const [title, detail] =
    sheet.kind === "app"
      ? [sheet.title, sheet.detail]
      : sheet.verdict.kind === "show"
        ? [
            `LINE would open this ${sheet.verdict.scheme} link`,
            "The simulator shows it but does not follow it.",
          ]
        : [
            "This link is blocked",
            `Not opened: ${sheet.verdict.kind === "blocked" ? sheet.verdict.reason : ""}.`,
          ];
  return (
    <div data-sheet={sheet.kind} role="dialog" aria-label={title} style={sheetStyle}>
      <strong>{title}</strong>
      {sheet.kind === "uri" ? (
        <code data-sheet-uri="" style={{ overflowWrap: "anywhere", fontSize: 13 }}>
          {sheet.verdict.url}
        </code>
      ) : null}
      <span style={{ color: "#555555" }}>{detail}</span>
      <button
        type="button"
        style={{ ...sheetButton, background: "#eeeeee" }}
        onClick={chat.closeSheet}
      >
        Close
      </button>
    </div>
  );
}

/** Sheets, the voice recorder and the toast, drawn over the chat (which is `position: relative`). */
export function ChatOverlays() {
  const chat = useChatMode();
  if (chat === undefined) return null;
  return (
    <>
      <SheetView chat={chat} />
      {chat.voiceOpen ? (
        <div data-sheet="voice" role="dialog" aria-label="Voice input" style={sheetStyle}>
          <strong>🎤 Voice input is open</strong>
          <span style={{ color: "#555555" }}>
            The postback asked LINE to open the voice recorder (inputOption openVoice).
          </span>
          <button
            type="button"
            style={{ ...sheetButton, background: "#eeeeee" }}
            onClick={chat.closeVoice}
          >
            Close
          </button>
        </div>
      ) : null}
      {chat.toast !== undefined ? (
        <div
          data-toast=""
          role="status"
          style={{
            position: "absolute",
            left: "50%",
            bottom: 90,
            transform: "translateX(-50%)",
            background: "rgba(0,0,0,0.78)",
            color: "#ffffff",
            borderRadius: 16,
            padding: "8px 14px",
            fontSize: 13,
            maxWidth: "80%",
            overflowWrap: "anywhere",
            zIndex: 11,
          }}
        >
          {chat.toast}
        </div>
      ) : null}
    </>
  );
}
