import { num, type Obj } from "./read.js";

/** `duration` is in milliseconds; LINE shows it as m:ss (RENDERING.md §3). */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || ms < 0) return "0:00";
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

/** A white pill with a play icon and the duration. */
export function AudioMessageView({ message }: { message: Obj }) {
  return (
    <div
      data-message="audio"
      style={{
        display: "flex",
        alignItems: "center",
        gap: 10,
        background: "#ffffff",
        borderRadius: 20,
        padding: "8px 16px 8px 8px",
        color: "#111111",
        fontSize: 14,
      }}
    >
      <span
        aria-hidden
        style={{
          width: 28,
          height: 28,
          borderRadius: "50%",
          background: "#06c755",
          color: "#ffffff",
          display: "grid",
          placeItems: "center",
          fontSize: 12,
        }}
      >
        ▶
      </span>
      <span data-duration="">{formatDuration(num(message.duration))}</span>
    </div>
  );
}
