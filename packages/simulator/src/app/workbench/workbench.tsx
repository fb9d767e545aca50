import type { EditorState, StateEffect } from "@codemirror/state";
import { type ValidationIssue, validateAny } from "@flexkit/validators";
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PayloadResult } from "../payload.js";
import { writeJsonDraft, writeJsxDraft } from "./autosave.js";
import { CodeEditor, type CodeEditorHandle } from "./code-editor.js";
import { ExportControls } from "./export-controls.js";
import { GalleryPanel } from "./gallery-panel.js";
import { previewRoot, textPath, useIssueLocation } from "./issue-location.js";
import { IssuesPanel } from "./issues-panel.js";
import { approveOrigin, jsxOrigin, originOf, withOrigin } from "./jsx-origin.js";
import { describeBody, messagesOf } from "./message-body.js";
import { BUTTON, Toolbar } from "./toolbar.js";
import { useJsxCompile } from "./use-jsx-compile.js";
import { initialFromPage, unlinkAddress, useLinks } from "./use-links.js";
import { type Edit, nearestNode, treeOf } from "./visual/tree-model.js";
import { TreePane } from "./visual/tree-pane.js";
import { nodeAtPreview, useTreeOutline } from "./visual/tree-preview.js";
import {
  type Converted,
  type Effect,
  initialState,
  isWaiting,
  NOT_RUN,
  reduce,
  type Tab,
  type WorkbenchEvent,
  type WorkbenchState,
} from "./workbench-state.js";

/** The JSX tab's text and origin, kept for the next visit while that tab is open. */
function saveJsxDraft(editorState: EditorState): void {
  writeJsxDraft({ source: editorState.doc.toString(), origin: originOf(editorState) });
}

/**
 * The workbench's state (see workbench-state.ts), held in a ref as well as in React: an editor's
 * change listener that runs while the page replaces its text, or a compile that finishes, must
 * see every transition so far, not the last render's. `perform` runs each transition's effects,
 * in order, as soon as the transition is made.
 */
function useWorkbenchStore(
  init: () => WorkbenchState,
  perform: (effect: Effect) => void,
): [WorkbenchState, (event: WorkbenchEvent) => void] {
  const [state, setState] = useState(init);
  const latest = useRef(state);
  const performer = useRef(perform);
  performer.current = perform;
  const dispatch = useCallback((event: WorkbenchEvent) => {
    const step = reduce(latest.current, event);
    latest.current = step.state;
    setState(step.state);
    for (const effect of step.effects) performer.current(effect);
  }, []);
  return [state, dispatch];
}

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
  const [current, dispatch] = useWorkbenchStore(() => initialState(initial), perform);
  const {
    tab,
    message: state,
    jsonText,
    jsonError,
    sampleDrawn,
    jsxText,
    jsxError,
    sources,
    origin,
    notice,
    galleryOpen,
    selected,
  } = current;
  const mustRun = origin.fromLink;
  const jsonEditor = useRef<CodeEditorHandle>(null);
  const jsxEditor = useRef<CodeEditorHandle>(null);
  const previewRef = useRef<HTMLDivElement>(null);
  const compiler = useJsxCompile(dispatch);
  /** The page itself is replacing an editor's text (a tab's conversion, a link followed). */
  const replacing = useRef(false);

  /** Replaces an editor's text; `byPage`: for the page's own reasons, not the person's edit. */
  function replaceText(
    editor: CodeEditorHandle | null,
    text: string,
    byPage: boolean,
    effects?: readonly StateEffect<unknown>[],
  ) {
    const before = replacing.current;
    replacing.current = byPage;
    try {
      editor?.replace(text, effects);
    } finally {
      replacing.current = before;
    }
  }

  function perform(effect: Effect): void {
    switch (effect.type) {
      case "replace-json":
        replaceText(jsonEditor.current, effect.text, effect.byPage);
        break;
      case "replace-jsx":
        replaceText(jsxEditor.current, effect.text, true, withOrigin(effect.origin));
        break;
      case "approve-jsx": {
        const editor = jsxEditor.current;
        const editorState = editor?.state();
        if (editor !== null && editorState !== undefined)
          editor.dispatch(approveOrigin(editorState));
        break;
      }
      case "save-json":
        writeJsonDraft(effect.text);
        break;
      case "save-jsx": {
        const editorState = jsxEditor.current?.state();
        if (editorState === undefined) writeJsxDraft(undefined);
        else saveJsxDraft(editorState);
        break;
      }
      case "drop-jsx":
        writeJsxDraft(undefined);
        break;
      case "unlink":
        unlinkAddress();
        break;
      case "compile-later":
      case "cancel-timer":
      case "compile":
      case "busy":
        compiler.perform(effect);
        break;
      case "convert": {
        const { open, value } = effect;
        void (async () => {
          let result: Converted;
          try {
            const { toJsx } = await import("@flexkit/flex-jsx/to-jsx");
            result = { ok: true, source: toJsx(messagesOf(value)) };
          } catch (error) {
            result = { ok: false, reason: String(error instanceof Error ? error.message : error) };
          }
          dispatch({ type: "switch-converted", open, value, result });
        })();
        break;
      }
    }
  }

  const waiting = isWaiting(current);
  const payload = state.ok && !waiting ? state.payload : undefined;
  const issues: ValidationIssue[] = useMemo(
    () => (state.ok && !waiting ? validateAny(state.payload).issues : []),
    [state, waiting],
  );

  const onJsonChange = useCallback(
    (text: string) => dispatch({ type: "json-edited", text, byPage: replacing.current }),
    [dispatch],
  );
  const onJsxChange = useCallback(
    (text: string, editorState: EditorState) =>
      dispatch({
        type: "jsx-edited",
        text,
        origin: originOf(editorState),
        byPage: replacing.current,
      }),
    [dispatch],
  );

  /** The gate follows the JSX editor's origin, which Undo and Redo restore with the text. */
  const [jsxExtensions] = useState(() =>
    jsxOrigin(current.origin, (changed) => dispatch({ type: "origin-changed", origin: changed })),
  );

  // The person's own JSX from the last visit runs, as it ran while they typed; a link's waits.
  useEffect(() => {
    const draft = initial.jsx;
    if (draft !== undefined && !draft.origin.fromLink)
      dispatch({ type: "compile-started", source: draft.source, body: draft.origin.body });
  }, [initial, dispatch]);

  const runLinkCode = useCallback(() => {
    const editor = jsxEditor.current;
    const editorState = editor?.state();
    if (editor === null || editorState === undefined) return;
    dispatch({ type: "run-code", source: editor.text(), body: originOf(editorState).body });
  }, [dispatch]);

  const openMessage = useCallback(
    (message: unknown, from: "new" | "gallery") =>
      dispatch({ type: "message-opened", message, from }),
    [dispatch],
  );

  useLinks(dispatch);

  const switchTo = useCallback(
    (next: Tab) => dispatch({ type: "switch-started", to: next }),
    [dispatch],
  );
  const setNotice = useCallback(
    (text: string | undefined) => dispatch({ type: "notice", text }),
    [dispatch],
  );

  const { diagnostics, showIssue, outline } = useIssueLocation({
    // The Tree tab shows the JSON's message: its issues are placed as the JSON tab's are.
    tab: tab === "jsx" ? "jsx" : "json",
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

  // The Tree tab edits through the JSON editor, so its Undo is the JSON editor's.
  const undo = useCallback(() => (tab === "jsx" ? jsxEditor : jsonEditor).current?.undo(), [tab]);
  const redo = useCallback(() => (tab === "jsx" ? jsxEditor : jsonEditor).current?.redo(), [tab]);

  // The tree (and the inspector) change the message through the JSON editor (see tree-edited).
  const selectNode = useCallback(
    (id: string) => dispatch({ type: "tree-selected", selected: id }),
    [dispatch],
  );
  const editMessage = useCallback(
    (edit: Edit) => dispatch({ type: "tree-edited", value: edit.value, selected: edit.selected }),
    [dispatch],
  );
  const root = useMemo(() => previewRoot(payload), [payload]);
  /** On the Tree tab, an issue picked selects its component (or the nearest one above it). */
  const pickIssue = useCallback(
    (issue: ValidationIssue) => {
      if (tab !== "tree" || payload === undefined) return showIssue(issue);
      const node = nearestNode(treeOf(payload), textPath(payload, issue.path));
      if (node !== undefined) selectNode(node.id);
    },
    [tab, payload, showIssue, selectNode],
  );
  useTreeOutline({ active: tab === "tree", selected, payload, root, preview: previewRef });

  return (
    <div data-workbench="" className="flexkit-workbench">
      <style>{WORKBENCH_CSS}</style>
      <div
        ref={previewRef}
        className="flexkit-workbench-preview"
        onClickCapture={(event) => {
          // On the Tree tab, a click on a drawn Flex component selects it in the tree, as in
          // LINE's Flex Message Simulator, rather than tapping it (a uri action opens a tab).
          const chat = previewRef.current?.querySelector("[data-chat]");
          const target = event.target as Element;
          if (tab !== "tree" || payload === undefined || chat == null) return;
          if (target.closest("[data-flex]") === null || !chat.contains(target)) return;
          const id = nodeAtPreview(chat, target, payload, root);
          if (id === undefined) return;
          event.stopPropagation();
          event.preventDefault();
          selectNode(id);
        }}
      >
        {waiting ? (
          <div data-not-run="" role="status" className="flexkit-workbench-not-run">
            {NOT_RUN}
          </div>
        ) : null}
        {preview(waiting ? NOTHING : state, waiting)}
      </div>
      <section data-editor-pane="" className="flexkit-workbench-editor">
        <Toolbar
          tab={tab}
          onTab={switchTo}
          onUndo={undo}
          onRedo={redo}
          onNew={(message) => openMessage(message, "new")}
          galleryOpen={galleryOpen}
          onGallery={() => dispatch({ type: "gallery-toggled" })}
          payload={payload}
          waiting={waiting}
          jsxText={jsxText}
          onNotice={setNotice}
        />
        {notice !== undefined ? (
          <div data-notice="" role="status" style={{ color: "#ffd479" }}>
            {notice}
          </div>
        ) : null}
        {galleryOpen ? (
          <GalleryPanel onOpen={(message) => openMessage(message, "gallery")} />
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
        {tab === "tree" ? (
          <div data-tree-tab="" style={{ flex: 1, minHeight: 0, display: "flex" }}>
            <TreePane
              value={payload}
              unavailable={
                jsonError !== undefined
                  ? "The JSON does not parse: fix it on the JSON tab to see its tree."
                  : payload === undefined
                    ? "There is no message to show."
                    : undefined
              }
              selected={selected}
              onSelect={selectNode}
              onEdit={editMessage}
              onUndo={undo}
              onRedo={redo}
            />
          </div>
        ) : null}
        <div
          ref={compiler.pane}
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
              <button type="button" data-action="run-code" style={BUTTON} onClick={runLinkCode}>
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
        onPick={pickIssue}
        onHover={outline}
      />
    </div>
  );
}

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
