import "./ui.css";
import { type HTMLAttributes, type ReactNode, useId, useState } from "react";

/**
 * A panel of the side column: its heading is a button that folds the body away (`aria-expanded`),
 * and the panel remembers nothing: a folded panel stays folded while the page is open.
 */
export function Panel({
  title,
  children,
  defaultOpen = true,
  label,
  ...attributes
}: Omit<HTMLAttributes<HTMLElement>, "title"> & {
  title: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  /** The section's accessible name. */
  label: string;
} & Record<`data-${string}`, string>) {
  const [open, setOpen] = useState(defaultOpen);
  const body = useId();
  return (
    <section className="fk-panel" data-open={open} aria-label={label} {...attributes}>
      <h2 className="fk-panel-title">
        <button
          type="button"
          className="fk-panel-toggle"
          aria-expanded={open}
          aria-controls={body}
          data-panel-toggle=""
          onClick={() => setOpen(!open)}
        >
          <span className="fk-panel-chevron" aria-hidden="true" />
          {title}
        </button>
      </h2>
      <div id={body} className="fk-panel-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
