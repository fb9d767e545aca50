/**
 * How the chat is shown: device width, chat theme and the user's font size (RENDERING.md §5).
 * Widths are approximate (phones differ by OS font and scaling); the bubble width follows the
 * 80 % rule inside whatever width is chosen.
 */
export const DEVICE_PRESETS = [
  { id: "fit", label: "Fit window", width: undefined },
  { id: "android-360", label: "Android (360)", width: 360 },
  { id: "iphone-mini", label: "iPhone mini (375)", width: 375 },
  { id: "iphone", label: "iPhone (393)", width: 393 },
  { id: "iphone-pro-max", label: "iPhone Pro Max (430)", width: 430 },
  // LINE for PC's chat column is resizable; 560 px is a typical default window's column.
  { id: "line-pc", label: "LINE for PC (560)", width: 560 },
] as const;

export type DeviceId = (typeof DEVICE_PRESETS)[number]["id"];

/**
 * LINE's font-size setting, applied to components with `scaling: true`. LINE does not publish the
 * factors; these follow the steps of the app's small / normal / large / extra large setting.
 */
export const FONT_SCALES = [
  { id: "small", label: "Small", scale: 0.85 },
  { id: "normal", label: "Normal", scale: 1 },
  { id: "large", label: "Large", scale: 1.2 },
  { id: "extra-large", label: "Extra large", scale: 1.4 },
] as const;

export type FontScaleId = (typeof FONT_SCALES)[number]["id"];

export type ChatTheme = "light" | "dark";

/** LINE's chat chrome per theme; Flex content keeps its own colours in both. */
export const CHAT_THEMES = {
  light: {
    wallpaper: "#849ebf",
    bar: "#ffffff",
    barText: "#111111",
    barBorder: "#e5e5e5",
    field: "#f2f3f5",
    fieldText: "#999999",
    meta: "#ffffff",
    chip: "rgba(0, 0, 0, 0.18)",
  },
  dark: {
    wallpaper: "#1d2127",
    bar: "#111317",
    barText: "#f0f0f0",
    barBorder: "#2a2d33",
    field: "#24272d",
    fieldText: "#8b9098",
    meta: "#a6abb3",
    chip: "rgba(255, 255, 255, 0.12)",
  },
} as const satisfies Record<ChatTheme, Record<string, string>>;

export interface ViewSettings {
  device: DeviceId;
  theme: ChatTheme;
  fontScale: FontScaleId;
  /** Outline and caption a rich menu's areas over its picture too (RENDERING.md §6). */
  richMenuAreas: boolean;
}

export const DEFAULT_VIEW_SETTINGS: ViewSettings = {
  device: "fit",
  theme: "light",
  fontScale: "normal",
  richMenuAreas: false,
};

export function deviceWidth(device: DeviceId): number | undefined {
  return DEVICE_PRESETS.find((preset) => preset.id === device)?.width;
}

export function fontScaleOf(id: FontScaleId): number {
  return FONT_SCALES.find((entry) => entry.id === id)?.scale ?? 1;
}
