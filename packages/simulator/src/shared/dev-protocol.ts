/**
 * `flexkit dev`'s wire protocol between the server (server/dev-plugin.ts), which renders the
 * folder's message files, and the page (app/dev/dev-app.tsx), which draws them: the meta tag that
 * switches the page into the dev workbench, the state as JSON, the WebSocket event that carries a
 * fresh state after every change and the path the page GETs it from for the first paint.
 */

/** The meta tag that switches the page into the dev workbench. */
export const DEV_META = "flexkit-dev";
/** The custom WebSocket event carrying a fresh {@link DevState} after every change. */
export const DEV_EVENT = "flexkit:dev-state";
/** GET: the current {@link DevState}, for the first paint. */
export const DEV_STATE_PATH = "/__flexkit/dev-state";

export interface DevExport {
  /** `default`, or the name of a named export (a variant). */
  name: string;
  /** The message (or array of messages) it renders to; absent when rendering failed. */
  payload?: unknown;
  /** `error contents.body…: … [RULE] (file.flex.tsx:3:5)`, from the validators. */
  issues: string[];
  /** Why it could not be rendered, with file:line:column when known. */
  error?: string;
}

export interface DevFile {
  /** Relative to the folder, with `/`. */
  file: string;
  /** The file does not compile or throws on import: file:line:column and the reason. */
  error?: string;
  exports: DevExport[];
}

export interface DevState {
  dir: string;
  /** Increases with every rebuild, so the page can drop a stale answer. */
  version: number;
  files: DevFile[];
}
