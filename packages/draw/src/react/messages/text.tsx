import { MESSAGE_MAX_WIDTH_CSS, TEXT_BUBBLE } from "../../messages/message-pixels.js";
import type { Obj } from "../../messages/read.js";
import { type Segment, textSegments, textV2Segments } from "../../messages/text-segments.js";

/**
 * A LINE emoji. Its art is served from LINE's CDN by product and emoji ID; the simulator draws
 * an offline chip naming them instead, so nothing is fetched from LINE.
 */
function EmojiChip({ productId, emojiId }: { productId: string; emojiId: string }) {
  return (
    <span
      data-emoji=""
      data-product-id={productId}
      data-emoji-id={emojiId}
      title={`LINE emoji ${productId}/${emojiId}`}
      style={{
        display: "inline-grid",
        placeItems: "center",
        width: "1.3em",
        height: "1.3em",
        margin: "0 1px",
        verticalAlign: "-0.25em",
        borderRadius: 6,
        background: "#fff3c4",
        fontSize: "0.9em",
      }}
    >
      ☺
    </span>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  if (segment.kind === "text") return segment.text;
  if (segment.kind === "emoji") return <EmojiChip {...segment} />;
  return (
    <span
      data-mention={segment.userId ?? "all"}
      title={segment.userId}
      style={{ color: "#2a73d1", fontWeight: 600 }}
    >
      @{segment.name}
    </span>
  );
}

/** LINE's white speech bubble; long text wraps and keeps its line breaks. */
function TextBubble({ type, segments }: { type: string; segments: Segment[] }) {
  return (
    <div
      data-message={type}
      style={{
        background: TEXT_BUBBLE.background,
        borderRadius: TEXT_BUBBLE.radius,
        padding: `${TEXT_BUBBLE.paddingY}px ${TEXT_BUBBLE.paddingX}px`,
        maxWidth: MESSAGE_MAX_WIDTH_CSS,
        boxSizing: "border-box",
        whiteSpace: "pre-wrap",
        overflowWrap: "anywhere",
        fontSize: TEXT_BUBBLE.fontPx,
        lineHeight: 1.4,
        color: TEXT_BUBBLE.color,
      }}
    >
      {segments.map((segment, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional.
        <SegmentView key={index} segment={segment} />
      ))}
    </div>
  );
}

export function TextMessageView({ message, text }: { message: Obj; text: string }) {
  return <TextBubble type="text" segments={textSegments(text, message.emojis)} />;
}

export function TextV2MessageView({ message, text }: { message: Obj; text: string }) {
  return <TextBubble type="textV2" segments={textV2Segments(text, message.substitution)} />;
}
