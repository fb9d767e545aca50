import { LIMITS } from "../limits.js";
import type { Emit, Path } from "../walk.js";

export function checkLocation(message: Record<string, unknown>, path: Path, emit: Emit): void {
  // Not documented (RULES.md §3.7), so only a warning.
  const bounds = [
    ["latitude", LIMITS.latitudeMax],
    ["longitude", LIMITS.longitudeMax],
  ] as const;
  for (const [key, limit] of bounds) {
    const value = message[key];
    if (typeof value === "number" && (value < -limit.value || value > limit.value)) {
      emit(
        "warning",
        [...path, key],
        `expected a ${key} between -${limit.value} and ${limit.value}, got ${value}`,
        limit.rule,
      );
    }
  }
}
