import "./ui.css";
import { type ButtonHTMLAttributes, forwardRef } from "react";

/** The workbench's button: `primary` for the one main action, `ghost` for quiet ones. */
export const Button = forwardRef<
  HTMLButtonElement,
  ButtonHTMLAttributes<HTMLButtonElement> & {
    variant?: "default" | "primary" | "ghost";
    size?: "normal" | "icon";
  }
>(function Button({ variant = "default", size = "normal", className, ...props }, ref) {
  return (
    <button
      ref={ref}
      type="button"
      data-variant={variant}
      data-size={size}
      className={className === undefined ? "fk-button" : `fk-button ${className}`}
      {...props}
    />
  );
});
