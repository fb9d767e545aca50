import type { Obj } from "@flexkit/draw";
import {
  type CSSProperties,
  type KeyboardEvent,
  type PointerEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";
import {
  actionDetail,
  areaName,
  surfaceOf,
  withNewArea,
  withoutArea,
  withRect,
} from "./area-editor-model.js";
import {
  drawnRect,
  HANDLES,
  type Handle,
  isArrowKey,
  movedRect,
  nudgedHandle,
  nudgedRect,
  type Placed,
  type Point,
  type Rect,
  resizedRect,
  type Scale,
  type Size,
  sameRect,
  scaleOf,
  snapLines,
  snapTolerance,
  toUnits,
} from "./area-geometry.js";

export interface AreaEditorProps {
  /** An imagemap message or a rich menu object; anything else draws nothing. */
  value: unknown;
  /** Called once per change (a drawn, moved, resized, nudged or deleted area) with a new value. */
  onChange: (next: Obj) => void;
  /** The index of the selected area in `actions` (imagemap) or `areas` (rich menu). */
  selected: number | undefined;
  onSelect: (index: number | undefined) => void;
  /** The picture, where it is not in `value` (a rich menu set keeps it in `images`). */
  image?: string;
  /** The tallest the picture is drawn, in CSS pixels; its width follows the image's ratio. */
  maxHeight?: number;
}

/**
 * Until the pointer has gone this far, in screen pixels, a gesture is a click: it draws nothing
 * and moves nothing (an area near an edge would otherwise snap to it when merely clicked).
 */
const CLICK_PX = 3;

interface GestureStart {
  pointerId: number;
  client: Point;
  scale: Scale;
  /** Whether the pointer has gone CLICK_PX from `client` yet. */
  dragging: boolean;
}

type Gesture = GestureStart &
  (
    | { kind: "draw"; start: Point }
    | { kind: "move"; index: number; from: Rect }
    | { kind: "resize"; index: number; from: Rect; handle: Handle }
  );

/** What a gesture shows before it is committed: `index` undefined for a new area. */
interface Draft extends Placed {
  index: number | undefined;
}

const percent = (value: number, of: number) => `${(value / of) * 100}%`;

/** The line an edge snapped to while dragging: across the picture at `at` along `axis`. */
function SnapGuide({ axis, at }: { axis: "x" | "y"; at: string }) {
  const line: CSSProperties =
    axis === "x"
      ? { top: 0, bottom: 0, left: at, borderLeft: "1px solid #ff2d95" }
      : { left: 0, right: 0, top: at, borderTop: "1px solid #ff2d95" };
  return (
    <div
      data-snap-guide={axis}
      aria-hidden="true"
      style={{ position: "absolute", ...line, zIndex: 3, pointerEvents: "none" }}
    />
  );
}

function placeStyle(rect: Rect, size: Size) {
  return {
    position: "absolute",
    left: percent(rect.x, size.width),
    top: percent(rect.y, size.height),
    width: percent(rect.width, size.width),
    height: percent(rect.height, size.height),
  } as const;
}

/** Where each handle sits on its area, as shares of the area's width and height. */
const HANDLE_AT: Record<Handle, [number, number]> = {
  "top-left": [0, 0],
  top: [0.5, 0],
  "top-right": [1, 0],
  right: [1, 0.5],
  "bottom-right": [1, 1],
  bottom: [0.5, 1],
  "bottom-left": [0, 1],
  left: [0, 0.5],
};

const HANDLE_CURSOR: Record<Handle, string> = {
  "top-left": "nwse-resize",
  top: "ns-resize",
  "top-right": "nesw-resize",
  right: "ew-resize",
  "bottom-right": "nwse-resize",
  bottom: "ns-resize",
  "bottom-left": "nesw-resize",
  left: "ew-resize",
};

/**
 * Draws and edits the tap areas of an imagemap (in `baseSize` units) or a rich menu (in `size`
 * units) over its picture, or over a neutral canvas of that size when there is none or it does not
 * load. Drag on the picture to draw an area, drag an area to move it and its handles to resize it;
 * edges snap to the other areas' and the picture's (hold Alt not to snap). The selected area moves
 * with the arrow keys (Shift: 10 units) and Delete removes it. Every value it reports is whole
 * units inside the picture (RULES.md IMG-8, RM-3, RM-4).
 */
export function AreaEditor({
  value,
  onChange,
  selected,
  onSelect,
  image,
  maxHeight = 360,
}: AreaEditorProps) {
  const surface = surfaceOf(value, image);
  const canvas = useRef<HTMLDivElement>(null);
  const gesture = useRef<Gesture>(undefined);
  const [draft, setDraft] = useState<Draft>();
  const [failed, setFailed] = useState<string>();
  const [note, setNote] = useState<string>();
  // An area drawn or clicked takes the focus once it is on the page, so the keys act on it.
  const focusNext = useRef<number>(undefined);
  const helpId = useId();
  // The selection as last reported, so that a click (which also focuses) reports it once.
  const lastSelected = useRef(selected);
  lastSelected.current = selected;
  const select = (index: number | undefined) => {
    if (lastSelected.current === index) return;
    lastSelected.current = index;
    onSelect(index);
  };

  useLayoutEffect(() => {
    const index = focusNext.current;
    if (index === undefined) return;
    const element = canvas.current?.querySelector<HTMLElement>(`[data-area-index="${index}"]`);
    if (element == null) return;
    focusNext.current = undefined;
    element.focus();
  });

  if (surface === undefined || !hasValue(value)) return null;
  const { size, kind } = surface;
  const others = (index: number | undefined) =>
    snapLines(size, [
      ...surface.areas.filter((a) => a.index !== index).map((a) => a.rect),
      ...surface.fixed,
    ]);

  function measure(): Scale {
    const box = canvas.current!.getBoundingClientRect();
    return scaleOf(box, size);
  }

  function start(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0 || gesture.current !== undefined || surface === undefined) return;
    const target = event.target as HTMLElement;
    const client = { x: event.clientX, y: event.clientY };
    const scale = measure();
    const handle = target.closest<HTMLElement>("[data-area-handle]");
    const area = target.closest<HTMLElement>("[data-area-index]");
    if (handle !== null && selected !== undefined) {
      const from = surface.areas.find((a) => a.index === selected)?.rect;
      if (from === undefined) return;
      gesture.current = {
        kind: "resize",
        pointerId: event.pointerId,
        client,
        index: selected,
        from,
        handle: handle.dataset.areaHandle as Handle,
        scale,
        dragging: false,
      };
    } else if (area !== null) {
      const index = Number(area.dataset.areaIndex);
      const from = surface.areas.find((a) => a.index === index)?.rect;
      if (from === undefined) return;
      select(index);
      area.focus({ preventScroll: true });
      gesture.current = {
        kind: "move",
        pointerId: event.pointerId,
        client,
        index,
        from,
        scale,
        dragging: false,
      };
    } else {
      if (surface.count >= surface.max) {
        setNote(
          `No more areas: LINE takes at most ${surface.max} (${kind === "imagemap" ? "IMG-5" : "RM-1"}).`,
        );
        return;
      }
      const box = canvas.current!.getBoundingClientRect();
      const startAt = toUnits({ x: client.x - box.left, y: client.y - box.top }, scale);
      gesture.current = {
        kind: "draw",
        pointerId: event.pointerId,
        client,
        start: startAt,
        scale,
        dragging: false,
      };
    }
    setNote(undefined);
    // Keep the pointer's moves coming when it leaves the picture, and no text selection or
    // native image drag on the way.
    event.currentTarget.setPointerCapture(event.pointerId);
    event.preventDefault();
  }

  /** Where the gesture puts its area for the pointer at `client`. */
  function place(g: Gesture, client: Point, snap: boolean): Draft | undefined {
    const moved = { x: client.x - g.client.x, y: client.y - g.client.y };
    if (!g.dragging && Math.max(Math.abs(moved.x), Math.abs(moved.y)) < CLICK_PX) return undefined;
    g.dragging = true;
    const delta = toUnits(moved, g.scale);
    const tolerance = snapTolerance(g.scale);
    if (g.kind === "draw") {
      const end = { x: g.start.x + delta.x, y: g.start.y + delta.y };
      const lines = snap ? others(undefined) : undefined;
      return { index: undefined, ...drawnRect(g.start, end, size, lines, tolerance) };
    }
    const lines = snap ? others(g.index) : undefined;
    if (g.kind === "move")
      return { index: g.index, ...movedRect(g.from, delta, size, lines, tolerance) };
    return { index: g.index, ...resizedRect(g.from, g.handle, delta, size, lines, tolerance) };
  }

  function drag(event: PointerEvent<HTMLDivElement>) {
    const g = gesture.current;
    if (g === undefined || g.pointerId !== event.pointerId) return;
    setDraft(place(g, { x: event.clientX, y: event.clientY }, !event.altKey));
  }

  function end(event: PointerEvent<HTMLDivElement>) {
    const g = gesture.current;
    if (g === undefined || g.pointerId !== event.pointerId || !hasValue(value)) return;
    gesture.current = undefined;
    setDraft(undefined);
    const placed = place(g, { x: event.clientX, y: event.clientY }, !event.altKey);
    if (placed === undefined) {
      // A click on the picture, off every area, unselects; a click on an area selected it.
      if (g.kind === "draw") select(undefined);
      return;
    }
    const { rect } = placed;
    if (g.kind === "draw") {
      const index = surface!.count;
      onChange(withNewArea(value, kind, rect));
      select(index);
      focusNext.current = index;
    } else if (!sameRect(rect, g.from)) {
      onChange(withRect(value, kind, g.index, rect));
    }
  }

  function cancel() {
    gesture.current = undefined;
    setDraft(undefined);
  }

  function areaKey(event: KeyboardEvent<HTMLElement>, index: number, rect: Rect) {
    // While the pointer drags, keys wait (Escape reaches the canvas, which cancels the drag).
    if (!hasValue(value) || gesture.current !== undefined) return;
    if (isArrowKey(event.key)) {
      event.preventDefault();
      const next = nudgedRect(rect, event.key, event.shiftKey, size);
      if (!sameRect(next, rect)) onChange(withRect(value, kind, index, next));
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      onChange(withoutArea(value, kind, index));
      select(undefined);
      canvas.current?.focus();
    } else if (event.key === "Escape") {
      select(undefined);
      canvas.current?.focus();
    }
  }

  function handleKey(event: KeyboardEvent<HTMLElement>, handle: Handle, index: number, rect: Rect) {
    if (!hasValue(value) || gesture.current !== undefined || !isArrowKey(event.key)) return;
    event.preventDefault();
    const next = nudgedHandle(rect, handle, event.key, event.shiftKey, size);
    if (!sameRect(next, rect)) onChange(withRect(value, kind, index, next));
  }

  const shown = surface.areas.map((area) =>
    draft !== undefined && draft.index === area.index ? { ...area, rect: draft.rect } : area,
  );
  const selectedArea = shown.find((a) => a.index === selected);
  const picture =
    surface.image !== undefined && failed !== surface.image ? surface.image : undefined;
  const what = kind === "imagemap" ? "imagemap" : "rich menu";

  return (
    <div data-area-editor={kind} style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      {/* biome-ignore lint/a11y/useSemanticElements: a drawing surface, not a form's fieldset. */}
      <div
        ref={canvas}
        data-area-canvas=""
        role="group"
        aria-label={`${what} areas, ${size.width} × ${size.height}`}
        aria-describedby={helpId}
        tabIndex={-1}
        onPointerDown={start}
        onPointerMove={drag}
        onPointerUp={end}
        onPointerCancel={cancel}
        onLostPointerCapture={cancel}
        onKeyDown={(event) => {
          if (event.key === "Escape" && gesture.current !== undefined) cancel();
        }}
        style={{
          position: "relative",
          width: `min(100%, ${(maxHeight * size.width) / size.height}px)`,
          aspectRatio: `${size.width} / ${size.height}`,
          background: "var(--flexkit-area-canvas, #dde3ec)",
          cursor: "crosshair",
          userSelect: "none",
          touchAction: "none",
          outline: "none",
          overflow: "hidden",
        }}
      >
        {surface.image !== undefined ? (
          <img
            key={surface.image}
            data-area-image=""
            src={surface.image}
            alt=""
            draggable={false}
            onError={() => setFailed(surface.image)}
            style={{
              position: "absolute",
              inset: 0,
              width: "100%",
              height: "100%",
              objectFit: "cover",
              pointerEvents: "none",
              display: picture === undefined ? "none" : "block",
            }}
          />
        ) : null}
        {picture === undefined ? (
          <div
            data-area-no-image=""
            aria-hidden="true"
            style={{
              position: "absolute",
              inset: 0,
              display: "grid",
              placeContent: "center",
              color: "#4a5568",
              fontSize: 12,
              pointerEvents: "none",
            }}
          >
            {surface.image === undefined ? "no image" : "image not loaded"}: {size.width} ×{" "}
            {size.height}
          </div>
        ) : null}
        {surface.fixed.map((rect) => (
          <div
            key={`${rect.x},${rect.y},${rect.width},${rect.height}`}
            data-area-fixed=""
            aria-hidden="true"
            style={{
              ...placeStyle(rect, size),
              boxSizing: "border-box",
              border: "1px dashed #4a5568",
              pointerEvents: "none",
            }}
          />
        ))}
        {shown.map(({ index, rect, action }) => {
          const isSelected = index === selected;
          return (
            <button
              key={index}
              type="button"
              data-area-index={index}
              aria-label={areaName(index, action)}
              aria-pressed={isSelected}
              onFocus={() => select(index)}
              onKeyDown={(event) => areaKey(event, index, rect)}
              style={{
                ...placeStyle(rect, size),
                zIndex: isSelected ? 1 : undefined,
                boxSizing: "border-box",
                margin: 0,
                padding: 2,
                border: isSelected ? "2px solid #06c755" : "1px dashed rgba(6, 199, 85, 0.95)",
                background: isSelected ? "rgba(6, 199, 85, 0.22)" : "rgba(6, 199, 85, 0.12)",
                color: "#0b3d1f",
                font: "11px/1.2 system-ui, sans-serif",
                textAlign: "left",
                verticalAlign: "top",
                overflow: "hidden",
                cursor: "move",
                display: "flex",
                alignItems: "flex-start",
                gap: 4,
              }}
            >
              <span
                style={{
                  background: "#06c755",
                  color: "#ffffff",
                  borderRadius: 3,
                  padding: "0 4px",
                  fontWeight: 600,
                }}
              >
                {index + 1}
              </span>
              <span style={{ whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" }}>
                {actionDetail(action) ?? ""}
              </span>
            </button>
          );
        })}
        {selectedArea !== undefined
          ? HANDLES.map((handle) => {
              const [u, v] = HANDLE_AT[handle];
              const { rect } = selectedArea;
              return (
                <button
                  key={handle}
                  type="button"
                  data-area-handle={handle}
                  aria-label={`resize ${handle}`}
                  onKeyDown={(event) => handleKey(event, handle, selectedArea.index, rect)}
                  style={{
                    position: "absolute",
                    left: percent(rect.x + rect.width * u, size.width),
                    top: percent(rect.y + rect.height * v, size.height),
                    width: 10,
                    height: 10,
                    transform: "translate(-50%, -50%)",
                    zIndex: 2,
                    boxSizing: "border-box",
                    margin: 0,
                    padding: 0,
                    border: "1px solid #06c755",
                    borderRadius: 2,
                    background: "#ffffff",
                    cursor: HANDLE_CURSOR[handle],
                  }}
                />
              );
            })
          : null}
        {draft !== undefined && draft.index === undefined ? (
          <div
            data-area-draft=""
            aria-hidden="true"
            style={{
              ...placeStyle(draft.rect, size),
              boxSizing: "border-box",
              border: "2px dashed #06c755",
              background: "rgba(6, 199, 85, 0.18)",
              pointerEvents: "none",
            }}
          />
        ) : null}
        {draft?.snapped.x !== undefined ? (
          <SnapGuide axis="x" at={percent(draft.snapped.x, size.width)} />
        ) : null}
        {draft?.snapped.y !== undefined ? (
          <SnapGuide axis="y" at={percent(draft.snapped.y, size.height)} />
        ) : null}
      </div>
      <p id={helpId} data-area-help="" style={{ margin: 0, opacity: 0.8 }}>
        Drag on the picture to draw an area; drag an area to move it and its handles to resize it
        (Alt: no snapping). Arrows move the selected area by 1, Shift+arrows by 10; Delete removes
        it. Units: {kind === "imagemap" ? "baseSize" : "size"}.
      </p>
      <p data-area-note="" role="status" style={{ margin: 0 }}>
        {note}
      </p>
    </div>
  );
}

function hasValue(value: unknown): value is Obj {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
