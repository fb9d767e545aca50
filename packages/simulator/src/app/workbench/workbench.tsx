import type { EditorState, StateEffect } from "@codemirror/state";
import type { ValidationIssue } from "@flexkit/validators";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { validateAny } from "../../shared/detect-shape.js";
import { describeJsonError, type JsonSyntaxError } from "../../shared/json-syntax.js";
import { copyText } from "../copy-text.js";
import { type PayloadResult, readHashPayload } from "../payload.js";
import {
  type JsxDraft,
  readJsonDraft,
  readJsxDraft,
  writeJsonDraft,
  writeJsxDraft,
} from "./autosave.js";
import { CodeEditor, type CodeEditorHandle } from "./code-editor.js";
import { ExportControls } from "./export-controls.js";
import { GalleryPanel } from "./gallery-panel.js";
import { useIssueLocation } from "./issue-location.js";
import { IssuesPanel } from "./issues-panel.js";
import { compileJsx } from "./jsx-compile.js";
import {
  approveOrigin,
  type JsxOrigin,
  jsxOrigin,
  LINK_CODE,
  OWN_CODE,
  originOf,
  withOrigin,
} from "./jsx-origin.js";
import { bodyAround, describeBody, messagesOf, putInBody } from "./message-body.js";
import { jsxLink, messageLink, readHashJsx } from "./share.js";
import { STARTERS, type StarterKind } from "./starters.js";

type Tab = "json" | "jsx";

export const pretty = (value: unknown) => JSON.stringify(value, null, 2);

interface Initial {
  text: string;
  state: PayloadResult;
  /** The autosaved text does not parse: named as it was while typing (the sample is drawn). */
  jsonError?: JsonSyntaxError;
  /**
   * Open on the JSX tab with this source: from a `#jsx=` link (shown, not run) or the JSX draft
   * of the last visit (see autosave.ts).
   */
  jsx?: JsxDraft;
  /** The page opened a link (`#m=` or `#jsx=`): shown, not saved, until the person changes it. */
  link?: true;
}

/**
 * A link wins over the autosave; the autosave wins over the built-in sample. The JSX draft, if
 * the JSX tab was open, comes back over the JSON draft.
 */
function initialFromPage(sample: () => unknown): Initial {
  const source = readHashJsx(window.location.hash);
  if (source !== undefined)
    return { ...NOT_RUN_YET, jsx: { source, origin: LINK_CODE }, link: true };
  const linked = readHashPayload(window.location.hash);
  if (linked !== undefined)
    return { text: linked.ok ? pretty(linked.payload) : "", state: linked, link: true };
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

/** The JSX tab's text and origin, kept for the next visit while that tab is open. */
function saveJsxDraft(editorState: EditorState): void {
  writeJsxDraft({ source: editorState.doc.toString(), origin: originOf(editorState) });
}

/** What runJsx gives for a compile a newer one overtook. */
const OVERTAKEN: unique symbol = Symbol("overtaken");

/**
 * The standalone page's workbench: the chat preview (drawn by `preview`), a JSON/JSX editor over
 * the same message, and the validators' issues, with share, gallery, starters and export.
 */
export function Workbench({
  sample,
  preview,
}: {
  sample: () => unknown;
  /** Draws `state`; `waiting` when it stands for code that has not run (nothing to send). */
  preview: (state: PayloadResult, waiting: boolean) => ReactNode;
}) {
  const [initial] = useState(() => initialFromPage(sample));
  const [state, setState] = useState<PayloadResult>(initial.state);
  const [jsonText, setJsonText] = useState(initial.text);
  const [jsonError, setJsonError] = useState<JsonSyntaxError | undefined>(initial.jsonError);
  /** The preview still shows the built-in sample for a restored draft that never parsed. */
  const [sampleDrawn, setSampleDrawn] = useState(initial.jsonError !== undefined);
  const [tab, setTab] = useState<Tab>(initial.jsx === undefined ? "json" : "jsx");
  const [jsxText, setJsxText] = useState(initial.jsx?.source ?? "");
  const [jsxError, setJsxError] = useState<string | undefined>();
  const [sources, setSources] = useState<Record<string, string>>({});
  /** Where the JSX editor's text came from (a link, not run yet?) and the body it belongs in. */
  const [origin, setOrigin] = useState<JsxOrigin>(initial.jsx?.origin ?? OWN_CODE);
  const mustRun = origin.fromLink;
  const [notice, setNotice] = useState<string | undefined>();
  const [shareLink, setShareLink] = useState<string | undefined>();
  const [galleryOpen, setGalleryOpen] = useState(false);
  const jsonEditor = useRef<CodeEditorHandle>(null);
  const jsxEditor = useRef<CodeEditorHandle>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  /** The JSX as last converted from JSON: unchanged JSX switches back without re-rendering. */
  const jsxBaseline = useRef<string | undefined>(undefined);
  const compileRun = useRef(0);
  /**
   * Counts what the page opens: a link, New, the Gallery, a tab switch. A tab switch converts in
   * its own time (toJsx loads, Babel loads): opened meanwhile, the later one wins and the switch's
   * result is dropped, never written over what it opened.
   */
  const opens = useRef(0);
  const jsxTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const jsxPane = useRef<HTMLDivElement>(null);
  /**
   * Marks the JSX pane busy from the moment a compile is due (the edit's timer) until the newest
   * one has drawn or failed, or was cancelled. Set on the element at once rather than through
   * React state, so that whoever looks right after an edit (a screen reader, a test waiting for
   * the page to settle) never sees "idle" before the render that would have said "busy".
   */
  const markCompiling = useCallback((busy: boolean) => {
    jsxPane.current?.setAttribute("aria-busy", String(busy));
  }, []);
  /** The open tab, for handlers that run before React re-renders (see showTab). */
  const tabNow = useRef(tab);
  const showTab = useCallback((next: Tab) => {
    tabNow.current = next;
    setTab(next);
  }, []);

  /**
   * The page shows what a link holds and the person has not changed it. Until they do, a reload
   * shows the link again and the autosave keeps their last draft untouched (looking at a link,
   * even switching its tabs, loses nothing). Their first change takes the link out of the
   * address, so a reload shows the change rather than the link, and saves the page whole.
   */
  const linkShown = useRef(initial.link === true);
  /** The page itself is replacing an editor's text (a tab's conversion, a link followed). */
  const replacing = useRef(false);

  const saveJson = useCallback((text: string) => {
    if (!linkShown.current) writeJsonDraft(text);
  }, []);
  const saveJsx = useCallback((editorState: EditorState | undefined) => {
    if (linkShown.current) return;
    if (editorState === undefined) writeJsxDraft(undefined);
    else saveJsxDraft(editorState);
  }, []);

  /** The person changed the page: either editor's text (typing, Undo, New…), or Run code. */
  const noteEdit = useCallback(() => {
    if (replacing.current || !linkShown.current) return;
    linkShown.current = false;
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, "", `${pathname}${search}`);
    // Nothing of the link's page was saved yet. An empty JSON editor is a #jsx= page's, which has
    // no message until the code runs: the last JSON draft stays rather than "".
    const json = jsonEditor.current?.text();
    if (json) writeJsonDraft(json);
    saveJsx(tabNow.current === "jsx" ? jsxEditor.current?.state() : undefined);
  }, [saveJsx]);

  /** Replaces an editor's text for the page's own reasons: not the person's edit. */
  const replaceText = useCallback(
    (editor: CodeEditorHandle | null, text: string, effects?: readonly StateEffect<unknown>[]) => {
      replacing.current = true;
      try {
        editor?.replace(text, effects);
      } finally {
        replacing.current = false;
      }
    },
    [],
  );

  /**
   * The JSX tab shows code from a link that has not run: there is no message for it yet, so
   * nothing is drawn, checked, copied or sent (not the last message, not an empty list's PUSH-2).
   */
  const waiting = tab === "jsx" && mustRun;
  const payload = state.ok && !waiting ? state.payload : undefined;
  const issues: ValidationIssue[] = useMemo(
    () => (state.ok && !waiting ? validateAny(state.payload).issues : []),
    [state, waiting],
  );

  const onJsonChange = useCallback(
    (text: string) => {
      setJsonText(text);
      noteEdit();
      saveJson(text);
      try {
        setState({ ok: true, payload: JSON.parse(text) });
        setJsonError(undefined);
        setSampleDrawn(false);
      } catch (error) {
        // Keep the last good drawing while the text is half-typed.
        setJsonError(describeJsonError(text, error));
      }
    },
    [noteEdit, saveJson],
  );

  /**
   * Compiles and draws JSX (put back in `body` when it stands for a body's messages): the message,
   * undefined when it does not compile or render, OVERTAKEN when a newer compile (the person kept
   * typing) made this one moot; that one draws nothing.
   */
  const runJsx = useCallback(
    async (source: string, body: JsxOrigin["body"]): Promise<unknown> => {
      clearTimeout(jsxTimer.current);
      const run = ++compileRun.current;
      markCompiling(true);
      const compiled = await compileJsx(source);
      // The newer compile (or whatever cancelled this one) owns the busy mark.
      if (run !== compileRun.current) return OVERTAKEN;
      markCompiling(false);
      const result = compiled.ok
        ? { ...compiled, ...putInBody(body, compiled.message, compiled.sources) }
        : compiled;
      if (!result.ok) {
        setJsxError(
          result.line === undefined
            ? result.error
            : `${result.error} (line ${result.line}, column ${result.column})`,
        );
        return undefined;
      }
      setJsxError(undefined);
      setSources(result.sources);
      setState({ ok: true, payload: result.message });
      setSampleDrawn(false);
      saveJson(pretty(result.message));
      return result.message;
    },
    [saveJson, markCompiling],
  );

  const onJsxChange = useCallback(
    (text: string, editorState: EditorState) => {
      setJsxText(text);
      noteEdit();
      saveJsx(editorState);
      // Code from a link waits for "Run code", however it got into the editor (a link, Undo,
      // Redo): the editor's own state says where the text on screen came from.
      const { fromLink, body } = originOf(editorState);
      if (fromLink) return;
      clearTimeout(jsxTimer.current);
      // A compile still running is for text the person has since changed, a tab switch's
      // included: it is overtaken now, not when this edit's compile starts (a switch whose Babel
      // arrived first would otherwise show the JSON of the older text).
      compileRun.current++;
      jsxTimer.current = setTimeout(() => void runJsx(text, body), 250);
      markCompiling(true);
    },
    [runJsx, noteEdit, saveJsx, markCompiling],
  );

  /** The gate follows the JSX editor's origin, which Undo and Redo restore with the text. */
  const [jsxExtensions] = useState(() =>
    jsxOrigin(initial.jsx?.origin ?? OWN_CODE, (changed, editorState) => {
      setOrigin(changed);
      saveJsx(editorState);
      if (!changed.fromLink) return;
      // A compile started for other text must not draw over the gate.
      clearTimeout(jsxTimer.current);
      compileRun.current++;
      markCompiling(false);
    }),
  );

  // The person's own JSX from the last visit runs, as it ran while they typed; a link's waits.
  useEffect(() => {
    const draft = initial.jsx;
    if (draft !== undefined && !draft.origin.fromLink) void runJsx(draft.source, draft.origin.body);
  }, [initial, runJsx]);

  const runLinkCode = useCallback(() => {
    const editor = jsxEditor.current;
    const editorState = editor?.state();
    if (editor === null || editorState === undefined) return;
    noteEdit();
    editor.dispatch(approveOrigin(editorState));
    void runJsx(editor.text(), originOf(editorState).body);
  }, [runJsx, noteEdit]);

  /** Opens a message in the JSON tab as one undoable edit. */
  /** A compile still waiting or loading Babel must not draw (and save) over what comes next. */
  const cancelCompile = useCallback(() => {
    clearTimeout(jsxTimer.current);
    compileRun.current++;
    markCompiling(false);
  }, [markCompiling]);

  const openMessage = useCallback(
    (value: unknown) => {
      opens.current++;
      cancelCompile();
      const text = pretty(value);
      showTab("json");
      saveJsx(undefined);
      jsonEditor.current?.replace(text);
      onJsonChange(text);
    },
    [onJsonChange, showTab, saveJsx, cancelCompile],
  );

  // Another `#m=` link opened in the same tab (the renderer's format) replaces the message.
  useEffect(() => {
    const onHash = () => {
      const source = readHashJsx(window.location.hash);
      const linked = source === undefined ? readHashPayload(window.location.hash) : undefined;
      if (source === undefined && linked === undefined) return;
      opens.current++;
      // What the link holds is shown, not saved, until the person changes it (see linkShown).
      linkShown.current = true;
      replacing.current = true;
      try {
        if (source !== undefined) {
          jsxEditor.current?.replace(source, withOrigin(LINK_CODE));
          setJsxText(source);
          showTab("jsx");
        } else if (linked?.ok) openMessage(linked.payload);
        else if (linked !== undefined) {
          cancelCompile();
          setState(linked);
        }
      } finally {
        replacing.current = false;
      }
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [openMessage, showTab, cancelCompile]);

  const switchTo = useCallback(
    async (next: Tab) => {
      setNotice(undefined);
      // Even a click on the tab already shown: it is what the person wants now.
      const open = ++opens.current;
      if (next === tab) return;
      if (next === "jsx") {
        let value: unknown;
        try {
          value = JSON.parse(jsonText);
        } catch {
          setNotice("Fix the JSON first: it does not parse, so there is nothing to convert.");
          return;
        }
        try {
          const { toJsx } = await import("@flexkit/flex-jsx/to-jsx");
          if (open !== opens.current) return;
          const source = toJsx(messagesOf(value));
          // Written here from the JSON: the person's own code. The link's code it replaces stays
          // in the history with its origin, so Undo brings it back behind the gate again. A
          // body's other properties (`to`) wait in the origin for the messages to come back.
          replaceText(
            jsxEditor.current,
            source,
            withOrigin({ fromLink: false, body: bodyAround(value) }),
          );
          saveJsx(jsxEditor.current?.state());
          setJsxText(source);
          jsxBaseline.current = source;
          showTab("jsx");
        } catch (error) {
          if (open !== opens.current) return;
          setNotice(`Can't write this as JSX: ${error instanceof Error ? error.message : error}`);
        }
        return;
      }
      if (mustRun) {
        setNotice(NOT_RUN_JSON);
        return;
      }
      if (jsxText === jsxBaseline.current) {
        cancelCompile();
        saveJsx(undefined);
        showTab("json");
        return;
      }
      const message = await runJsx(jsxText, origin.body);
      // Something opened meanwhile, or the person went on typing in the JSX: theirs wins.
      if (open !== opens.current || message === OVERTAKEN) return;
      if (message === undefined) {
        setNotice("Fix the JSX first: it does not compile or render.");
        return;
      }
      const text = pretty(message);
      replaceText(jsonEditor.current, text);
      saveJsx(undefined);
      showTab("json");
    },
    [tab, jsonText, jsxText, mustRun, origin, runJsx, replaceText, saveJsx, showTab, cancelCompile],
  );

  const { diagnostics, showIssue, outline } = useIssueLocation({
    tab,
    jsonText,
    jsonError,
    issues,
    payload,
    sources,
    jsxText,
    jsonEditor,
    jsxEditor,
    preview: previewRef,
  });

  const copy = useCallback(async (text: string, what: string) => {
    setNotice(
      (await copyText(text)) ? `Copied ${what}.` : `The browser did not allow copying ${what}.`,
    );
  }, []);

  const share = useCallback(() => {
    const link = tab === "jsx" ? jsxLink(jsxText) : messageLink(payload);
    setShareLink(link);
    void copy(link, "the link");
  }, [tab, jsxText, payload, copy]);

  /** The message to copy or download, or undefined after saying why there is none. */
  const heldPayload = useCallback((): unknown => {
    if (payload === undefined)
      setNotice(waiting ? NOT_RUN : "There is no message to copy: the link could not be read.");
    return payload;
  }, [payload, waiting]);

  const download = useCallback(() => {
    if (heldPayload() === undefined) return;
    const url = URL.createObjectURL(new Blob([pretty(payload)], { type: "application/json" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = "message.json";
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [payload, heldPayload]);

  const button = { font: "inherit", fontSize: 12, padding: "3px 8px", cursor: "pointer" } as const;
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      data-tab={id}
      aria-pressed={tab === id}
      onClick={() => void switchTo(id)}
      style={{ ...button, fontWeight: tab === id ? 700 : 400 }}
    >
      {label}
    </button>
  );

  return (
    <div data-workbench="" className="flexkit-workbench">
      <style>{WORKBENCH_CSS}</style>
      <div ref={previewRef} className="flexkit-workbench-preview">
        {waiting ? (
          <div data-not-run="" role="status" className="flexkit-workbench-not-run">
            {NOT_RUN}
          </div>
        ) : null}
        {preview(waiting ? NOTHING : state, waiting)}
      </div>
      <section data-editor-pane="" className="flexkit-workbench-editor">
        <div style={{ display: "flex", flexWrap: "wrap", gap: 4, alignItems: "center" }}>
          {tabButton("json", "JSON")}
          {tabButton("jsx", "JSX")}
          <span style={{ width: 8 }} />
          <button
            type="button"
            data-action="undo"
            style={button}
            onClick={() => (tab === "json" ? jsonEditor : jsxEditor).current?.undo()}
          >
            Undo
          </button>
          <button
            type="button"
            data-action="redo"
            style={button}
            onClick={() => (tab === "json" ? jsonEditor : jsxEditor).current?.redo()}
          >
            Redo
          </button>
          <select
            data-action="new"
            value=""
            style={button}
            onChange={(event) => {
              const kind = event.target.value as StarterKind;
              if (kind in STARTERS) openMessage(STARTERS[kind]);
            }}
          >
            <option value="">New…</option>
            {(Object.keys(STARTERS) as StarterKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {kind[0]!.toUpperCase() + kind.slice(1)}
              </option>
            ))}
          </select>
          <button
            type="button"
            data-action="gallery"
            aria-expanded={galleryOpen}
            style={button}
            onClick={() => setGalleryOpen((open) => !open)}
          >
            Gallery
          </button>
          <button type="button" data-action="share" style={button} onClick={share}>
            Share
          </button>
          <button
            type="button"
            data-action="copy-json"
            style={button}
            onClick={() => {
              if (heldPayload() !== undefined) void copy(JSON.stringify(payload), "compact JSON");
            }}
          >
            Copy JSON
          </button>
          <button
            type="button"
            data-action="copy-pretty"
            style={button}
            onClick={() => {
              if (heldPayload() !== undefined) void copy(pretty(payload), "pretty JSON");
            }}
          >
            Copy pretty
          </button>
          <button
            type="button"
            data-action="copy-jsx"
            style={button}
            onClick={() =>
              void (async () => {
                const { toJsx } = await import("@flexkit/flex-jsx/to-jsx");
                try {
                  await copy(tab === "jsx" ? jsxText : toJsx(messagesOf(payload)), "JSX");
                } catch (error) {
                  setNotice(
                    `Can't write this as JSX: ${error instanceof Error ? error.message : error}`,
                  );
                }
              })()
            }
          >
            Copy JSX
          </button>
          <button type="button" data-action="download" style={button} onClick={download}>
            Download .json
          </button>
        </div>
        {shareLink !== undefined ? (
          <input
            data-share-link=""
            readOnly
            value={shareLink}
            onFocus={(event) => event.target.select()}
            style={{ width: "100%", boxSizing: "border-box", fontSize: 11 }}
          />
        ) : null}
        {notice !== undefined ? (
          <div data-notice="" role="status" style={{ color: "#ffd479" }}>
            {notice}
          </div>
        ) : null}
        {galleryOpen ? (
          <GalleryPanel
            onOpen={(message) => {
              openMessage(message);
              setGalleryOpen(false);
            }}
          />
        ) : null}
        <div style={{ flex: 1, minHeight: 0, display: tab === "json" ? "block" : "none" }}>
          <CodeEditor
            ref={jsonEditor}
            initial={initial.text}
            language="json"
            label="Message JSON"
            onChange={onJsonChange}
            diagnostics={diagnostics}
          />
        </div>
        <div
          ref={jsxPane}
          data-jsx-pane=""
          style={{
            flex: 1,
            minHeight: 0,
            display: tab === "jsx" ? "flex" : "none",
            flexDirection: "column",
            gap: 4,
          }}
        >
          {origin.body !== undefined ? (
            <div data-jsx-body="" style={{ opacity: 0.85 }}>
              {describeBody(origin.body)}
            </div>
          ) : null}
          {mustRun ? (
            <div data-run-gate="" style={{ color: "#ffd479" }}>
              This link carries code. It has not run: read it, then{" "}
              <button type="button" data-action="run-code" style={button} onClick={runLinkCode}>
                Run code
              </button>
            </div>
          ) : null}
          <div style={{ flex: 1, minHeight: 0 }}>
            <CodeEditor
              ref={jsxEditor}
              initial={initial.jsx?.source ?? ""}
              language="jsx"
              label="Message JSX"
              onChange={onJsxChange}
              extensions={jsxExtensions}
            />
          </div>
        </div>
        {tab === "json" && jsonError !== undefined ? (
          <div data-json-error="" style={{ color: "#ff8a80" }}>
            JSON: line {jsonError.line}, column {jsonError.column}: {jsonError.reason} (
            {sampleDrawn
              ? "the preview shows the sample until it parses"
              : "the preview shows the last message that parsed"}
            )
          </div>
        ) : null}
        {tab === "jsx" && jsxError !== undefined ? (
          <div data-jsx-error="" style={{ color: "#ff8a80" }}>
            {jsxError}
          </div>
        ) : null}
        <ExportControls preview={previewRef} payload={payload} />
      </section>
      <IssuesPanel
        issues={issues}
        valid={state.ok}
        pending={waiting ? "the code from the link has not run yet" : undefined}
        onPick={showIssue}
        onHover={outline}
      />
    </div>
  );
}

const NOT_RUN = "The code from the link has not run yet: read it, then press Run code.";
const NOT_RUN_JSON =
  "The code from the link has not run yet, so there is no JSON for it: read it, then press Run code (or open a message with New or Gallery).";
const NOTHING: PayloadResult = { ok: true, payload: [] };

/**
 * On a wide window the chat (with chat mode's events panel) fills the left and the editor sits
 * over the issues on the right; on a narrow one the chat keeps the full width (as a phone would
 * show it) and the editor and issues follow below.
 */
const WORKBENCH_CSS = `
.flexkit-workbench { flex: 1; min-height: 0; display: flex; flex-direction: column; overflow: auto;
  font-family: system-ui, sans-serif; font-size: 12px; color: #e8eaed; }
.flexkit-workbench-preview { display: flex; flex-direction: column; height: 70vh; flex: none; }
.flexkit-workbench-editor { display: flex; flex-direction: column; gap: 6px; padding: 8px;
  height: 70vh; flex: none; box-sizing: border-box; }
.flexkit-workbench-issues { padding: 8px; overflow: auto; }
.flexkit-workbench-not-run { padding: 4px 8px; background: #4a4123; color: #ffd479; }
@media (min-width: 1200px) {
  .flexkit-workbench { display: grid; overflow: hidden;
    grid-template-columns: minmax(0, 1fr) minmax(380px, 40%);
    grid-template-rows: minmax(0, 1fr) minmax(0, 32%); }
  .flexkit-workbench-preview { grid-column: 1; grid-row: 1 / 3; height: auto; min-height: 0; }
  .flexkit-workbench-editor { grid-column: 2; grid-row: 1; height: auto; min-height: 0; }
  .flexkit-workbench-issues { grid-column: 2; grid-row: 2; border-top: 1px solid #3a404a; }
}
`;
