import type { CSSProperties } from "react";
import { cssValue } from "../../flex/markup.js";
import {
  HAIRLINE,
  TEMPLATE_ACTION_ROW_PX,
  TEMPLATE_IMAGE_RATIO,
  TEMPLATE_LINK_COLOR,
} from "../../messages/message-pixels.js";
import { actionLabel, isRecord, type Obj, records, str, url } from "../../messages/read.js";
import { chatWidthCss } from "../../units.js";
import { RenderErrorCard } from "../error-card.js";
import { useActionClick } from "../taps.js";
import { WHITE_CARD } from "./white-card.js";

/**
 * Template messages (RENDERING.md §3): white cards of about the kilo bubble width.
 * https://developers.line.biz/en/reference/messaging-api/#template-messages
 */

const card: CSSProperties = {
  ...WHITE_CARD,
  flex: "none",
  display: "flex",
  flexDirection: "column",
  boxSizing: "border-box",
};

function ActionRow({ action, style }: { action: unknown; style?: CSSProperties }) {
  const onClick = useActionClick(action);
  return (
    <button
      type="button"
      data-template-action={isRecord(action) ? (str(action.type) ?? "") : ""}
      onClick={onClick}
      style={{
        height: TEMPLATE_ACTION_ROW_PX,
        width: "100%",
        border: "none",
        borderTop: HAIRLINE,
        background: "transparent",
        color: TEMPLATE_LINK_COLOR,
        fontSize: 15,
        fontFamily: "inherit",
        cursor: "pointer",
        whiteSpace: "nowrap",
        overflow: "hidden",
        textOverflow: "ellipsis",
        padding: "0 10px",
        ...style,
      }}
    >
      {actionLabel(action)}
    </button>
  );
}

interface ImageLook {
  url: string | undefined;
  aspectRatio: unknown;
  size: unknown;
  background: unknown;
}

/** rectangle is 1.51:1, square 1:1; cover fills and crops, contain letterboxes on the background. */
function TemplateImage({ url, aspectRatio, size, background }: ImageLook) {
  if (url === undefined) return null;
  const ratio =
    aspectRatio === "square" ? TEMPLATE_IMAGE_RATIO.square : TEMPLATE_IMAGE_RATIO.rectangle;
  return (
    <div
      data-template-image={aspectRatio === "square" ? "square" : "rectangle"}
      style={{
        width: "100%",
        aspectRatio: String(ratio),
        // A colour-only property, through the Flex renderer's CSS allowlist: the `background`
        // shorthand would take `url(…)` from a shared link's JSON and fetch it.
        backgroundColor: cssValue(background) ?? "#ffffff",
        flex: "none",
        // Without this the image's own size would override the aspect ratio.
        overflow: "hidden",
      }}
    >
      <img
        src={url}
        alt=""
        draggable={false}
        style={{
          width: "100%",
          height: "100%",
          display: "block",
          objectFit: size === "contain" ? "contain" : "cover",
        }}
      />
    </div>
  );
}

/** Image, bold title and text; a tap anywhere on them runs `defaultAction`. */
function CardBody({ column, look }: { column: Obj; look: Omit<ImageLook, "url" | "background"> }) {
  const onClick = useActionClick(column.defaultAction);
  const title = str(column.title);
  const content = (
    <>
      <TemplateImage
        url={url(column.thumbnailImageUrl)}
        background={column.imageBackgroundColor}
        {...look}
      />
      <div style={{ padding: "12px 14px", display: "flex", flexDirection: "column", gap: 4 }}>
        {title !== undefined ? (
          <div data-template-title="" style={{ fontWeight: 700, fontSize: 15 }}>
            {title}
          </div>
        ) : null}
        <div
          data-template-text=""
          style={{
            fontSize: 14,
            color: title !== undefined ? "#666666" : "#111111",
            whiteSpace: "pre-wrap",
            overflowWrap: "anywhere",
          }}
        >
          {str(column.text) ?? ""}
        </div>
      </div>
    </>
  );
  const style: CSSProperties = { flex: 1, display: "flex", flexDirection: "column" };
  if (onClick === undefined)
    return (
      <div data-template-body="" style={style}>
        {content}
      </div>
    );
  return (
    <button
      type="button"
      data-template-body=""
      onClick={onClick}
      style={{
        ...style,
        border: "none",
        padding: 0,
        margin: 0,
        background: "transparent",
        color: "inherit",
        font: "inherit",
        textAlign: "left",
        cursor: "pointer",
      }}
    >
      {content}
    </button>
  );
}

function ButtonsCard({
  column,
  look,
  type,
}: {
  column: Obj;
  look: Omit<ImageLook, "url" | "background">;
  type: "buttons" | "carousel-column";
}) {
  return (
    <div data-template={type} style={card}>
      <CardBody column={column} look={look} />
      {Array.isArray(column.actions)
        ? column.actions.map((action, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: actions have no ids; order is identity.
            <ActionRow key={index} action={action} />
          ))
        : null}
    </div>
  );
}

function ConfirmCard({ template }: { template: Obj }) {
  const actions = Array.isArray(template.actions) ? template.actions : [];
  return (
    <div data-template="confirm" style={card}>
      <div
        data-template-text=""
        style={{
          padding: "16px 14px",
          fontSize: 14,
          textAlign: "center",
          whiteSpace: "pre-wrap",
          overflowWrap: "anywhere",
        }}
      >
        {str(template.text) ?? ""}
      </div>
      <div style={{ display: "flex" }}>
        {actions.map((action, index) => (
          <ActionRow
            // biome-ignore lint/suspicious/noArrayIndexKey: actions have no ids; order is identity.
            key={index}
            action={action}
            style={{
              flex: 1,
              width: "auto",
              minWidth: 0,
              borderLeft: index > 0 ? HAIRLINE : "none",
            }}
          />
        ))}
      </div>
    </div>
  );
}

function ImageColumn({ column }: { column: Obj }) {
  const onClick = useActionClick(column.action);
  const label = actionLabel(column.action);
  return (
    <button
      type="button"
      data-template="image-carousel-column"
      onClick={onClick}
      style={{
        ...card,
        padding: 0,
        border: "none",
        aspectRatio: "1",
        position: "relative",
        cursor: "pointer",
        background: "#dde3ec",
      }}
    >
      <img
        src={url(column.imageUrl)}
        alt=""
        draggable={false}
        style={{ width: "100%", height: "100%", objectFit: "cover", display: "block" }}
      />
      {label !== "" ? (
        <span
          data-template-label=""
          style={{
            position: "absolute",
            left: 0,
            right: 0,
            bottom: 0,
            background: "rgba(0,0,0,0.55)",
            color: "#ffffff",
            fontSize: 14,
            padding: "8px 10px",
            whiteSpace: "nowrap",
            overflow: "hidden",
            textOverflow: "ellipsis",
          }}
        >
          {label}
        </span>
      ) : null}
    </button>
  );
}

/** Columns side by side, scrollable, all the height of the tallest (RENDERING.md §3). */
function Columns({ type, children }: { type: string; children: React.ReactNode }) {
  return (
    <div
      data-template={type}
      style={{
        display: "flex",
        alignItems: "stretch",
        gap: 9,
        overflowX: "auto",
        maxWidth: `calc(${chatWidthCss()} - 56px)`,
        paddingBottom: 2,
      }}
    >
      {children}
    </div>
  );
}

export function TemplateMessageView({ message }: { message: Obj }) {
  const template = message.template;
  if (!isRecord(template))
    return <RenderErrorCard reason="a template message needs a `template` object" />;
  const look = { aspectRatio: template.imageAspectRatio, size: template.imageSize };
  switch (template.type) {
    case "buttons":
      return <ButtonsCard column={template} look={look} type="buttons" />;
    case "confirm":
      return <ConfirmCard template={template} />;
    case "carousel":
      return (
        <Columns type="carousel">
          {records(template.columns).map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns have no ids; order is identity.
            <ButtonsCard key={index} column={column} look={look} type="carousel-column" />
          ))}
        </Columns>
      );
    case "image_carousel":
      return (
        <Columns type="image_carousel">
          {records(template.columns).map((column, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns have no ids; order is identity.
            <ImageColumn key={index} column={column} />
          ))}
        </Columns>
      );
    default:
      return (
        <RenderErrorCard
          reason={`templates of type ${JSON.stringify(template.type)} do not exist (buttons, confirm, carousel, image_carousel)`}
        />
      );
  }
}
