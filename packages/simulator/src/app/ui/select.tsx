import "./ui.css";
import { type ReactNode, type SelectHTMLAttributes, useId } from "react";

/** A native select, styled: keyboards, screen readers and tests use it as any select. */
export function Select({
  label,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & { label?: ReactNode }) {
  const id = useId();
  const select = (
    <select
      id={id}
      className={className === undefined ? "fk-select" : `fk-select ${className}`}
      {...props}
    />
  );
  if (label === undefined) return select;
  return (
    <span className="fk-field">
      <label htmlFor={id}>{label}</label>
      {select}
    </span>
  );
}
