import type { PathStep } from "@flexkit/validators";
import { type ReactNode, useMemo } from "react";
import { createPortal } from "react-dom";
import { type Edit, treeOf } from "./tree-model.js";
import { shownSelection, TreeView } from "./tree-view.js";

/** The node the tree shows as selected, as the inspector gets it. */
export interface Selection {
  /** Its path in the JSON value, formatted ("" for the root). */
  id: string;
  /** The same path as steps: `["contents", "body", "contents", 0]`, `[1, "template"]` in a list. */
  path: PathStep[];
}

/**
 * The Tree tab: the component tree of the workbench's message beside the inspector of the
 * selected node. The inspector is mounted by the workbench into the `data-inspector-slot`
 * element (see `inspector`), with the same selection and the same way to change the message.
 */
export function TreePane({
  value,
  unavailable,
  selected,
  onSelect,
  onEdit,
  onUndo,
  onRedo,
  inspector,
  inspectorHost,
}: {
  /** The message the workbench holds (the JSON editor's, parsed). */
  value: unknown;
  /** Why there is no tree to show (the JSON does not parse); undefined when there is one. */
  unavailable: string | undefined;
  /** The selected node's id: its path in the JSON value, formatted ("" for the root). */
  selected: string;
  onSelect: (id: string) => void;
  onEdit: (edit: Edit) => void;
  onUndo: () => void;
  onRedo: () => void;
  /**
   * What fills the inspector slot: the property inspector of the node shown as selected (the
   * selection, or its nearest ancestor when the selection is gone, e.g. after an Undo).
   */
  inspector?: (selection: Selection) => ReactNode;
  /** Where the inspector slot is drawn, when not beside the tree (the workbench's side column). */
  inspectorHost?: HTMLElement | undefined;
}) {
  const shown = useMemo((): Selection | undefined => {
    if (unavailable !== undefined) return undefined;
    const node = shownSelection(treeOf(value), selected);
    return node === undefined ? undefined : { id: node.id, path: node.path };
  }, [value, selected, unavailable]);
  const slot = (
    <section
      data-inspector-slot=""
      data-path={shown?.id}
      aria-label="Properties"
      style={
        inspectorHost === undefined
          ? { flex: 1, minWidth: 0, minHeight: 0, overflow: "auto" }
          : undefined
      }
    >
      {shown === undefined ? null : inspector?.(shown)}
    </section>
  );
  return (
    <div data-tree-pane="" style={{ display: "flex", gap: 8, flex: 1, minHeight: 0 }}>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, minWidth: 0, minHeight: 0 }}>
        {unavailable !== undefined ? (
          <div data-tree-unavailable="" role="status" className="fk-callout" data-tone="warning">
            {unavailable}
          </div>
        ) : (
          <TreeView
            value={value}
            selected={selected}
            onSelect={onSelect}
            onEdit={onEdit}
            onUndo={onUndo}
            onRedo={onRedo}
          />
        )}
      </div>
      {inspectorHost === undefined ? slot : createPortal(slot, inspectorHost)}
    </div>
  );
}
