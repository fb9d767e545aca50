import "./ui.css";
import type { InputHTMLAttributes, ReactNode } from "react";

/** A switch drawn over a real checkbox (so it keeps a checkbox's keyboard and semantics). */
export function Toggle({
  label,
  ...props
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: ReactNode }) {
  return (
    <label className="fk-toggle">
      <input type="checkbox" {...props} />
      <span className="fk-toggle-track" aria-hidden="true" />
      {label}
    </label>
  );
}
