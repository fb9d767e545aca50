import { formatDuration } from "../../messages/audio.js";
import { num, type Obj } from "../../messages/read.js";

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
