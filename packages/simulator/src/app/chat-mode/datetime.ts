/**
 * The datetimepicker action in an HTML input: LINE's formats are the input's own value formats
 * (date `2017-12-25`, time `00:00`, datetime `2017-12-25T00:00`), except that LINE also accepts a
 * lowercase `t` in datetimes. https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action
 */
export type PickerMode = "date" | "time" | "datetime";

export function pickerMode(mode: unknown): PickerMode {
  return mode === "time" || mode === "datetime" ? mode : "date";
}

export function inputType(mode: PickerMode): "date" | "time" | "datetime-local" {
  return mode === "datetime" ? "datetime-local" : mode;
}

const FORMATS: Record<PickerMode, RegExp> = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^\d{2}:\d{2}$/,
  datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/,
};

/** A LINE value as the input's value, or undefined when it is not in the mode's format. */
export function pickerValue(value: unknown, mode: PickerMode): string | undefined {
  if (typeof value !== "string") return undefined;
  const normal = mode === "datetime" ? value.replace("t", "T") : value;
  return FORMATS[mode].test(normal) ? normal : undefined;
}

/** Same-format values compare as strings: the formats are fixed-width and most significant first. */
export function isWithin(value: string, min: string | undefined, max: string | undefined): boolean {
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** Where the picker starts: `initial`, else now, moved inside min/max. */
export function startValue(
  mode: PickerMode,
  initial: string | undefined,
  min: string | undefined,
  max: string | undefined,
  now: Date,
): string {
  let value = initial ?? nowValue(mode, now);
  if (min !== undefined && value < min) value = min;
  if (max !== undefined && value > max) value = max;
  return value;
}

function nowValue(mode: PickerMode, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}:${pad(now.getMinutes())}`;
  return mode === "date" ? date : mode === "time" ? time : `${date}T${time}`;
}

/** The webhook's `postback.params`: `{date}`, `{time}` or `{datetime}`. */
export function pickerParams(mode: PickerMode, value: string): Record<string, string> {
  return { [mode]: value };
}
