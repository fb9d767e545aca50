import {
  autocompletion,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from "@codemirror/autocomplete";
import {
  defaultKeymap,
  history,
  historyKeymap,
  isolateHistory,
  redo,
  undo,
} from "@codemirror/commands";
import { javascript, javascriptLanguage } from "@codemirror/lang-javascript";
import { json, jsonLanguage } from "@codemirror/lang-json";
import { syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import {
  Annotation,
  EditorState,
  type Extension,
  type StateEffect,
  Transaction,
  type TransactionSpec,
} from "@codemirror/state";
import {
  EditorView,
  highlightActiveLine,
  hoverTooltip,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { tagHighlighter, tags } from "@lezer/highlight";
import { forwardRef, useEffect, useImperativeHandle, useRef } from "react";
import { type CompletionOption, jsonCompletions } from "./json-completion.js";
import { jsxCompletions } from "./jsx-completion.js";
import { describeForCompletion, propertyDocAtOffset } from "./property-info.js";
import { textChange } from "./text-change.js";

/**
 * Token classes named after their lezer tags (`tok-propertyName`, `tok-tagName`), coloured by
 * ui.css for each app theme.
 */
const highlighter = tagHighlighter([
  { tag: tags.propertyName, class: "tok-propertyName" },
  { tag: [tags.string, tags.attributeValue], class: "tok-string" },
  { tag: tags.number, class: "tok-number" },
  { tag: tags.bool, class: "tok-bool" },
  { tag: tags.null, class: "tok-null" },
  { tag: tags.atom, class: "tok-atom" },
  { tag: tags.keyword, class: "tok-keyword" },
  { tag: tags.tagName, class: "tok-tagName" },
  { tag: tags.attributeName, class: "tok-attributeName" },
  { tag: [tags.typeName, tags.className], class: "tok-typeName" },
  { tag: tags.comment, class: "tok-comment" },
  { tag: tags.angleBracket, class: "tok-angleBracket" },
  { tag: tags.punctuation, class: "tok-punctuation" },
]);

/** CodeMirror's form of our options: `back` puts the cursor inside what was inserted. */
function toCompletion(option: CompletionOption, to?: number): Completion {
  const { label, apply, type, detail, info, back = 0 } = option;
  return {
    label,
    type,
    ...(detail === undefined ? {} : { detail }),
    ...(info === undefined ? {} : { info }),
    apply:
      back === 0 && to === undefined
        ? apply
        : (view, _completion, from, cursorTo) => {
            const end = Math.max(to ?? cursorTo, cursorTo);
            view.dispatch({
              changes: { from, to: end, insert: apply },
              selection: { anchor: from + apply.length - back },
              userEvent: "input.complete",
            });
          },
  };
}

function completeJson(context: CompletionContext): CompletionResult | null {
  const text = context.state.doc.toString();
  const found = jsonCompletions(text, context.pos, { describe: describeForCompletion });
  if (found === undefined) return null;
  return { from: found.from, options: found.options.map((o) => toCompletion(o, found.to)) };
}

/**
 * Over a property name, what the property means (issue 21): its description with its rules,
 * LINE's default and a link to LINE's reference.
 */
const propertyHover = hoverTooltip((view, pos) => {
  const found = propertyDocAtOffset(view.state.doc.toString(), pos);
  if (found === undefined) return null;
  const { doc } = found;
  return {
    pos: found.from,
    end: found.to,
    above: true,
    create() {
      const dom = document.createElement("div");
      dom.className = "fk-property-doc";
      dom.dataset.propertyDoc = "";
      const add = (tag: string, text: string) => {
        const element = dom.appendChild(document.createElement(tag));
        element.textContent = text;
        return element;
      };
      for (const paragraph of doc.description.split("\n")) add("p", paragraph);
      if (doc.deprecated !== undefined) add("p", `Deprecated: ${doc.deprecated}`);
      if (doc.default !== undefined) add("p", `Default: ${doc.default}`);
      if (doc.see !== undefined) {
        const link = add("a", "LINE's reference") as HTMLAnchorElement;
        link.href = doc.see;
        link.target = "_blank";
        link.rel = "noreferrer";
      }
      return { dom };
    },
  };
});

function completeJsx(context: CompletionContext): CompletionResult | null {
  const found = jsxCompletions(context.state.doc.toString(), context.pos);
  if (found === undefined) return null;
  return { from: found.from, options: found.options.map((option) => toCompletion(option)) };
}

/**
 * Marks a change typed elsewhere (an inspector field) that continues the step before it: the
 * history joins it whether or not it touches the text that step changed (emptying an optional
 * field removes its key, and typing again adds it back at the end of its object). Such a run is
 * also dated at its first keystroke (Transaction.time), so the history's group delay never
 * splits it: a run ends when the workbench says so (another property, a selection, anything
 * else in between), never by how fast the page kept up with the keys.
 */
const continuesTyping = Annotation.define<boolean>();

export interface CodeEditorHandle {
  /**
   * Replaces the whole text as one undoable step of its own (opening a sample, a starter, a tab
   * switch), with `effects` that go with it (and are undone with it).
   */
  replace(text: string, effects?: readonly StateEffect<unknown>[]): void;
  /**
   * Changes the text to `text` as a keystroke would: only what differs, as typing, so that it
   * `continues` the step before it while within CodeMirror's group delay, or starts a step of
   * its own (a keystroke somewhere else).
   */
  type(text: string, continues: boolean): void;
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
  /** When the run of typing that `type()` continues began (see continuesTyping). */
  const runStarted = useRef<number | undefined>(undefined);

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
          history({
            joinToEvent: (transaction, adjacent) =>
              adjacent || transaction.annotation(continuesTyping) === true,
          }),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          language === "json"
            ? [
                json(),
                jsonLanguage.data.of({ autocomplete: completeJson }),
                propertyHover,
                lintGutter(),
              ]
            : [
                javascript({ jsx: true, typescript: true }),
                javascriptLanguage.data.of({ autocomplete: completeJsx }),
              ],
          syntaxHighlighting(highlighter),
          autocompletion({ icons: false }),
          highlightActiveLine(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ "aria-label": label }),
          extensions ?? [],
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString(), update.state);
          }),
          EDITOR_THEME,
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
    type(text, continues) {
      const editor = view.current;
      if (editor === null) return;
      const change = textChange(editor.state.doc.toString(), text);
      if (change === undefined) return;
      if (!continues || runStarted.current === undefined) runStarted.current = Date.now();
      editor.dispatch({
        changes: change,
        userEvent: "input.type",
        annotations: [
          Transaction.time.of(runStarted.current),
          continues ? continuesTyping.of(true) : isolateHistory.of("before"),
        ],
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
    <div ref={host} data-code-editor={language} style={{ height: "100%", overflow: "hidden" }} />
  );
});

/** The editor in the app theme's colours (ui.css), its completion list and issue tooltips too. */
const EDITOR_THEME = EditorView.theme({
  "&": {
    height: "100%",
    fontSize: "12.5px",
    background: "var(--fk-code-bg)",
    color: "var(--fk-text)",
  },
  "&.cm-focused": { outline: "none" },
  ".cm-scroller": {
    fontFamily: 'ui-monospace, "SF Mono", Menlo, Consolas, monospace',
    lineHeight: "1.55",
  },
  ".cm-content": { caretColor: "var(--fk-text)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fk-text)" },
  ".cm-gutters": {
    background: "var(--fk-code-gutter)",
    color: "var(--fk-text-muted)",
    border: "none",
    borderRight: "1px solid var(--fk-border)",
  },
  ".cm-activeLine": { background: "var(--fk-code-active-line)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection":
    { background: "var(--fk-code-selection)" },
  ".cm-tooltip": {
    background: "var(--fk-surface)",
    color: "var(--fk-text)",
    border: "1px solid var(--fk-border)",
    borderRadius: "8px",
    boxShadow: "0 8px 24px rgb(0 0 0 / 0.18)",
    overflow: "hidden",
  },
  ".cm-tooltip-autocomplete > ul": { fontFamily: "inherit", maxHeight: "14em" },
  ".cm-tooltip-autocomplete > ul > li": { padding: "2px 10px !important" },
  ".cm-tooltip-autocomplete > ul > li[aria-selected]": {
    background: "var(--fk-accent-soft)",
    color: "var(--fk-text)",
  },
  ".cm-completionDetail": { color: "var(--fk-text-muted)", fontStyle: "normal", marginLeft: "1em" },
  ".cm-completionMatchedText": { textDecoration: "none", fontWeight: "700" },
  ".fk-property-doc": { padding: "6px 10px", maxWidth: "420px", fontSize: "12px" },
  ".fk-property-doc p": { margin: "0 0 4px" },
  ".fk-property-doc a": { color: "var(--fk-accent)" },
  ".cm-diagnostic": { padding: "6px 10px", maxWidth: "420px" },
  ".cm-diagnostic-error": { borderLeft: "3px solid var(--fk-error)" },
  ".cm-diagnostic-warning": { borderLeft: "3px solid var(--fk-warning)" },
});
