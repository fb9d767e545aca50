import { createContext, type MouseEvent, useContext } from "react";

/** Where a tap came from: quick reply buttons disappear after one of them is tapped. */
export type ActionOrigin = "message" | "quickReply";

/**
 * What a tap on anything with an action calls. Outside chat mode (Storybook, component tests)
 * nothing listens and taps do nothing. The action is passed as given: it may be invalid.
 */
export type OnAction = (action: unknown, origin?: ActionOrigin) => void;

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
