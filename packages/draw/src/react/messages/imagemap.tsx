import { useLayoutEffect, useRef, useState } from "react";
import { imagemapImageUrl } from "../../messages/imagemap-size.js";
import {
  IMAGEMAP_BASE_WIDTH,
  IMAGEMAP_WIDTH_CSS,
  IMAGEMAP_WIDTH_PX,
  MESSAGE_CARD_RADIUS_PX,
} from "../../messages/message-pixels.js";
import { isRecord, num, type Obj, records, str, url } from "../../messages/read.js";
import { useActionClick } from "../taps.js";

type Area = { x: number; y: number; width: number; height: number };

function areaOf(value: unknown): Area | undefined {
  if (!isRecord(value)) return undefined;
  const [x, y, width, height] = [value.x, value.y, value.width, value.height].map(num);
  if (x === undefined || y === undefined || width === undefined || height === undefined)
    return undefined;
  return { x, y, width, height };
}

/**
 * Areas are given on the 1040-wide base image, so as shares of the base size they scale by
 * drawn width / 1040 in both directions (RENDERING.md §3).
 */
function placeArea(area: Area, baseHeight: number) {
  return {
    position: "absolute",
    left: `${(area.x / IMAGEMAP_BASE_WIDTH) * 100}%`,
    top: `${(area.y / baseHeight) * 100}%`,
    width: `${(area.width / IMAGEMAP_BASE_WIDTH) * 100}%`,
    height: `${(area.height / baseHeight) * 100}%`,
  } as const;
}

function ImagemapArea({ action, baseHeight }: { action: Obj; baseHeight: number }) {
  const onClick = useActionClick(action);
  const area = areaOf(action.area);
  if (area === undefined) return null;
  const label = str(action.label);
  return (
    <button
      type="button"
      data-imagemap-area={str(action.type) ?? ""}
      aria-label={label ?? str(action.type) ?? "area"}
      title={label}
      onClick={onClick}
      style={{
        ...placeArea(area, baseHeight),
        border: "none",
        padding: 0,
        margin: 0,
        background: "transparent",
        cursor: "pointer",
      }}
    />
  );
}

function ImagemapVideo({ video, baseHeight }: { video: Obj; baseHeight: number }) {
  const [ended, setEnded] = useState(false);
  const area = areaOf(video.area);
  const link = isRecord(video.externalLink) ? video.externalLink : undefined;
  const onLink = useActionClick(
    link === undefined ? undefined : { type: "uri", uri: link.linkUri, label: link.label },
  );
  if (area === undefined) return null;
  return (
    <div data-imagemap-video="" style={{ ...placeArea(area, baseHeight), background: "#000000" }}>
      <video
        src={url(video.originalContentUrl)}
        poster={url(video.previewImageUrl)}
        controls
        muted
        playsInline
        onEnded={() => setEnded(true)}
        style={{ width: "100%", height: "100%", objectFit: "contain", display: "block" }}
      />
      {ended && link !== undefined ? (
        <button
          type="button"
          data-external-link=""
          onClick={onLink}
          style={{
            position: "absolute",
            inset: 0,
            margin: "auto",
            height: 36,
            width: "fit-content",
            padding: "0 16px",
            borderRadius: 18,
            border: "none",
            background: "rgba(255,255,255,0.92)",
            color: "#111111",
            cursor: "pointer",
          }}
        >
          {str(link.label) ?? ""} ›
        </button>
      ) : null}
    </div>
  );
}

/**
 * An imagemap: the base image at the chat's message width, fetched as `{baseUrl}/{width}` for the
 * drawn width at the device pixel ratio, with its tap areas (outlined on hover) and the optional
 * video in its area (RENDERING.md §3). https://developers.line.biz/en/reference/messaging-api/#imagemap-message
 */
export function ImagemapMessageView({ message }: { message: Obj }) {
  const ref = useRef<HTMLDivElement>(null);
  const [drawnWidth, setDrawnWidth] = useState<number>(IMAGEMAP_WIDTH_PX);
  // The URL that failed to load: the areas stay tappable over a labelled placeholder.
  const [failed, setFailed] = useState<string>();
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => setDrawnWidth(element.getBoundingClientRect().width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const baseSize = isRecord(message.baseSize) ? message.baseSize : {};
  const baseHeight = num(baseSize.height) ?? IMAGEMAP_BASE_WIDTH;
  const baseUrl = str(message.baseUrl) ?? "";
  const video = isRecord(message.video) ? message.video : undefined;
  const dpr = typeof window === "undefined" ? 1 : window.devicePixelRatio;
  const src = imagemapImageUrl(baseUrl, drawnWidth, dpr);
  return (
    <div
      ref={ref}
      data-message="imagemap"
      style={{
        position: "relative",
        width: IMAGEMAP_WIDTH_CSS,
        aspectRatio: `${IMAGEMAP_BASE_WIDTH} / ${baseHeight > 0 ? baseHeight : IMAGEMAP_BASE_WIDTH}`,
        borderRadius: MESSAGE_CARD_RADIUS_PX,
        overflow: "hidden",
        background: "#dde3ec",
      }}
    >
      <style>
        {
          "[data-imagemap-area]:hover{outline:2px solid rgba(6,199,85,0.9);outline-offset:-2px;background:rgba(6,199,85,0.12)!important}"
        }
      </style>
      {baseUrl !== "" && drawnWidth > 0 ? (
        <img
          key={src}
          data-imagemap-image=""
          src={src}
          alt={str(message.altText) ?? ""}
          draggable={false}
          onError={() => setFailed(src)}
          style={{
            width: "100%",
            height: "100%",
            display: failed === src ? "none" : "block",
            objectFit: "cover",
          }}
        />
      ) : null}
      {baseUrl === "" || failed === src ? (
        <div
          data-imagemap-missing=""
          style={{
            position: "absolute",
            inset: 0,
            display: "grid",
            placeContent: "center",
            textAlign: "center",
            gap: 4,
            padding: 12,
            color: "#4a5568",
            fontSize: 12,
            overflowWrap: "anywhere",
          }}
        >
          <strong style={{ fontSize: 14 }}>{str(message.altText) ?? "Imagemap"}</strong>
          <span>image not loaded: {src}</span>
        </div>
      ) : null}
      {records(message.actions).map((action, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: areas have no ids; order is identity.
        <ImagemapArea key={index} action={action} baseHeight={baseHeight} />
      ))}
      {video !== undefined ? <ImagemapVideo video={video} baseHeight={baseHeight} /> : null}
    </div>
  );
}
