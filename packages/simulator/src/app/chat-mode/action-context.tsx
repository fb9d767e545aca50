import { createContext, type KeyboardEvent, type MouseEvent, useContext } from "react";

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
  return actionClick(action, useOnAction(), origin);
}

/** useActionClick for a handler already read from the context (the Flex renderer reads it once). */
export function actionClick(
  action: unknown,
  onAction: OnAction | undefined,
  origin: ActionOrigin = "message",
): ((event: MouseEvent) => void) | undefined {
  if (action === undefined || action === null) return undefined;
  return (event: MouseEvent) => {
    event.stopPropagation();
    onAction?.(action, origin);
  };
}

export interface ActionProps {
  role?: "button";
  tabIndex?: number;
  onClick?: (event: MouseEvent) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
}

const NO_ACTION: ActionProps = {};

/**
 * Props that make a Flex element with `action` tappable (box, bubble, text, image): a click, and
 * Enter or Space for keyboard users, as a button would. Empty without an action.
 */
export function useActionProps(action: unknown): ActionProps {
  return actionProps(action, useOnAction());
}

/** useActionProps for a handler already read from the context. */
export function actionProps(action: unknown, onAction: OnAction | undefined): ActionProps {
  const onClick = actionClick(action, onAction);
  if (onClick === undefined) return NO_ACTION;
  return {
    role: "button",
    tabIndex: 0,
    onClick,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      event.stopPropagation();
      onAction?.(action, "message");
    },
  };
}
