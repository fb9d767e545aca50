import { type RefObject, useCallback, useRef } from "react";
import { compileJsx } from "./jsx-compile.js";
import type { Effect, WorkbenchEvent } from "./workbench-state.js";

/** The effects that run JSX: the typing pause, a compile, the busy mark. */
export type CompileEffect = Extract<
  Effect,
  { type: "compile-later" | "cancel-timer" | "compile" | "busy" }
>;

/** How long the person stops typing before their JSX compiles. */
const TYPING_PAUSE_MS = 250;

/**
 * Runs the JSX compiles the workbench's transitions ask for (see workbench-state.ts): after the
 * typing pause or at once, each reported back as compile-finished with the number the reducer
 * gave it, so that one a newer compile overtook draws nothing. `pane` goes on the JSX pane,
 * which carries the busy mark.
 */
export function useJsxCompile(dispatch: (event: WorkbenchEvent) => void): {
  pane: RefObject<HTMLDivElement | null>;
  perform: (effect: CompileEffect) => void;
} {
  const pane = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const perform = useCallback(
    (effect: CompileEffect) => {
      switch (effect.type) {
        case "compile-later": {
          const { source, body } = effect;
          timer.current = setTimeout(
            () => dispatch({ type: "compile-started", source, body }),
            TYPING_PAUSE_MS,
          );
          break;
        }
        case "cancel-timer":
          clearTimeout(timer.current);
          break;
        case "compile": {
          const { run, source, body, switchOpen } = effect;
          void compileJsx(source).then((result) =>
            dispatch({ type: "compile-finished", run, result, body, switchOpen }),
          );
          break;
        }
        case "busy":
          // Marks the JSX pane busy from the moment a compile is due (the edit's timer) until the
          // newest one has drawn or failed, or was cancelled. Set on the element at once rather
          // than through React state, so that whoever looks right after an edit (a screen
          // reader, a test waiting for the page to settle) never sees "idle" before the render
          // that would have said "busy".
          pane.current?.setAttribute("aria-busy", String(effect.busy));
          break;
      }
    },
    [dispatch],
  );

  return { pane, perform };
}
