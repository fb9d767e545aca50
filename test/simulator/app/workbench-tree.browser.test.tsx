/** @jsxImportSource react */
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import type { Edit } from "../../../packages/simulator/src/app/workbench/visual/tree-model.js";
import {
  type Selection,
  TreePane,
} from "../../../packages/simulator/src/app/workbench/visual/tree-pane.js";

/** The Tree tab's pane in real Chromium: the slot where the property inspector is mounted. */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

const MESSAGE = {
  type: "flex",
  altText: "Hi",
  contents: {
    type: "bubble",
    body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "Hi" }] },
  },
};

function mount(selected: string, inspector: (selection: Selection) => React.ReactNode) {
  host = document.createElement("div");
  host.style.cssText = "width: 600px; height: 400px; display: flex;";
  document.body.append(host);
  root = createRoot(host);
  const edits: Edit[] = [];
  flushSync(() =>
    root!.render(
      <TreePane
        value={MESSAGE}
        unavailable={undefined}
        selected={selected}
        onSelect={() => {}}
        onEdit={(edit) => edits.push(edit)}
        onUndo={() => {}}
        onRedo={() => {}}
        inspector={inspector}
      />,
    ),
  );
  return { slot: host.querySelector<HTMLElement>("[data-inspector-slot]")!, edits };
}

describe("the Tree tab's inspector slot", () => {
  it("gets the node shown as selected, its path as the validators write it and as steps", () => {
    const seen: Selection[] = [];
    const { slot } = mount("contents.body.contents[0]", (selection) => {
      seen.push(selection);
      return <p>{selection.id}</p>;
    });
    expect(slot.getAttribute("aria-label")).toBe("Properties");
    expect(slot.dataset.path).toBe("contents.body.contents[0]");
    expect(slot.textContent).toBe("contents.body.contents[0]");
    expect(seen.at(-1)).toEqual({
      id: "contents.body.contents[0]",
      path: ["contents", "body", "contents", 0],
    });
  });

  it("a selection that is gone (an Undo removed it) leads to its nearest ancestor", () => {
    const { slot } = mount("contents.body.contents[3]", (selection) => selection.id);
    expect(slot.textContent).toBe("contents.body");
    expect(
      host!.querySelector('[role="treeitem"][aria-selected="true"]')?.getAttribute("aria-label"),
    ).toBe("box (body) vertical");
  });
});
