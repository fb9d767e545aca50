/** `duration` is in milliseconds; LINE shows it as m:ss (RENDERING.md §3). */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return "0:00";
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
