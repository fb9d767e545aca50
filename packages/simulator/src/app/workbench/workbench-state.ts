import { describeJsonError, type JsonSyntaxError } from "../../shared/json-syntax.js";
import type { PayloadResult } from "../payload.js";
import type { JsxDraft } from "./autosave.js";
import type { CompileResult } from "./jsx-compile.js";
import { type JsxOrigin, LINK_CODE, OWN_CODE } from "./jsx-origin.js";
import { bodyAround, putInBody } from "./message-body.js";

/**
 * The workbench as a state machine: every transition is a pure function from the state and what
 * happened to the next state and the effects to run (editors to fill, drafts to save, compiles
 * to start). The races the page has to win (a link opened while a tab switch converts, an edit
 * while a compile runs, Undo bringing back a link's code) are decided here, where a Node test can
 * play them in any order; workbench.tsx only runs the effects.
 */

/** The editors over the one message: its JSON text, its JSX, and its component tree. */
export type Tab = "json" | "jsx" | "tree";

export const pretty = (value: unknown) => JSON.stringify(value, null, 2);

/** What the page opens with (see initialFromPage). */
export interface Initial {
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

export interface WorkbenchState {
  tab: Tab;
  /** What the preview draws and the validators check: the last message that parsed or compiled. */
  message: PayloadResult;
  /** The JSON editor's text, as of its last change. */
  jsonText: string;
  jsonError: JsonSyntaxError | undefined;
  /** The preview still shows the built-in sample for a restored draft that never parsed. */
  sampleDrawn: boolean;
  /** The JSX editor's text, as of its last change. */
  jsxText: string;
  jsxError: string | undefined;
  /** Where in the JSX each path of the message was written (from the last compile that drew). */
  sources: Record<string, string>;
  /** Where the JSX editor's text came from (a link, not run yet?) and the body it belongs in. */
  origin: JsxOrigin;
  notice: string | undefined;
  galleryOpen: boolean;
  /**
   * The page shows what a link holds and the person has not changed it. Until they do, a reload
   * shows the link again and the autosave keeps their last draft untouched (looking at a link,
   * even switching its tabs, loses nothing). Their first change takes the link out of the
   * address, so a reload shows the change rather than the link, and saves the page whole.
   */
  linkShown: boolean;
  /** The JSX as last converted from JSON: unchanged JSX switches back without re-rendering. */
  jsxBaseline: string | undefined;
  /**
   * Counts what the page opens: a link, New, the Gallery, a tab switch. A tab switch converts in
   * its own time (toJsx loads, Babel loads): opened meanwhile, the later one wins and the switch's
   * result is dropped, never written over what it opened.
   */
  opens: number;
  /**
   * Counts compiles due, started or cancelled: a compile whose number is no longer this one was
   * overtaken (the person kept typing, something opened) and draws nothing.
   */
  compileRun: number;
  /**
   * The tree's selected node, as a path in the JSON value (`formatPath`; "" for the root): the
   * workbench's, so that the chat outlines it and the inspector edits it.
   */
  selected: string;
  /** Where a switch away from the JSX tab goes once the JSX has compiled (JSON or Tree). */
  switchTarget: "json" | "tree";
  /**
   * The property (a formatted path) the inspector's last change typed into, while nothing else
   * has happened since: the next keystroke there continues the same undo step.
   */
  typingAt: string | undefined;
}

/** What a `#m=` or `#jsx=` link holds. */
export type Link = { jsx: string } | { message: PayloadResult };

/** The body a JSX text's messages go back into (see message-body.ts). */
type Body = JsxOrigin["body"];

export type WorkbenchEvent =
  /** The JSON editor's text changed; `byPage` when the page itself replaced it. */
  | { type: "json-edited"; text: string; byPage: boolean }
  /** The JSX editor's text changed; `origin` is the one its own state holds for the new text. */
  | { type: "jsx-edited"; text: string; origin: JsxOrigin; byPage: boolean }
  /** The JSX editor's origin changed: a replacement, Run code, or Undo/Redo bringing one back. */
  | { type: "origin-changed"; origin: JsxOrigin }
  /** A compile begins now: an edit's pause is over, or the last visit's own JSX comes back. */
  | { type: "compile-started"; source: string; body: Body }
  /** A compile the page started (numbered `run`) has a result. */
  | {
      type: "compile-finished";
      run: number;
      result: CompileResult;
      body: Body;
      switchOpen?: number;
    }
  /** The person pressed Run code on the JSX editor's text (`source`). */
  | { type: "run-code"; source: string; body: Body }
  | { type: "message-opened"; message: unknown; from: "new" | "gallery" }
  | { type: "link-opened"; link: Link }
  /** A tab button was pressed. */
  | { type: "switch-started"; to: Tab }
  /** The JSON of the switch numbered `open` was written as JSX (or could not be). */
  | { type: "switch-converted"; open: number; value: unknown; result: Converted }
  | { type: "notice"; text: string | undefined }
  | { type: "gallery-toggled" }
  /** The tree (or the chat) selected the node at `selected` (a formatted path). */
  | { type: "tree-selected"; selected: string }
  /**
   * The tree (or the inspector) made the next message `value`: it replaces the JSON editor's
   * text as one undoable step, the person's own; `selected` is the node to select after it.
   * `typing`: the property (a formatted path) a keystroke in an inspector field changed, so that
   * a run of keystrokes there is one undo step, as typing in a text editor is.
   */
  | { type: "tree-edited"; value: unknown; selected: string; typing?: string };

export type Converted = { ok: true; source: string } | { ok: false; reason: string };

export type Effect =
  /**
   * Put `text` in the JSON editor as one undoable step; `byPage`: not the person's edit.
   * `typing`: written as a keystroke, which "starts" a step or "continues" the one before it
   * (however long after it: the run ends only by what this reducer sees in between).
   */
  | { type: "replace-json"; text: string; byPage: boolean; typing?: "starts" | "continues" }
  /** Put `text` in the JSX editor, with its origin, for the page's own reasons. */
  | { type: "replace-jsx"; text: string; origin: JsxOrigin }
  /** Mark the JSX editor's text as the person's to run (see approveOrigin). */
  | { type: "approve-jsx" }
  | { type: "save-json"; text: string }
  /** Save the JSX editor's text and origin as the JSX draft. */
  | { type: "save-jsx" }
  /** Remove the JSX draft: the JSON tab holds the message. */
  | { type: "drop-jsx" }
  /** Take the link out of the address, so a reload shows the page's own state. */
  | { type: "unlink" }
  /** Start the compile of `source` after the typing pause (replacing one still waiting). */
  | { type: "compile-later"; source: string; body: Body }
  /** Forget the compile still waiting for the typing pause. */
  | { type: "cancel-timer" }
  /** Compile `source` now; its result comes back as compile-finished with the same numbers. */
  | { type: "compile"; run: number; source: string; body: Body; switchOpen?: number }
  /** The JSX pane is busy (a compile is due or running) or not. */
  | { type: "busy"; busy: boolean }
  /** Write the JSON `value` as JSX; the result comes back as switch-converted. */
  | { type: "convert"; open: number; value: unknown };

export interface Step {
  state: WorkbenchState;
  effects: Effect[];
}

export const NOT_RUN = "The code from the link has not run yet: read it, then press Run code.";
export const NOT_RUN_JSON =
  "The code from the link has not run yet, so there is no JSON for it: read it, then press Run code (or open a message with New or Gallery).";

export function initialState(initial: Initial): WorkbenchState {
  return {
    tab: initial.jsx === undefined ? "json" : "jsx",
    message: initial.state,
    jsonText: initial.text,
    jsonError: initial.jsonError,
    sampleDrawn: initial.jsonError !== undefined,
    jsxText: initial.jsx?.source ?? "",
    jsxError: undefined,
    sources: {},
    origin: initial.jsx?.origin ?? OWN_CODE,
    notice: undefined,
    galleryOpen: false,
    linkShown: initial.link === true,
    jsxBaseline: undefined,
    opens: 0,
    compileRun: 0,
    selected: "",
    switchTarget: "json",
    typingAt: undefined,
  };
}

/**
 * The JSX tab shows code from a link that has not run: there is no message for it yet, so
 * nothing is drawn, checked, copied or sent (not the last message, not an empty list's PUSH-2).
 */
export const isWaiting = (state: WorkbenchState) => state.tab === "jsx" && state.origin.fromLink;

export function reduce(state: WorkbenchState, event: WorkbenchEvent): Step {
  const typingEnds = state.typingAt !== undefined && !keepsTyping(state, event);
  return transition(typingEnds ? { ...state, typingAt: undefined } : state, event);
}

/**
 * A run of typing in the inspector goes on only through its own keystrokes and the JSON editor
 * reporting them back (the text the state already holds); anything else ends it (Undo, another
 * selection, a tab switch, New…).
 */
const keepsTyping = (state: WorkbenchState, event: WorkbenchEvent) =>
  event.type === "tree-edited" || (event.type === "json-edited" && event.text === state.jsonText);

function transition(state: WorkbenchState, event: WorkbenchEvent): Step {
  switch (event.type) {
    case "json-edited":
      return jsonEdited(state, event.text, event.byPage);
    case "jsx-edited":
      return jsxEdited(state, event.text, event.origin, event.byPage);
    case "origin-changed":
      return originChanged(state, event.origin);
    case "compile-started":
      return startCompile(state, event.source, event.body);
    case "compile-finished":
      return compileFinished(state, event);
    case "run-code":
      return runCode(state, event.source, event.body);
    case "message-opened":
      return then(openMessage(state, event.message, false), (opened) =>
        // Opening from the gallery closes it; New leaves it as it is.
        event.from === "gallery" ? same({ ...opened, galleryOpen: false }) : same(opened),
      );
    case "link-opened":
      return linkOpened(state, event.link);
    case "switch-started":
      return switchStarted(state, event.to);
    case "switch-converted":
      return switchConverted(state, event);
    case "notice":
      return same({ ...state, notice: event.text });
    case "gallery-toggled":
      return same({ ...state, galleryOpen: !state.galleryOpen });
    case "tree-selected":
      return same({ ...state, selected: event.selected });
    case "tree-edited":
      return treeEdited(state, event.value, event.selected, event.typing);
  }
}

const same = (state: WorkbenchState, ...effects: Effect[]): Step => ({ state, effects });

/** One transition after another: the second starts from the first's state; effects in order. */
function then(first: Step, next: (state: WorkbenchState) => Step): Step {
  const second = next(first.state);
  return { state: second.state, effects: [...first.effects, ...second.effects] };
}

/** Autosave writes nothing while the page shows a link the person has not changed. */
const saveJson = (state: WorkbenchState, text: string): Effect[] =>
  state.linkShown ? [] : [{ type: "save-json", text }];
const saveJsx = (state: WorkbenchState): Effect[] =>
  state.linkShown ? [] : [{ type: "save-jsx" }];
const dropJsx = (state: WorkbenchState): Effect[] =>
  state.linkShown ? [] : [{ type: "drop-jsx" }];

/** The person changed the page: either editor's text (typing, Undo, New…), or Run code. */
function noteEdit(state: WorkbenchState, byPage: boolean): Step {
  if (byPage || !state.linkShown) return same(state);
  const effects: Effect[] = [{ type: "unlink" }];
  // Nothing of the link's page was saved yet. An empty JSON editor is a #jsx= page's, which has
  // no message until the code runs: the last JSON draft stays rather than "".
  if (state.jsonText) effects.push({ type: "save-json", text: state.jsonText });
  effects.push(state.tab === "jsx" ? { type: "save-jsx" } : { type: "drop-jsx" });
  return { state: { ...state, linkShown: false }, effects };
}

function jsonEdited(state: WorkbenchState, text: string, byPage: boolean): Step {
  return then(noteEdit({ ...state, jsonText: text }, byPage), (noted) => {
    const effects = saveJson(noted, text);
    try {
      const message: PayloadResult = { ok: true, payload: JSON.parse(text) };
      return { state: { ...noted, message, jsonError: undefined, sampleDrawn: false }, effects };
    } catch (error) {
      // Keep the last good drawing while the text is half-typed.
      return { state: { ...noted, jsonError: describeJsonError(text, error) }, effects };
    }
  });
}

function jsxEdited(state: WorkbenchState, text: string, origin: JsxOrigin, byPage: boolean): Step {
  return then(noteEdit({ ...state, jsxText: text }, byPage), (noted) => {
    const effects = saveJsx(noted);
    // Code from a link waits for "Run code", however it got into the editor (a link, Undo,
    // Redo): the editor's own state says where the text on screen came from.
    if (origin.fromLink) return { state: noted, effects };
    // A compile still running is for text the person has since changed, a tab switch's
    // included: it is overtaken now, not when this edit's compile starts (a switch whose Babel
    // arrived first would otherwise show the JSON of the older text).
    effects.push(
      { type: "cancel-timer" },
      { type: "compile-later", source: text, body: origin.body },
      { type: "busy", busy: true },
    );
    return { state: { ...noted, compileRun: noted.compileRun + 1 }, effects };
  });
}

/** The gate follows the JSX editor's origin, which Undo and Redo restore with the text. */
function originChanged(state: WorkbenchState, origin: JsxOrigin): Step {
  const changed = { ...state, origin };
  const saved = same(changed, ...saveJsx(changed));
  // A compile started for other text must not draw over the gate.
  return origin.fromLink ? then(saved, cancelCompile) : saved;
}

/** A compile still waiting or loading Babel must not draw (and save) over what comes next. */
function cancelCompile(state: WorkbenchState): Step {
  return same(
    { ...state, compileRun: state.compileRun + 1 },
    { type: "cancel-timer" },
    { type: "busy", busy: false },
  );
}

/**
 * Compiles and draws JSX (put back in `body` when it stands for a body's messages); the result
 * comes back as compile-finished. `switchOpen`: the tab switch to JSON that waits for it.
 */
function startCompile(
  state: WorkbenchState,
  source: string,
  body: Body,
  switchOpen?: number,
): Step {
  const run = state.compileRun + 1;
  return same(
    { ...state, compileRun: run },
    { type: "cancel-timer" },
    { type: "busy", busy: true },
    { type: "compile", run, source, body, switchOpen },
  );
}

function compileFinished(
  state: WorkbenchState,
  {
    run,
    result: compiled,
    body,
    switchOpen,
  }: Extract<WorkbenchEvent, { type: "compile-finished" }>,
): Step {
  // Overtaken: a newer compile (the person kept typing) or whatever cancelled this one made it
  // moot. It draws nothing, and the newer compile owns the busy mark.
  if (run !== state.compileRun) return same(state);
  const result = compiled.ok
    ? { ...compiled, ...putInBody(body, compiled.message, compiled.sources) }
    : compiled;
  const drawn: Step = result.ok
    ? same(
        {
          ...state,
          jsxError: undefined,
          sources: result.sources,
          message: { ok: true, payload: result.message },
          sampleDrawn: false,
        },
        { type: "busy", busy: false },
        ...saveJson(state, pretty(result.message)),
      )
    : same(
        {
          ...state,
          jsxError:
            result.line === undefined
              ? result.error
              : `${result.error} (line ${result.line}, column ${result.column})`,
        },
        { type: "busy", busy: false },
      );
  // Something opened meanwhile, or the person clicked a tab again: theirs wins.
  if (switchOpen === undefined || switchOpen !== state.opens) return drawn;
  return then(drawn, (after) => {
    if (!result.ok)
      return same({ ...after, notice: "Fix the JSX first: it does not compile or render." });
    return same(
      { ...after, tab: after.switchTarget },
      { type: "replace-json", text: pretty(result.message), byPage: true },
      ...dropJsx(after),
    );
  });
}

/**
 * Run code is the person's change (a link's page becomes theirs) and approves the text on screen
 * as its own step, so that Undo first re-arms the gate (see approveOrigin); then it compiles.
 */
function runCode(state: WorkbenchState, source: string, body: Body): Step {
  return then(noteEdit(state, false), (noted) =>
    then(same(noted, { type: "approve-jsx" }), (approved) => startCompile(approved, source, body)),
  );
}

/** Opens a message in the JSON tab as one undoable edit. */
function openMessage(state: WorkbenchState, value: unknown, byPage: boolean): Step {
  return then(cancelCompile({ ...state, opens: state.opens + 1 }), (cancelled) => {
    const text = pretty(value);
    // The Tree tab shows the JSON's message: it stays open, at the new message's root.
    const tab: Tab = state.tab === "tree" ? "tree" : "json";
    const shown = { ...cancelled, tab, selected: "" };
    return then(
      same(shown, ...dropJsx(shown), { type: "replace-json", text, byPage }),
      // The editor reports the new text too, but not when it is the text it already had.
      (replaced) => jsonEdited(replaced, text, byPage),
    );
  });
}

/** Another `#m=` or `#jsx=` link opened in the same tab replaces what the page shows. */
function linkOpened(state: WorkbenchState, link: Link): Step {
  // What the link holds is shown, not saved, until the person changes it (see linkShown).
  const opened = { ...state, opens: state.opens + 1, linkShown: true };
  if ("jsx" in link)
    return same(
      { ...opened, jsxText: link.jsx, tab: "jsx" },
      { type: "replace-jsx", text: link.jsx, origin: LINK_CODE },
    );
  if (link.message.ok) return openMessage(opened, link.message.payload, true);
  return then(cancelCompile(opened), (cancelled) => same({ ...cancelled, message: link.message }));
}

function switchStarted(state: WorkbenchState, to: Tab): Step {
  // Even a click on the tab already shown: it is what the person wants now.
  const started = { ...state, notice: undefined, opens: state.opens + 1 };
  if (to === state.tab) return same(started);
  if (to === "tree" && state.tab === "json") {
    // The tree shows the message of the JSON text, which must parse.
    if (state.jsonError !== undefined)
      return same({
        ...started,
        notice: "Fix the JSON first: it does not parse, so there is no tree to show.",
      });
    return same({ ...started, tab: "tree" });
  }
  if (to === "json" && state.tab === "tree") return same({ ...started, tab: "json" });
  if (to === "jsx") {
    let value: unknown;
    try {
      value = JSON.parse(state.jsonText);
    } catch {
      return same({
        ...started,
        notice: "Fix the JSON first: it does not parse, so there is nothing to convert.",
      });
    }
    return same(started, { type: "convert", open: started.opens, value });
  }
  // From the JSX tab to JSON or Tree: the JSX is rendered into the JSON editor first.
  if (state.origin.fromLink) return same({ ...started, notice: NOT_RUN_JSON });
  const aimed = { ...started, switchTarget: to };
  if (state.jsxText === state.jsxBaseline)
    return then(cancelCompile(aimed), (cancelled) =>
      same({ ...cancelled, tab: to }, ...dropJsx(cancelled)),
    );
  return startCompile(aimed, state.jsxText, state.origin.body, started.opens);
}

function switchConverted(
  state: WorkbenchState,
  { open, value, result }: Extract<WorkbenchEvent, { type: "switch-converted" }>,
): Step {
  // Something opened meanwhile: it wins, and this conversion is dropped.
  if (open !== state.opens) return same(state);
  if (!result.ok) return same({ ...state, notice: `Can't write this as JSX: ${result.reason}` });
  // Written here from the JSON: the person's own code. The link's code it replaces stays in the
  // history with its origin, so Undo brings it back behind the gate again. A body's other
  // properties (`to`) wait in the origin for the messages to come back.
  return same(
    { ...state, jsxText: result.source, jsxBaseline: result.source, tab: "jsx" },
    {
      type: "replace-jsx",
      text: result.source,
      origin: { fromLink: false, body: bodyAround(value) },
    },
    ...saveJsx(state),
  );
}

/**
 * The tree's edit: the next message replaces the JSON editor's text as one undoable step, so it
 * shares the text editors' history and the JSON and JSX tabs show the same message. A keystroke
 * in the inspector (`typing`: the property it changed) joins the step of the keystroke before
 * it in the same property, so that Undo takes back a word typed, not its last letter.
 */
function treeEdited(
  state: WorkbenchState,
  value: unknown,
  selected: string,
  typing: string | undefined,
): Step {
  const text = pretty(value);
  const replace: Effect = { type: "replace-json", text, byPage: false };
  if (typing !== undefined) replace.typing = typing === state.typingAt ? "continues" : "starts";
  return then(
    same({ ...state, selected, typingAt: typing }, replace),
    // The editor reports the new text too, but not when it is the text it already had.
    (replaced) => jsonEdited(replaced, text, false),
  );
}
