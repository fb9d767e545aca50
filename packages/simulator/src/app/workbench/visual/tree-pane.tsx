import type { ReactNode } from "react";
import type { Edit } from "./tree-model.js";
import { TreeView } from "./tree-view.js";

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
  /** What fills the inspector slot: the property inspector of the selected node. */
  inspector?: ReactNode;
}) {
  return (
    <div data-tree-pane="" style={{ display: "flex", gap: 8, flex: 1, minHeight: 0 }}>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, minWidth: 0, minHeight: 0 }}>
        {unavailable !== undefined ? (
          <div data-tree-unavailable="" role="status" style={{ color: "#ffd479" }}>
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
      <section
        data-inspector-slot=""
        data-path={selected}
        aria-label="Properties"
        style={{ flex: 1, minWidth: 0, minHeight: 0, overflow: "auto" }}
      >
        {inspector}
      </section>
    </div>
  );
}
