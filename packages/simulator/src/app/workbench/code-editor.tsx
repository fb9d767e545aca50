import {
  defaultKeymap,
  history,
  historyKeymap,
  isolateHistory,
  redo,
  undo,
} from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import {
  EditorState,
  type Extension,
  type StateEffect,
  type TransactionSpec,
} from "@codemirror/state";
import { EditorView, keymap, lineNumbers } from "@codemirror/view";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";

export interface CodeEditorHandle {
  /**
   * Replaces the whole text as one undoable step of its own (opening a sample, a starter, a tab
   * switch), with `effects` that go with it (and are undone with it).
   */
  replace(text: string, effects?: readonly StateEffect<unknown>[]): void;
  dispatch(spec: TransactionSpec): void;
  state(): EditorState | undefined;
  select(from: number, to: number): void;
  undo(): boolean;
  redo(): boolean;
  text(): string;
}

/** A CodeMirror 6 editor with history; `diagnostics` are drawn as inline markers. */
export const CodeEditor = forwardRef<
  CodeEditorHandle,
  {
    initial: string;
    language: "json" | "jsx";
    /** Called for every change of the text, with the editor's state after it. */
    onChange: (text: string, state: EditorState) => void;
    diagnostics?: readonly Diagnostic[];
    label: string;
    /** More CodeMirror extensions, read once when the editor is created (before onChange's). */
    extensions?: Extension;
  }
>(function CodeEditor({ initial, language, onChange, diagnostics, label, extensions }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  // The editor is created once; later text arrives through the handle, keeping its history.
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once on purpose (see above).
  useEffect(() => {
    if (host.current === null) return;
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: initial,
        extensions: [
          lineNumbers(),
          history(),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language === "json" ? [json(), lintGutter()] : [],
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": label }),
          extensions ?? [],
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString(), update.state);
          }),
          EditorView.theme({
            "&": { height: "100%", fontSize: "12px", background: "#ffffff", color: "#1f2329" },
            ".cm-scroller": { fontFamily: "ui-monospace, Menlo, Consolas, monospace" },
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, []);

  useEffect(() => {
    const editor = view.current;
    if (editor === null || diagnostics === undefined) return;
    const length = editor.state.doc.length;
    const inside = diagnostics.filter((d) => d.from <= length && d.to <= length);
    editor.dispatch(setDiagnostics(editor.state, inside));
  }, [diagnostics]);

  useImperativeHandle(ref, () => ({
    replace(text, effects = []) {
      const editor = view.current;
      if (editor === null) return;
      const same = editor.state.doc.toString() === text;
      if (same && effects.length === 0) return;
      editor.dispatch({
        changes: same ? undefined : { from: 0, to: editor.state.doc.length, insert: text },
        effects,
        // Never merged into the typing just before it: Undo steps back over the replacement alone.
        annotations: isolateHistory.of("full"),
      });
    },
    dispatch(spec) {
      view.current?.dispatch(spec);
    },
    state: () => view.current?.state,
    select(from, to) {
      const editor = view.current;
      if (editor === null) return;
      const length = editor.state.doc.length;
      editor.dispatch({
        selection: { anchor: Math.min(from, length), head: Math.min(to, length) },
        effects: EditorView.scrollIntoView(Math.min(from, length), { y: "center" }),
      });
      editor.focus();
    },
    undo: () => (view.current === null ? false : undo(view.current)),
    redo: () => (view.current === null ? false : redo(view.current)),
    text: () => view.current?.state.doc.toString() ?? "",
  }));

  return (
    <div
      ref={host}
      data-code-editor={language}
      style={{ height: "100%", overflow: "hidden", border: "1px solid #3a404a" }}
    />
  );
});
