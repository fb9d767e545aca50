import { createContext, type MouseEvent, useContext } from "react";
import type { ActionOrigin, OnAction } from "../taps.js";

/**
 * The tap contract: the app that shows messages supplies what a tap does (chat mode's handler);
 * the views only call it. Outside such an app nothing listens and taps do nothing.
 */
export const ActionContext = createContext<OnAction | undefined>(undefined);

/** The tap handler, or undefined outside chat mode. */
export function useOnAction(): OnAction | undefined {
  return useContext(ActionContext);
}

/**
 * An onClick for an element with `action`; the innermost tappable element wins, as in LINE, so the
 * click stops there. Undefined when there is no action, so nothing else changes.
 */
export function useActionClick(
  action: unknown,
  origin: ActionOrigin = "message",
): ((event: MouseEvent) => void) | undefined {
  const onAction = useOnAction();
  if (action === undefined || action === null) return undefined;
  return (event: MouseEvent) => {
    event.stopPropagation();
    onAction?.(action, origin);
  };
}
