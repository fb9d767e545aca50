/** @jsxImportSource react */
import { createRef } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  CodeEditor,
  type CodeEditorHandle,
} from "../../../packages/simulator/src/app/workbench/code-editor.js";

/** The JSON editor's history in real Chromium, for text typed elsewhere (an inspector field). */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  vi.restoreAllMocks();
  root?.unmount();
  host?.remove();
});

function editor(initial: string): CodeEditorHandle {
  host = document.createElement("div");
  document.body.append(host);
  root = createRoot(host);
  const ref = createRef<CodeEditorHandle>();
  flushSync(() =>
    root!.render(
      <CodeEditor ref={ref} initial={initial} language="json" onChange={() => {}} label="JSON" />,
    ),
  );
  return ref.current!;
}

describe("a run of typing sent with type()", () => {
  it("is one undo step however long the pauses between its keys", () => {
    let now = 1_000_000;
    vi.spyOn(Date, "now").mockImplementation(() => now);
    const json = editor('{"text":"Hi"}');
    json.type('{"text":"Hi "}', false);
    for (const word of ["a", "al", "all"]) {
      // Far past CodeMirror's 500 ms group delay, as a slow page or a person thinking would be.
      now += 2_000;
      json.type(`{"text":"Hi ${word}"}`, true);
    }
    expect(json.text()).toBe('{"text":"Hi all"}');
    expect(json.undo()).toBe(true);
    expect(json.text()).toBe('{"text":"Hi"}');
    expect(json.redo()).toBe(true);
    expect(json.text()).toBe('{"text":"Hi all"}');
  });

  it("a new run is a step of its own", () => {
    const json = editor('{"text":"Hi","color":"#000000"}');
    json.type('{"text":"Hi!","color":"#000000"}', false);
    json.type('{"text":"Hi!","color":"#000001"}', false);
    json.type('{"text":"Hi!","color":"#000011"}', true);
    json.undo();
    expect(json.text()).toBe('{"text":"Hi!","color":"#000000"}');
    json.undo();
    expect(json.text()).toBe('{"text":"Hi","color":"#000000"}');
  });
});
