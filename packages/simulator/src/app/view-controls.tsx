import { Select } from "./ui/select.js";
import { Toggle } from "./ui/toggle.js";
import {
  type ChatTheme,
  DEVICE_PRESETS,
  type DeviceId,
  FONT_SCALES,
  type FontScaleId,
  type ViewSettings,
} from "./view-settings.js";

/**
 * Where LINE documents nothing and the simulator had to pick (RENDERING.md §7), said where the
 * preview is: a user comparing with a phone should know which parts are a guess.
 */
export const UNDOCUMENTED_NOTES = [
  "Spaces in text: runs of spaces and leading spaces show as one space (or none) whether or not wrap is set, as in LINE's Flex Message Simulator; the phone apps may keep them.",
  "A box's borderWidth without a borderColor is drawn black (#000000).",
] as const;

/** The chat's own view controls in the header: device, LINE's chat theme, font size. */
export function ViewControls({
  value,
  onChange,
}: {
  value: ViewSettings;
  onChange: (next: ViewSettings) => void;
}) {
  return (
    <div data-view-controls="" className="fk-view-controls">
      <Select
        label="Device"
        data-control="device"
        title="Widths are approximate; phones differ by font and scaling."
        value={value.device}
        onChange={(event) => onChange({ ...value, device: event.target.value as DeviceId })}
      >
        {DEVICE_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.label}
          </option>
        ))}
      </Select>
      <Select
        label="Chat theme"
        data-control="theme"
        title="LINE's chat theme: changes the chat only"
        value={value.theme}
        onChange={(event) => onChange({ ...value, theme: event.target.value as ChatTheme })}
      >
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </Select>
      <Select
        label="Font size"
        data-control="font-scale"
        value={value.fontScale}
        onChange={(event) => onChange({ ...value, fontScale: event.target.value as FontScaleId })}
      >
        {FONT_SCALES.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
          </option>
        ))}
      </Select>
      <Toggle
        label="Rich menu areas"
        data-control="rich-menu-areas"
        checked={value.richMenuAreas}
        onChange={(event) => onChange({ ...value, richMenuAreas: event.target.checked })}
      />
    </div>
  );
}

/** Where LINE documents nothing and the simulator had to pick, folded, over the chat. */
export function UndocumentedNotes() {
  return (
    <details data-undocumented-notes="" className="fk-notes">
      <summary>What LINE does not document</summary>
      <div className="fk-notes-body">
        <p>Widths are approximate; phones differ by font and scaling.</p>
        <ul>
          {UNDOCUMENTED_NOTES.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}

/** Said over the chat while LINE's dark chat theme is on. */
export function DarkThemeNote() {
  return (
    <div data-dark-note="" className="fk-callout" data-tone="info">
      Dark theme changes the chat only: LINE does not document whether it adapts Flex colours.
    </div>
  );
}
