import { actionLabel, isRecord, records, str, url } from "@flexkit/draw";
import { useActionClick } from "@flexkit/draw/react";

/** camera, cameraRoll and location get LINE's default icons when `imageUrl` is not set. */
const DEFAULT_ICONS: Record<string, string> = { camera: "📷", cameraRoll: "🖼️", location: "📍" };

function QuickReplyButton({ item }: { item: Record<string, unknown> }) {
  const action = item.action;
  const onClick = useActionClick(action, "quickReply");
  const type = isRecord(action) ? str(action.type) : undefined;
  const imageUrl = url(item.imageUrl);
  const icon =
    type !== undefined && Object.hasOwn(DEFAULT_ICONS, type) ? DEFAULT_ICONS[type] : undefined;
  return (
    <button
      type="button"
      data-quick-reply-item={type ?? ""}
      onClick={onClick}
      style={{
        flex: "none",
        display: "flex",
        alignItems: "center",
        gap: 6,
        height: 34,
        padding: "0 14px",
        borderRadius: 17,
        border: "1px solid #d9d9d9",
        background: "#ffffff",
        color: "#111111",
        fontSize: 14,
        fontFamily: "inherit",
        cursor: "pointer",
        whiteSpace: "nowrap",
      }}
    >
      {imageUrl !== undefined ? (
        <img
          data-quick-reply-icon=""
          src={imageUrl}
          alt=""
          style={{ width: 20, height: 20, borderRadius: "50%" }}
        />
      ) : icon !== undefined ? (
        <span data-quick-reply-icon="" aria-hidden>
          {icon}
        </span>
      ) : null}
      {actionLabel(action)}
    </button>
  );
}

/** LINE's quick reply: a scrollable row of rounded buttons above the input bar (RENDERING.md §3). */
export function QuickReplyBar({ quickReply }: { quickReply: unknown }) {
  const items = isRecord(quickReply) ? records(quickReply.items) : [];
  if (items.length === 0) return null;
  return (
    <div
      data-quick-reply=""
      style={{
        display: "flex",
        gap: 8,
        overflowX: "auto",
        padding: "8px 10px",
        background: "rgba(255,255,255,0.35)",
        flex: "none",
      }}
    >
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: quick reply items have no ids; order is identity.
        <QuickReplyButton key={index} item={item} />
      ))}
    </div>
  );
}
