import { describe, expect, it } from "vitest";
import type { CompileResult } from "../../../packages/simulator/src/app/workbench/jsx-compile.js";
import {
  type JsxOrigin,
  LINK_CODE,
  OWN_CODE,
} from "../../../packages/simulator/src/app/workbench/jsx-origin.js";
import {
  type Effect,
  type Initial,
  initialState,
  isWaiting,
  NOT_RUN_JSON,
  pretty,
  reduce,
  type WorkbenchEvent,
  type WorkbenchState,
} from "../../../packages/simulator/src/app/workbench/workbench-state.js";

/**
 * The workbench's transitions, played in Node. `Page` stands in for the two editors the way
 * workbench.tsx wires them: a replacement the page makes is reported back at once as an edit
 * `byPage` (and a change of the JSX origin before it), as CodeMirror's listeners do, so the
 * races play out with the same nesting as in the browser.
 */
class Page {
  state: WorkbenchState;
  json: string;
  jsx: string;
  origin: JsxOrigin;
  /** Every effect since the last `take()`, nested ones in the order they ran. */
  private done: Effect[] = [];

  constructor(initial: Initial) {
    this.state = initialState(initial);
    this.json = initial.text;
    this.jsx = initial.jsx?.source ?? "";
    this.origin = initial.jsx?.origin ?? OWN_CODE;
  }

  send(event: WorkbenchEvent): this {
    const step = reduce(this.state, event);
    this.state = step.state;
    for (const effect of step.effects) {
      this.done.push(effect);
      this.perform(effect);
    }
    return this;
  }

  private perform(effect: Effect): void {
    if (effect.type === "replace-json") {
      if (effect.text === this.json) return;
      this.json = effect.text;
      this.send({ type: "json-edited", text: effect.text, byPage: effect.byPage });
    } else if (effect.type === "replace-jsx") this.jsxChange(effect.text, effect.origin, true);
    else if (effect.type === "approve-jsx")
      this.jsxChange(this.jsx, { ...this.origin, fromLink: false }, false);
  }

  /** A change of the JSX editor: its origin is reported first, then its text. */
  private jsxChange(text: string, origin: JsxOrigin, byPage: boolean): void {
    const originChanged = JSON.stringify(origin) !== JSON.stringify(this.origin);
    const textChanged = text !== this.jsx;
    this.origin = origin;
    this.jsx = text;
    if (originChanged) this.send({ type: "origin-changed", origin });
    if (textChanged) this.send({ type: "jsx-edited", text, origin, byPage });
  }

  /** The person types (or pastes) `text` over the JSON editor. */
  typeJson(text: string): this {
    this.json = text;
    return this.send({ type: "json-edited", text, byPage: false });
  }

  /** The person types `text` over the JSX editor. */
  typeJsx(text: string): this {
    this.jsx = text;
    return this.send({ type: "jsx-edited", text, origin: this.origin, byPage: false });
  }

  /** Undo or Redo brings back older JSX text with the origin it had. */
  undoJsxTo(text: string, origin: JsxOrigin): this {
    this.jsxChange(text, origin, false);
    return this;
  }

  /** The effects since the last call. */
  take(): Effect[] {
    const effects = this.done;
    this.done = [];
    return effects;
  }

  /** The last effect of `type` since the last take(). */
  last<T extends Effect["type"]>(type: T): Extract<Effect, { type: T }> {
    const found = this.done.findLast((effect) => effect.type === type);
    if (found === undefined) throw new Error(`no ${type} effect`);
    return found as Extract<Effect, { type: T }>;
  }
}

const types = (effects: readonly Effect[]) => effects.map((effect) => effect.type);

const message = (text: string) => ({
  type: "flex",
  altText: text,
  contents: {
    type: "bubble",
    body: { type: "box", layout: "vertical", contents: [{ type: "text", text }] },
  },
});
const compiled = (text: string): CompileResult => ({
  ok: true,
  message: message(text),
  sources: { "": "message.flex.tsx:3:3" },
});
const SOURCE = "export default <FlexMessage />;";
const LINK_SOURCE = "globalThis.ran = true; export default <FlexMessage />;";

/** The page opened on the person's own JSON (a draft or the sample). */
const ownJson = (text = "Mine"): Initial => ({
  text: pretty(message(text)),
  state: { ok: true, payload: message(text) },
});
/** The page opened from a `#jsx=` link. */
const jsxLinkPage: Initial = {
  text: "",
  state: { ok: true, payload: [] },
  jsx: { source: LINK_SOURCE, origin: LINK_CODE },
  link: true,
};
/** The page opened from a `#m=` link. */
const messageLinkPage: Initial = { ...ownJson("From the link"), link: true };

/** A page on the JSX tab with the person's own code (switched from JSON). */
function onOwnJsx(): Page {
  const page = new Page(ownJson());
  page.send({ type: "switch-started", to: "jsx" });
  const { open } = page.last("convert");
  page.send({
    type: "switch-converted",
    open,
    value: message("Mine"),
    result: { ok: true, source: SOURCE },
  });
  page.take();
  return page;
}

/** Finishes the compile of the last compile effect with `result`. */
function finish(page: Page, result: CompileResult, effect = page.last("compile")): Page {
  const { run, body, switchOpen } = effect;
  return page.send({ type: "compile-finished", run, result, body, switchOpen });
}

describe("workbench state: what the page opens with", () => {
  it("the person's own JSON: the JSON tab, nothing waiting", () => {
    const state = initialState(ownJson());
    expect(state).toMatchObject({ tab: "json", linkShown: false, sampleDrawn: false });
    expect(isWaiting(state)).toBe(false);
  });

  it("a #jsx= link: the JSX tab, its code waiting for Run code, the link shown", () => {
    const state = initialState(jsxLinkPage);
    expect(state).toMatchObject({ tab: "jsx", jsxText: LINK_SOURCE, linkShown: true });
    expect(isWaiting(state)).toBe(true);
  });

  it("a half-typed draft: its error named, the sample drawn", () => {
    const jsonError = { line: 1, column: 2, offset: 1, reason: "Unexpected end" };
    const state = initialState({ ...ownJson(), text: "{", jsonError });
    expect(state).toMatchObject({ jsonError, sampleDrawn: true });
  });
});

describe("workbench state: JSON edits", () => {
  it("a text that parses is drawn and saved", () => {
    const jsonError = { offset: 0, line: 1, column: 1, reason: "Unexpected end" };
    const page = new Page({ ...ownJson(), jsonError });
    page.typeJson(JSON.stringify(message("Edited")));
    expect(page.state.message).toEqual({ ok: true, payload: message("Edited") });
    expect(page.state).toMatchObject({ jsonError: undefined, sampleDrawn: false });
    expect(page.take()).toEqual([{ type: "save-json", text: JSON.stringify(message("Edited")) }]);
  });

  it("a half-typed text keeps the last drawing and names the error, and is saved as typed", () => {
    const page = new Page(ownJson());
    page.typeJson('{"type": ');
    expect(page.state.message).toEqual({ ok: true, payload: message("Mine") });
    expect(page.state.jsonError?.reason).toBeTypeOf("string");
    expect(page.take()).toEqual([{ type: "save-json", text: '{"type": ' }]);
  });
});

describe("workbench state: a page opened from a link", () => {
  it("the first edit takes the link out of the address and saves the page whole", () => {
    const page = new Page(messageLinkPage);
    const text = JSON.stringify(message("Edited"));
    page.typeJson(text);
    expect(page.state.linkShown).toBe(false);
    expect(page.take()).toEqual([
      { type: "unlink" },
      { type: "save-json", text },
      { type: "drop-jsx" },
      { type: "save-json", text },
    ]);
    // Later edits just save.
    page.typeJson(JSON.stringify(message("Again")));
    expect(types(page.take())).toEqual(["save-json"]);
  });

  it("looking at it, tabs included, saves nothing and keeps the link", () => {
    const page = new Page(messageLinkPage);
    page.send({ type: "switch-started", to: "jsx" });
    const { open } = page.last("convert");
    page.send({
      type: "switch-converted",
      open,
      value: message("From the link"),
      result: { ok: true, source: SOURCE },
    });
    // The conversion's own compile draws the same message, unsaved.
    page.send({ type: "compile-started", source: SOURCE, body: undefined });
    finish(page, compiled("From the link"));
    page.send({ type: "switch-started", to: "json" });
    expect(page.state).toMatchObject({ tab: "json", linkShown: true });
    const effects = page.take();
    expect(types(effects)).not.toContain("unlink");
    expect(effects.filter((effect) => effect.type.startsWith("save"))).toEqual([]);
    expect(types(effects)).not.toContain("drop-jsx");
  });

  it("#jsx=: an edit of the link's code is saved with the page but never compiled", () => {
    const page = new Page(jsxLinkPage);
    page.typeJsx(`${LINK_SOURCE}\n// my note\n`);
    // No JSON to save: the last JSON draft stays rather than "".
    expect(page.take()).toEqual([{ type: "unlink" }, { type: "save-jsx" }, { type: "save-jsx" }]);
    expect(page.state.compileRun).toBe(0);
    expect(isWaiting(page.state)).toBe(true);
  });

  it("Run code is the person's change: unlinks, approves the text on screen and compiles it", () => {
    const page = new Page(jsxLinkPage);
    page.send({ type: "run-code", source: LINK_SOURCE, body: undefined });
    const compile = page.last("compile");
    expect(compile).toMatchObject({ source: LINK_SOURCE });
    expect(types(page.take())).toEqual([
      "unlink",
      "save-jsx",
      "approve-jsx",
      // The approval, reported by the editor: the draft now says the code is the person's.
      "save-jsx",
      "cancel-timer",
      "busy",
      "compile",
    ]);
    expect(page.state.origin.fromLink).toBe(false);
    expect(isWaiting(page.state)).toBe(false);
    finish(page, compiled("The code ran"), compile);
    expect(page.state.message).toEqual({ ok: true, payload: message("The code ran") });
  });
});

describe("workbench state: JSX edits and compiles", () => {
  it("the conversion to JSX is the person's own code: it compiles after the typing pause", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "jsx" });
    const { open } = page.last("convert");
    page.send({
      type: "switch-converted",
      open,
      value: message("Mine"),
      result: { ok: true, source: SOURCE },
    });
    expect(page.state).toMatchObject({ tab: "jsx", jsxText: SOURCE, jsxBaseline: SOURCE });
    expect(page.take()).toEqual([
      { type: "convert", open, value: message("Mine") },
      { type: "replace-jsx", text: SOURCE, origin: { fromLink: false, body: undefined } },
      { type: "save-jsx" },
      { type: "cancel-timer" },
      { type: "compile-later", source: SOURCE, body: undefined },
      { type: "busy", busy: true },
      { type: "save-jsx" },
    ]);
  });

  it("an edit makes a compile due; when it starts and finishes, it draws and saves", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    expect(page.take()).toEqual([
      { type: "save-jsx" },
      { type: "cancel-timer" },
      { type: "compile-later", source: `${SOURCE}\n`, body: undefined },
      { type: "busy", busy: true },
    ]);
    page.send({ type: "compile-started", source: `${SOURCE}\n`, body: undefined });
    const compile = page.last("compile");
    expect(compile).toMatchObject({ run: page.state.compileRun, source: `${SOURCE}\n` });
    finish(page, compiled("Compiled"));
    expect(page.state).toMatchObject({
      message: { ok: true, payload: message("Compiled") },
      sources: { "": "message.flex.tsx:3:3" },
      jsxError: undefined,
    });
    expect(page.take().slice(-2)).toEqual([
      { type: "busy", busy: false },
      { type: "save-json", text: pretty(message("Compiled")) },
    ]);
  });

  it("a compile error is said with its line and column, and the last drawing stays", () => {
    const page = onOwnJsx();
    page.send({ type: "compile-started", source: "<", body: undefined });
    finish(page, { ok: false, error: "Unexpected token", line: 1, column: 2 });
    expect(page.state.jsxError).toBe("Unexpected token (line 1, column 2)");
    expect(page.state.message).toEqual({ ok: true, payload: message("Mine") });
    expect(page.take().slice(-1)).toEqual([{ type: "busy", busy: false }]);
  });

  it("a body's messages go back into the body, with their sources named messages[i] as its issues are", () => {
    const body = { to: "U1", messages: null };
    const page = onOwnJsx();
    page.send({ type: "compile-started", source: SOURCE, body });
    finish(page, compiled("In the body"));
    expect(page.state.message).toEqual({
      ok: true,
      payload: { to: "U1", messages: [message("In the body")] },
    });
    expect(page.state.sources).toEqual({ "messages[0]": "message.flex.tsx:3:3" });
  });

  it("an edit overtakes a running compile at once: the older one draws nothing", () => {
    const page = onOwnJsx();
    page.send({ type: "compile-started", source: SOURCE, body: undefined });
    const running = page.last("compile");
    page.typeJsx(`${SOURCE}\n// more\n`);
    page.take();
    const before = page.state;
    finish(page, compiled("Older text"), running);
    // Nothing drawn, saved or unmarked: the edit's compile owns the busy mark.
    expect(page.state).toBe(before);
    expect(page.take()).toEqual([]);
  });
});

describe("workbench state: the gate of code from a link", () => {
  it("Undo bringing back a link's code re-arms the gate and cancels the compile under way", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.send({ type: "compile-started", source: `${SOURCE}\n`, body: undefined });
    const running = page.last("compile");
    page.take();
    page.undoJsxTo(LINK_SOURCE, LINK_CODE);
    expect(page.take()).toEqual([
      { type: "save-jsx" },
      { type: "cancel-timer" },
      { type: "busy", busy: false },
      // The text that came back is the link's: saved, never compiled.
      { type: "save-jsx" },
    ]);
    expect(isWaiting(page.state)).toBe(true);
    finish(page, compiled("Own code"), running);
    expect(page.take()).toEqual([]);
    expect(page.state.message).toEqual({ ok: true, payload: message("Mine") });
  });

  it("Redo back to the person's code lets it compile again", () => {
    const page = new Page(jsxLinkPage);
    page.undoJsxTo(SOURCE, OWN_CODE);
    expect(types(page.take())).toEqual([
      "unlink",
      "save-jsx",
      "save-jsx",
      "cancel-timer",
      "compile-later",
      "busy",
    ]);
  });

  it("the JSON tab cannot take a link's code that has not run", () => {
    const page = new Page(jsxLinkPage);
    page.send({ type: "switch-started", to: "json" });
    expect(page.state).toMatchObject({ tab: "jsx", notice: NOT_RUN_JSON });
    expect(page.take()).toEqual([]);
  });
});

describe("workbench state: tab switches", () => {
  it("a click on the tab already shown clears the notice and does nothing else", () => {
    const page = new Page(ownJson());
    page.send({ type: "notice", text: "Copied the link." });
    const { opens } = page.state;
    page.send({ type: "switch-started", to: "json" });
    expect(page.state).toMatchObject({ notice: undefined, opens: opens + 1, tab: "json" });
    expect(page.take()).toEqual([]);
  });

  it("JSON that does not parse is not converted", () => {
    const page = new Page(ownJson());
    page.typeJson("{");
    page.take();
    page.send({ type: "switch-started", to: "jsx" });
    expect(page.state.notice).toBe(
      "Fix the JSON first: it does not parse, so there is nothing to convert.",
    );
    expect(page.take()).toEqual([]);
  });

  it("a message toJsx cannot write says why and stays on the JSON tab", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "jsx" });
    const { open } = page.last("convert");
    page.send({
      type: "switch-converted",
      open,
      value: message("Mine"),
      result: { ok: false, reason: "no JSX for this" },
    });
    expect(page.state).toMatchObject({
      tab: "json",
      notice: "Can't write this as JSX: no JSX for this",
    });
  });

  it("a JSON → JSX switch of a body keeps the body in the JSX origin", () => {
    const body = { to: "U1", messages: [message("A")] };
    const page = new Page({ text: pretty(body), state: { ok: true, payload: body } });
    page.send({ type: "switch-started", to: "jsx" });
    const { open } = page.last("convert");
    page.send({
      type: "switch-converted",
      open,
      value: body,
      result: { ok: true, source: SOURCE },
    });
    expect(page.state.origin).toEqual({ fromLink: false, body: { to: "U1", messages: null } });
  });

  it("unchanged JSX switches back without compiling", () => {
    const page = onOwnJsx();
    page.send({ type: "switch-started", to: "json" });
    expect(page.state.tab).toBe("json");
    expect(page.take()).toEqual([
      { type: "cancel-timer" },
      { type: "busy", busy: false },
      { type: "drop-jsx" },
    ]);
  });

  it("edited JSX compiles, and its JSON replaces the JSON editor's", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.send({ type: "switch-started", to: "json" });
    const compile = page.last("compile");
    expect(compile).toMatchObject({ source: `${SOURCE}\n`, switchOpen: page.state.opens });
    page.take();
    finish(page, compiled("Edited"), compile);
    expect(page.state).toMatchObject({ tab: "json", jsonText: pretty(message("Edited")) });
    expect(page.take()).toEqual([
      { type: "busy", busy: false },
      { type: "save-json", text: pretty(message("Edited")) },
      { type: "replace-json", text: pretty(message("Edited")), byPage: true },
      { type: "save-json", text: pretty(message("Edited")) },
      { type: "drop-jsx" },
    ]);
  });

  it("JSX that does not compile stays on the JSX tab and says so", () => {
    const page = onOwnJsx();
    page.typeJsx("<");
    page.send({ type: "switch-started", to: "json" });
    finish(page, { ok: false, error: "Unexpected token" });
    expect(page.state).toMatchObject({
      tab: "jsx",
      notice: "Fix the JSX first: it does not compile or render.",
      jsxError: "Unexpected token",
    });
  });
});

describe("workbench state: a later open wins over a tab switch still converting", () => {
  /** A page whose switch to the JSX tab waits for toJsx: the convert effect not answered yet. */
  function convertingToJsx(initial: Initial = ownJson()) {
    const page = new Page(initial);
    page.send({ type: "switch-started", to: "jsx" });
    const { open, value } = page.last("convert");
    page.take();
    const converted: WorkbenchEvent = {
      type: "switch-converted",
      open,
      value,
      result: { ok: true, source: SOURCE },
    };
    return { page, converted };
  }

  it("a #jsx= link: the late conversion is dropped, the link's code stays behind the gate", () => {
    const { page, converted } = convertingToJsx();
    page.send({ type: "link-opened", link: { jsx: LINK_SOURCE } });
    const opened = page.state;
    page.send(converted);
    expect(page.state).toBe(opened);
    expect(page.state).toMatchObject({ tab: "jsx", jsxText: LINK_SOURCE, linkShown: true });
    expect(isWaiting(page.state)).toBe(true);
    expect(page.jsx).toBe(LINK_SOURCE);
    expect(types(page.take())).not.toContain("compile");
  });

  it("New and a #m= link: the late conversion is dropped, the JSON tab stays", () => {
    for (const open of [
      { type: "message-opened", message: message("Opened"), from: "new" },
      { type: "link-opened", link: { message: { ok: true, payload: message("Opened") } } },
    ] satisfies WorkbenchEvent[]) {
      const { page, converted } = convertingToJsx();
      page.send(open);
      page.send(converted);
      expect(page.state).toMatchObject({ tab: "json", jsxText: "" });
      expect(page.json).toBe(pretty(message("Opened")));
      expect(page.jsx).toBe("");
    }
  });

  it("a second click on a tab: the first switch's conversion is dropped", () => {
    const { page, converted } = convertingToJsx();
    page.send({ type: "switch-started", to: "json" });
    page.send(converted);
    expect(page.state.tab).toBe("json");
  });

  it("a #jsx= link while the switch to JSON waits for Babel: the compile draws nothing, no notice", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.send({ type: "switch-started", to: "json" });
    const compile = page.last("compile");
    page.send({ type: "link-opened", link: { jsx: LINK_SOURCE } });
    const opened = page.state;
    page.take();
    finish(page, { ok: false, error: "would have been a false notice" }, compile);
    expect(page.state).toBe(opened);
    expect(page.state).toMatchObject({ tab: "jsx", notice: undefined, jsxText: LINK_SOURCE });
    expect(page.take()).toEqual([]);
  });

  it("typing while the switch to JSON waits for Babel keeps the JSX tab, with no notice", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n// mine\n`);
    page.send({ type: "switch-started", to: "json" });
    const compile = page.last("compile");
    page.typeJsx(`${SOURCE}\n// mine\n// second\n`);
    finish(page, compiled("Older text"), compile);
    expect(page.state).toMatchObject({ tab: "jsx", notice: undefined, jsxError: undefined });
    expect(page.state.message).toEqual({ ok: true, payload: message("Mine") });
  });

  it("a tab clicked again while the compile runs: it draws, but the switch is dropped", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.send({ type: "switch-started", to: "json" });
    const compile = page.last("compile");
    page.send({ type: "switch-started", to: "jsx" });
    finish(page, compiled("Drawn"), compile);
    expect(page.state).toMatchObject({
      tab: "jsx",
      message: { ok: true, payload: message("Drawn") },
    });
  });
});

describe("workbench state: New, the Gallery and links", () => {
  it("New opens a message on the JSON tab as the person's edit, cancelling a compile", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.send({ type: "compile-started", source: `${SOURCE}\n`, body: undefined });
    const running = page.last("compile");
    page.take();
    page.send({ type: "message-opened", message: message("New"), from: "new" });
    const text = pretty(message("New"));
    expect(page.state).toMatchObject({ tab: "json", jsonText: text });
    expect(page.take()).toEqual([
      { type: "cancel-timer" },
      { type: "busy", busy: false },
      { type: "drop-jsx" },
      { type: "replace-json", text, byPage: false },
      { type: "save-json", text },
      { type: "save-json", text },
    ]);
    // The JSX compile still under way draws and saves nothing over it.
    finish(page, compiled("Old JSX"), running);
    expect(page.take()).toEqual([]);
    expect(page.state.message).toEqual({ ok: true, payload: message("New") });
  });

  it("New on a page opened from a link takes the link out of the address", () => {
    const page = new Page(messageLinkPage);
    page.send({ type: "message-opened", message: message("New"), from: "new" });
    expect(page.state.linkShown).toBe(false);
    expect(types(page.take())).toContain("unlink");
  });

  it("the Gallery opens a message and closes; New leaves the Gallery as it is", () => {
    const page = new Page(ownJson());
    page.send({ type: "gallery-toggled" });
    expect(page.state.galleryOpen).toBe(true);
    page.send({ type: "message-opened", message: message("New"), from: "new" });
    expect(page.state.galleryOpen).toBe(true);
    page.send({ type: "message-opened", message: message("Sample"), from: "gallery" });
    expect(page.state).toMatchObject({ galleryOpen: false, jsonText: pretty(message("Sample")) });
  });

  it("a #jsx= link followed inside the page shows its code, unsaved, and compiles nothing", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.take();
    page.send({ type: "link-opened", link: { jsx: LINK_SOURCE } });
    expect(page.state).toMatchObject({ tab: "jsx", jsxText: LINK_SOURCE, linkShown: true });
    expect(page.take()).toEqual([
      { type: "replace-jsx", text: LINK_SOURCE, origin: LINK_CODE },
      // The link's origin cancels the edit's compile still waiting for the typing pause.
      { type: "cancel-timer" },
      { type: "busy", busy: false },
    ]);
  });

  it("a #m= link followed inside the page opens its message, unsaved", () => {
    const page = new Page(ownJson());
    page.send({ type: "link-opened", link: { message: { ok: true, payload: message("Link") } } });
    const text = pretty(message("Link"));
    expect(page.state).toMatchObject({ tab: "json", jsonText: text, linkShown: true });
    expect(page.take()).toEqual([
      { type: "cancel-timer" },
      { type: "busy", busy: false },
      { type: "replace-json", text, byPage: true },
    ]);
  });

  it("a #m= link that cannot be read cancels any compile and draws its error", () => {
    const page = onOwnJsx();
    const broken = { ok: false as const, error: "The link is damaged." };
    page.send({ type: "link-opened", link: { message: broken } });
    expect(page.state).toMatchObject({ message: broken, linkShown: true, tab: "jsx" });
    expect(page.take()).toEqual([{ type: "cancel-timer" }, { type: "busy", busy: false }]);
  });
});

describe("workbench state: the Tree tab", () => {
  it("shows the JSON's message: switching JSON → Tree → JSON changes no text and saves nothing", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "tree" });
    expect(page.state.tab).toBe("tree");
    expect(page.take()).toEqual([]);
    page.send({ type: "switch-started", to: "json" });
    expect(page.state).toMatchObject({ tab: "json", jsonText: pretty(message("Mine")) });
    expect(page.take()).toEqual([]);
  });

  it("JSON that does not parse has no tree: the JSON tab stays and says why", () => {
    const page = new Page(ownJson());
    page.typeJson('{"type": ');
    page.take();
    page.send({ type: "switch-started", to: "tree" });
    expect(page.state.tab).toBe("json");
    expect(page.state.notice).toMatch(/^Fix the JSON first/);
    expect(page.take()).toEqual([]);
  });

  it("an edit in the tree is one replacement of the JSON editor's text, the person's own", () => {
    const page = new Page(messageLinkPage);
    page.send({ type: "switch-started", to: "tree" });
    page.take();
    const next = message("From the tree");
    page.send({ type: "tree-edited", value: next, selected: "contents.body.contents[0]" });
    const text = pretty(next);
    expect(page.state).toMatchObject({
      tab: "tree",
      jsonText: text,
      message: { ok: true, payload: next },
      selected: "contents.body.contents[0]",
      linkShown: false,
    });
    const effects = page.take();
    expect(effects.filter((effect) => effect.type === "replace-json")).toEqual([
      { type: "replace-json", text, byPage: false },
    ]);
    expect(types(effects)).toContain("unlink");
  });

  it("a run of typing into one inspector field is one undo step: the first keystroke starts it, the next ones continue it", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "tree" });
    page.take();
    const at = "contents.body.contents[0]";
    const typed = (text: string, typing?: string) => {
      page.send({ type: "tree-edited", value: message(text), selected: at, typing });
      return page.last("replace-json").typing;
    };
    expect([
      typed("H", `${at}.text`),
      typed("He", `${at}.text`),
      typed("Hel", `${at}.text`),
    ]).toEqual(["starts", "continues", "continues"]);
    expect(page.state.jsonText).toBe(pretty(message("Hel")));
    // Another property's field starts its own run; going back starts another.
    expect([typed("Hel!", `${at}.color`), typed("Hel!?", `${at}.text`)]).toEqual([
      "starts",
      "starts",
    ]);
    // A pick, a switch or a reset is a step of its own, and ends the run.
    expect(typed("Picked")).toBeUndefined();
    expect(typed("Picked!", `${at}.text`)).toBe("starts");
  });

  it("anything else the page does between two keystrokes ends the run of typing", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "tree" });
    const at = "contents.body.contents[0]";
    const typed = (text: string) => {
      page.send({ type: "tree-edited", value: message(text), selected: at, typing: `${at}.text` });
      return page.last("replace-json").typing;
    };
    expect(typed("A")).toBe("starts");
    // Undo (or any change of the JSON editor's text that is not the inspector's) …
    page.typeJson(pretty(message("Mine")));
    expect(typed("AB")).toBe("starts");
    // … another selection …
    page.send({ type: "tree-selected", selected: at });
    expect(typed("ABC")).toBe("starts");
    // … New, the Gallery or a link.
    page.send({ type: "message-opened", message: message("New"), from: "new" });
    expect(typed("ABCD")).toBe("starts");
    expect(typed("ABCDE")).toBe("continues");
  });

  it("a selection is the workbench's, kept across tabs", () => {
    const page = new Page(ownJson());
    page.send({ type: "tree-selected", selected: "contents.body" });
    page.send({ type: "switch-started", to: "tree" });
    expect(page.state.selected).toBe("contents.body");
    expect(page.take()).toEqual([]);
  });

  it("JSX → Tree converts as JSX → JSON does, then shows the tree", () => {
    const page = onOwnJsx();
    page.typeJsx(`${SOURCE}\n`);
    page.send({ type: "switch-started", to: "tree" });
    const compile = page.last("compile");
    expect(compile.switchOpen).toBe(page.state.opens);
    page.take();
    finish(page, compiled("Edited"), compile);
    expect(page.state).toMatchObject({ tab: "tree", jsonText: pretty(message("Edited")) });
    expect(types(page.take())).toEqual([
      "busy",
      "save-json",
      "replace-json",
      "save-json",
      "drop-jsx",
    ]);
    // Unchanged JSX goes back without compiling.
    const again = onOwnJsx();
    again.send({ type: "switch-started", to: "tree" });
    expect(again.state.tab).toBe("tree");
    expect(types(again.take())).not.toContain("compile");
  });

  it("Tree → JSX converts the JSON as JSON → JSX does", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "tree" });
    page.send({ type: "switch-started", to: "jsx" });
    expect(page.last("convert").value).toEqual(message("Mine"));
  });

  it("New on the Tree tab opens the message in the tree, its root selected", () => {
    const page = new Page(ownJson());
    page.send({ type: "switch-started", to: "tree" });
    page.send({ type: "tree-selected", selected: "contents.body" });
    page.send({ type: "message-opened", message: message("New"), from: "new" });
    expect(page.state).toMatchObject({
      tab: "tree",
      selected: "",
      jsonText: pretty(message("New")),
    });
  });
});
