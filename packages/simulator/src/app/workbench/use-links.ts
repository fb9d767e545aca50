import { useEffect } from "react";
import { describeJsonError } from "../../shared/json-syntax.js";
import { readHashPayload } from "../payload.js";
import { readJsonDraft, readJsxDraft } from "./autosave.js";
import { LINK_CODE } from "./jsx-origin.js";
import { readHashJsx } from "./share.js";
import { type Initial, type Link, pretty, type WorkbenchEvent } from "./workbench-state.js";

/** What the address's `#jsx=` or `#m=` link holds, or undefined when it has none. */
export function readLink(hash: string): Link | undefined {
  const source = readHashJsx(hash);
  if (source !== undefined) return { jsx: source };
  const linked = readHashPayload(hash);
  return linked === undefined ? undefined : { message: linked };
}

/**
 * A link wins over the autosave; the autosave wins over the built-in sample. The JSX draft, if
 * the JSX tab was open, comes back over the JSON draft.
 */
export function initialFromPage(sample: () => unknown): Initial {
  const link = readLink(window.location.hash);
  if (link !== undefined && "jsx" in link)
    return { ...NOT_RUN_YET, jsx: { source: link.jsx, origin: LINK_CODE }, link: true };
  if (link !== undefined) {
    const linked = link.message;
    return { text: linked.ok ? pretty(linked.payload) : "", state: linked, link: true };
  }
  const json = jsonFromDraft(sample);
  const jsx = readJsxDraft();
  return jsx === undefined ? json : { ...json, jsx };
}

/** Code from a link has no message until it runs, so the JSON editor has none. */
const NOT_RUN_YET: Initial = { text: "", state: { ok: true, payload: [] } };

function jsonFromDraft(sample: () => unknown): Initial {
  const saved = readJsonDraft();
  if (saved !== undefined) {
    try {
      return { text: saved, state: { ok: true, payload: JSON.parse(saved) } };
    } catch (error) {
      // A half-typed message was saved: open it as it was, its error shown, with the sample drawn.
      const jsonError = describeJsonError(saved, error);
      return { text: saved, state: { ok: true, payload: sample() }, jsonError };
    }
  }
  const payload = sample();
  return { text: pretty(payload), state: { ok: true, payload } };
}

/**
 * Another `#m=` link (the renderer's format) or `#jsx=` link opened in the same tab replaces
 * what the page shows (link-opened); the reducer keeps it shown, not saved, until the person's
 * first change, which takes it out of the address with {@link unlinkAddress}.
 */
export function useLinks(dispatch: (event: WorkbenchEvent) => void): void {
  useEffect(() => {
    const onHash = () => {
      const link = readLink(window.location.hash);
      if (link !== undefined) dispatch({ type: "link-opened", link });
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [dispatch]);
}

/** The person changed the page opened from a link: a reload shows their page, not the link. */
export function unlinkAddress(): void {
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, "", `${pathname}${search}`);
}
