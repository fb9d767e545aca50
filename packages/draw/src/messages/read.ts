/**
 * Defensive reads: the views draw whatever they are given, valid or not (the validators report
 * what is wrong), so every field is checked before it is used.
 */
export type Obj = Record<string, unknown>;

export function isRecord(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

export function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

export function records(value: unknown): Obj[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The label a tappable action shows; LINE draws nothing for a missing one. */
export function actionLabel(action: unknown): string {
  return isRecord(action) ? (str(action.label) ?? "") : "";
}

/** A URL to load, or undefined: an empty `src` would make the browser fetch the page itself. */
export function url(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
