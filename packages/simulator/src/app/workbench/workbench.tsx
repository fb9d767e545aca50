import type { EditorState, StateEffect } from "@codemirror/state";
import { type ValidationIssue, validateAny } from "@flexkit/validators";
import {
  type CSSProperties,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { PayloadResult } from "../payload.js";
import { Button } from "../ui/button.js";
import { Panel } from "../ui/panel.js";
import { Splitter } from "../ui/splitter.js";
import { writeJsonDraft, writeJsxDraft } from "./autosave.js";
import { CodeEditor, type CodeEditorHandle } from "./code-editor.js";
import {
  CHAT_MIN,
  type ColumnLayout,
  readColumns,
  SIDE_FOLDED,
  SIDE_MIN,
  widestChat,
  widestSide,
  writeColumns,
} from "./column-layout.js";
import { ExportControls } from "./export-controls.js";
import { GalleryPanel } from "./gallery-panel.js";
import { previewRoot, textPath, useIssueLocation } from "./issue-location.js";
import { IssuesPanel } from "./issues-panel.js";
import { approveOrigin, jsxOrigin, originOf, withOrigin } from "./jsx-origin.js";
import { describeBody, messagesOf } from "./message-body.js";
import { Toolbar } from "./toolbar.js";
import { useJsxCompile } from "./use-jsx-compile.js";
import { initialFromPage, unlinkAddress, useLinks } from "./use-links.js";
import { type Edit, nearestNode, treeOf } from "./visual/tree-model.js";
import { nodeAtPreview, useTreeOutline } from "./visual/tree-preview.js";
import { TreeTab } from "./visual/tree-tab.js";
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
  frame = (_state, content) => content,
  side,
  chatWidth,
}: {
  sample: () => unknown;
  /** Draws `state`; `waiting` when it stands for code that has not run (nothing to send). */
  preview: (state: PayloadResult, waiting: boolean) => ReactNode;
  /** Wraps the whole workbench (chat mode's provider, which the chat and `side` share). */
  frame?: (state: PayloadResult, content: ReactNode) => ReactNode;
  /** More panels for the side column, under the issues (chat mode's webhook events). */
  side?: ReactNode;
  /** The chat's own width (a device preset's), which the chat column widens to hold. */
  chatWidth?: number;
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
        if (effect.typing === undefined)
          replaceText(jsonEditor.current, effect.text, effect.byPage);
        else jsonEditor.current?.type(effect.text, effect.typing === "continues");
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
    ({ value, selected, typing }: Edit) =>
      dispatch({ type: "tree-edited", value, selected, typing }),
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

  /** The side column's Properties panel, where the Tree tab puts the inspector. */
  const [inspectorHost, setInspectorHost] = useState<HTMLElement | null>(null);
  const layout = useColumns(chatWidth);
  const shown = waiting ? NOTHING : state;

  return frame(
    shown,
    <div
      ref={layout.grid}
      data-workbench=""
      data-chat-mode-layout={layout.wide ? "beside" : "below"}
      data-side-collapsed={layout.sideCollapsed}
      className="fk-workbench"
      style={
        {
          "--fk-chat-width": `${layout.chat}px`,
          "--fk-side-width": `${layout.side}px`,
        } as CSSProperties
      }
    >
      <section
        ref={previewRef}
        data-chat-pane=""
        aria-label="Chat preview"
        className="fk-column fk-chat-column"
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
          <div data-not-run="" role="status" className="fk-callout" data-tone="warning">
            {NOT_RUN}
          </div>
        ) : null}
        {preview(shown, waiting)}
      </section>
      <Splitter
        label="Chat width"
        data-splitter="chat"
        value={layout.chat}
        min={CHAT_MIN}
        max={layout.chatMax}
        grows="right"
        onChange={layout.setChat}
      />
      <section data-editor-pane="" aria-label="Editor" className="fk-column fk-editor-column">
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
          <div data-notice="" role="status" className="fk-callout" data-tone="info">
            {notice}
          </div>
        ) : null}
        {galleryOpen ? (
          <GalleryPanel onOpen={(message) => openMessage(message, "gallery")} />
        ) : null}
        <div className="fk-editor-frame" style={{ display: tab === "json" ? "block" : "none" }}>
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
          <TreeTab
            payload={payload}
            issues={issues}
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
            inspectorHost={inspectorHost}
          />
        ) : null}
        <div
          ref={compiler.pane}
          data-jsx-pane=""
          style={{
            flex: 1,
            minHeight: 0,
            display: tab === "jsx" ? "flex" : "none",
            flexDirection: "column",
            gap: 6,
          }}
        >
          {origin.body !== undefined ? (
            <div data-jsx-body="" className="fk-callout" data-tone="info">
              {describeBody(origin.body)}
            </div>
          ) : null}
          {mustRun ? (
            <div data-run-gate="" className="fk-callout" data-tone="warning">
              This link carries code. It has not run: read it, then{" "}
              <Button variant="primary" data-action="run-code" onClick={runLinkCode}>
                Run code
              </Button>
            </div>
          ) : null}
          <div className="fk-editor-frame">
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
          <div data-json-error="" className="fk-callout" data-tone="error">
            JSON: line {jsonError.line}, column {jsonError.column}: {jsonError.reason} (
            {sampleDrawn
              ? "the preview shows the sample until it parses"
              : "the preview shows the last message that parsed"}
            )
          </div>
        ) : null}
        {tab === "jsx" && jsxError !== undefined ? (
          <div data-jsx-error="" className="fk-callout" data-tone="error">
            {jsxError}
          </div>
        ) : null}
        <ExportControls preview={previewRef} payload={payload} />
      </section>
      <Splitter
        label="Side panels width"
        data-splitter="side"
        value={layout.side}
        min={SIDE_MIN}
        max={layout.sideMax}
        grows="left"
        onChange={layout.setSide}
      />
      <aside data-side-pane="" aria-label="Issues and events" className="fk-column fk-side-column">
        <div className="fk-side-header">
          <Button
            variant="ghost"
            size="icon"
            data-action="collapse-side"
            aria-expanded={!layout.sideCollapsed}
            aria-label={layout.sideCollapsed ? "Show the side panels" : "Hide the side panels"}
            title={layout.sideCollapsed ? "Show the side panels" : "Hide the side panels"}
            onClick={() => layout.setSideCollapsed(!layout.sideCollapsed)}
          >
            {layout.sideCollapsed ? "«" : "»"}
          </Button>
        </div>
        <div className="fk-side-panels">
          {tab === "tree" ? (
            <Panel title="Properties" label="Properties" data-properties-panel="">
              <div ref={setInspectorHost} data-inspector-host="" />
            </Panel>
          ) : null}
          <IssuesPanel
            issues={issues}
            valid={state.ok}
            pending={waiting ? "the code from the link has not run yet" : undefined}
            onPick={pickIssue}
            onHover={outline}
          />
          {side}
        </div>
      </aside>
    </div>,
  );
}

/** From this width the three columns stand side by side; below it they stack. */
const COLUMNS_QUERY = "(min-width: 1000px)";

/**
 * The widths of the chat and side columns (set by the handles), whether the side column is folded,
 * and the largest widths that still leave the editor its room in the window as it is now. What the
 * person sets is kept in this browser for the next visit.
 */
function useColumns(chatWidth: number | undefined) {
  const grid = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(() => readColumns(window.innerWidth));
  const { chat, side, sideCollapsed } = columns;
  const change = (next: Partial<ColumnLayout>) => {
    const changed = { ...columns, ...next };
    setColumns(changed);
    writeColumns(changed);
  };
  const [width, setWidth] = useState(() => window.innerWidth);
  const [wide, setWide] = useState(() => window.matchMedia(COLUMNS_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(COLUMNS_QUERY);
    const measure = () => {
      setWide(query.matches);
      setWidth(grid.current?.clientWidth ?? window.innerWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (grid.current !== null) observer.observe(grid.current);
    query.addEventListener("change", measure);
    return () => {
      observer.disconnect();
      query.removeEventListener("change", measure);
    };
  }, []);
  const chatMax = widestChat(width, sideCollapsed ? SIDE_FOLDED : side);
  // A device preset wider than the column widens it (its border included), as far as there is room.
  const chatShown = Math.min(Math.max(chat, (chatWidth ?? 0) + 2), chatMax);
  const sideMax = widestSide(width, chatShown);
  return {
    grid,
    wide,
    chat: chatShown,
    side: Math.min(side, sideMax),
    chatMax,
    sideMax,
    setChat: (value: number) => change({ chat: value }),
    setSide: (value: number) => change({ side: value }),
    sideCollapsed,
    setSideCollapsed: (value: boolean) => change({ sideCollapsed: value }),
  };
}

const NOTHING: PayloadResult = { ok: true, payload: [] };
