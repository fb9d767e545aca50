import { num, type Obj, str } from "../../messages/read.js";
import { WHITE_CARD } from "./white-card.js";

/** A map-coloured card with a pin, then the title and address (RENDERING.md §3). No map is fetched. */
export function LocationMessageView({ message }: { message: Obj }) {
  const lat = num(message.latitude);
  const lng = num(message.longitude);
  return (
    <div data-message="location" style={WHITE_CARD}>
      <div
        data-map=""
        title={lat !== undefined && lng !== undefined ? `${lat}, ${lng}` : undefined}
        style={{
          height: 110,
          display: "grid",
          placeItems: "center",
          fontSize: 30,
          background:
            "repeating-linear-gradient(45deg, #e3efd9 0 14px, #d4e6c6 14px 16px), #e3efd9",
        }}
      >
        <span aria-hidden>📍</span>
      </div>
      <div style={{ padding: "8px 12px 10px" }}>
        <div data-location-title="" style={{ fontWeight: 700, fontSize: 15 }}>
          {str(message.title) ?? ""}
        </div>
        <div data-location-address="" style={{ fontSize: 13, color: "#666666", marginTop: 2 }}>
          {str(message.address) ?? ""}
        </div>
      </div>
    </div>
  );
}
