import "./ui.css";
import { type KeyboardEvent, type PointerEvent, useRef, useState } from "react";

/** How far an arrow key moves a splitter; Shift moves it four times as far. */
export const SPLITTER_STEP = 16;

/**
 * A handle between two columns that sets the width of one of them, by drag or by keyboard (a
 * focusable `role="separator"` with its width in `aria-valuenow`, as WAI-ARIA's window splitter).
 * `grows`: which way of the pointer makes the column wider ("right" for a column on its left).
 */
export function Splitter({
  label,
  value,
  min,
  max,
  grows,
  onChange,
  ...attributes
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  grows: "left" | "right";
  onChange: (value: number) => void;
} & Record<`data-${string}`, string>) {
  const start = useRef<{ x: number; value: number } | undefined>(undefined);
  const [dragging, setDragging] = useState(false);
  const clamp = (next: number) => Math.round(Math.min(max, Math.max(min, next)));
  const sign = grows === "right" ? 1 : -1;

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    start.current = { x: event.clientX, value };
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (start.current === undefined) return;
    onChange(clamp(start.current.value + sign * (event.clientX - start.current.x)));
  };
  const onPointerUp = () => {
    start.current = undefined;
    setDragging(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? SPLITTER_STEP * 4 : SPLITTER_STEP;
    const moves: Record<string, number | undefined> = {
      ArrowLeft: value - sign * step,
      ArrowRight: value + sign * step,
      Home: min,
      End: max,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    onChange(clamp(next));
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: <hr> cannot take focus or be dragged; WAI-ARIA's window splitter is a focusable separator.
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className="fk-splitter"
      data-dragging={dragging}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
      {...attributes}
    />
  );
}
