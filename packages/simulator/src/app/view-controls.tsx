import {
  type ChatTheme,
  DEVICE_PRESETS,
  type DeviceId,
  FONT_SCALES,
  type FontScaleId,
  type ViewSettings,
} from "./view-settings.js";

const labelStyle = { display: "flex", alignItems: "center", gap: 4 } as const;

/**
 * Where LINE documents nothing and the simulator had to pick (RENDERING.md §7), said where the
 * preview is: a user comparing with a phone should know which parts are a guess.
 */
export const UNDOCUMENTED_NOTES = [
  "Spaces in text: runs of spaces and leading spaces show as one space (or none) whether or not wrap is set, as in LINE's Flex Message Simulator; the phone apps may keep them.",
  "A box's borderWidth without a borderColor is drawn black (#000000).",
] as const;

/** Device, theme and font-size controls above the chat. */
export function ViewControls({
  value,
  onChange,
}: {
  value: ViewSettings;
  onChange: (next: ViewSettings) => void;
}) {
  return (
    <div
      data-view-controls=""
      style={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: 12,
        padding: "6px 10px",
        background: "#2b3038",
        color: "#e8eaed",
        fontFamily: "system-ui, sans-serif",
        fontSize: 12,
      }}
    >
      <label style={labelStyle}>
        Device
        <select
          data-control="device"
          value={value.device}
          onChange={(event) => onChange({ ...value, device: event.target.value as DeviceId })}
        >
          {DEVICE_PRESETS.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.label}
            </option>
          ))}
        </select>
      </label>
      <label style={labelStyle}>
        Theme
        <select
          data-control="theme"
          value={value.theme}
          onChange={(event) => onChange({ ...value, theme: event.target.value as ChatTheme })}
        >
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <label style={labelStyle}>
        Font size
        <select
          data-control="font-scale"
          value={value.fontScale}
          onChange={(event) => onChange({ ...value, fontScale: event.target.value as FontScaleId })}
        >
          {FONT_SCALES.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
      </label>
      <label style={labelStyle}>
        <input
          type="checkbox"
          data-control="rich-menu-areas"
          checked={value.richMenuAreas}
          onChange={(event) => onChange({ ...value, richMenuAreas: event.target.checked })}
        />
        Show rich menu areas
      </label>
      {value.theme === "dark" ? (
        <span data-dark-note="" style={{ opacity: 0.8 }}>
          Dark theme changes the chat only: LINE does not document whether it adapts Flex colours.
        </span>
      ) : null}
      <span style={{ opacity: 0.6 }}>
        Widths are approximate; phones differ by font and scaling.
      </span>
      <details data-undocumented-notes="">
        <summary style={{ cursor: "pointer", opacity: 0.8 }}>What LINE does not document</summary>
        <ul style={{ margin: "4px 0 0", paddingInlineStart: 18, maxWidth: 560 }}>
          {UNDOCUMENTED_NOTES.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
