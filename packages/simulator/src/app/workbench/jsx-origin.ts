import { invertedEffects } from "@codemirror/commands";
import {
  type EditorState,
  type Extension,
  Facet,
  StateEffect,
  StateField,
  type TransactionSpec,
} from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/** Where the JSX editor's text came from, and what it stands for. */
export interface JsxOrigin {
  /**
   * The text is code from a `#jsx=` link (or an edit of it) that the person has not run with
   * "Run code": nothing may compile it. The page can send pushes, so a link must not run code.
   */
  fromLink: boolean;
  /**
   * The push or validate body whose messages the text is (see message-body.ts), or undefined
   * when the text is a message or a list. Kept with the text, so Undo brings back both.
   */
  body?: Record<string, unknown>;
}

export const OWN_CODE: JsxOrigin = { fromLink: false };
export const LINK_CODE: JsxOrigin = { fromLink: true };

const setOrigin = StateEffect.define<JsxOrigin>();
const initialOrigin = Facet.define<JsxOrigin, JsxOrigin>({
  combine: (values) => values[0] ?? OWN_CODE,
});

/**
 * The origin lives in the editor's state and in its undo history, not beside the editor: the
 * gate must hold for whatever text is on screen, and Undo/Redo can bring back code from a link
 * long after the editor showed something else (New → JSX tab → Undo). A flag cleared on a tab
 * switch, or a comparison with the link's text, misses an edited copy of the link's code that
 * Undo brings back; the history cannot. Each change of origin records the one before it, so
 * undoing the change restores it along with the text.
 */
const originField = StateField.define<JsxOrigin>({
  create: (state) => state.facet(initialOrigin),
  update(value, tr) {
    for (const effect of tr.effects)
      if (effect.is(setOrigin) && !sameOrigin(effect.value, value)) value = effect.value;
    return value;
  },
});

/** The origin extension for an editor that starts with text of `initial` origin. */
export function jsxOrigin(
  initial: JsxOrigin,
  onChange: (origin: JsxOrigin, state: EditorState) => void,
): Extension {
  return [
    initialOrigin.of(initial),
    originField,
    // A step that changes the origin records the one before it; a step that keeps it, nothing.
    invertedEffects.of((tr) => {
      const before = tr.startState.field(originField);
      return before === tr.state.field(originField) ? [] : [setOrigin.of(before)];
    }),
    EditorView.updateListener.of((update) => {
      const origin = update.state.field(originField);
      if (origin !== update.startState.field(originField)) onChange(origin, update.state);
    }),
  ];
}

function sameOrigin(a: JsxOrigin, b: JsxOrigin): boolean {
  return a.fromLink === b.fromLink && JSON.stringify(a.body) === JSON.stringify(b.body);
}

export function originOf(state: EditorState): JsxOrigin {
  return state.field(originField, false) ?? OWN_CODE;
}

/** Effects that give text being put in the editor its origin (undone with the text). */
export const withOrigin = (origin: JsxOrigin) => [setOrigin.of(origin)];

/**
 * The person pressed "Run code": the text on screen is theirs to run from now on. This is a step
 * of its own in the history, so Undo first re-arms the gate (the note comes back) and only then
 * steps back to older text: what the person approved is this text, not the one before their last
 * edit (say, the link's code with a line they deleted before running it).
 */
export function approveOrigin(state: EditorState): TransactionSpec {
  return { effects: setOrigin.of({ ...originOf(state), fromLink: false }) };
}
