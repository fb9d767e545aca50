import type { JsxOrigin } from "./jsx-origin.js";

/** Where the workbench keeps the message between visits (this browser only). */
export const AUTOSAVE_KEY = "flexkit.workbench.v1";

/**
 * Where it keeps the JSX tab's source while that tab is open, so a reload shows the person's own
 * formatting and comments rather than JSX written again from the JSON. Removed when the JSON tab
 * takes over (it holds the message then; the JSX tab converts it again, as it always did).
 */
export const JSX_AUTOSAVE_KEY = "flexkit.workbench.jsx.v1";

export interface JsxDraft {
  source: string;
  /**
   * Where the source came from: `fromLink` code (not run yet) reopens behind the gate; the
   * person's own code (or link code they ran) runs on load, as it ran while they typed.
   */
  origin: JsxOrigin;
}

function read(key: string): string | undefined {
  try {
    return window.localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: string | undefined): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // Storage full or disabled: the page still works, it just won't remember.
  }
}

export const readJsonDraft = () => read(AUTOSAVE_KEY);
export const writeJsonDraft = (text: string) => write(AUTOSAVE_KEY, text);

/** The JSX draft, or undefined when there is none (or it is not one this page wrote). */
export function readJsxDraft(): JsxDraft | undefined {
  const text = read(JSX_AUTOSAVE_KEY);
  if (text === undefined) return undefined;
  try {
    const { source, fromLink, body } = JSON.parse(text) as Record<string, unknown>;
    if (typeof source !== "string") return undefined;
    const isBody = typeof body === "object" && body !== null && !Array.isArray(body);
    // Anything but an explicit `false` counts as code from a link: it waits for Run code.
    const origin: JsxOrigin = { fromLink: fromLink !== false };
    if (isBody) origin.body = body as Record<string, unknown>;
    return { source, origin };
  } catch {
    return undefined;
  }
}

export function writeJsxDraft(draft: JsxDraft | undefined): void {
  write(
    JSX_AUTOSAVE_KEY,
    draft === undefined ? undefined : JSON.stringify({ source: draft.source, ...draft.origin }),
  );
}
