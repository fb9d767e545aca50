import { formatPath, parsePath, type ValidationIssue } from "@flexkit/validators";
import { describeProperty } from "@flexkit/validators/property-docs";
import { useMemo } from "react";
import type { z } from "zod";
import { AreaEditor } from "./area-editor.js";
import { areaIndexOf, areaPath, areaTargets, replaceAt } from "./area-editor-model.js";
import { Inspector } from "./inspector.js";
import type { SchemaLike } from "./schema-walk.js";
import type { Edit } from "./tree-model.js";
import { TreePane } from "./tree-pane.js";

/**
 * The Tree tab, LINE's Flex Message Simulator's way of editing: over an imagemap or a rich menu
 * its area editor, then the component tree beside the inspector of the selected node. All three
 * change the message only through `onEdit` (one JSON-editor replacement, one undo step shared
 * with the text editors; a run of typing into one inspector field is one step too) and select
 * only through `onSelect` (the workbench's selection).
 */
export function TreeTab({
  payload,
  issues,
  unavailable,
  selected,
  onSelect,
  onEdit,
  onUndo,
  onRedo,
  inspectorHost,
}: {
  payload: unknown;
  issues: ReadonlyArray<ValidationIssue>;
  unavailable: string | undefined;
  /** The selected node's id: its path in the JSON value, formatted ("" for the root). */
  selected: string;
  onSelect: (id: string) => void;
  onEdit: (edit: Edit) => void;
  onUndo: () => void;
  onRedo: () => void;
  /** Where the inspector goes (the side column's Properties panel); beside the tree without one. */
  inspectorHost?: HTMLElement | null;
}) {
  const selectedPath = useMemo(() => parsePath(selected), [selected]);
  const targets = useMemo(
    () => (unavailable === undefined ? areaTargets(payload) : []),
    [payload, unavailable],
  );
  // The imagemap or rich menu the selection is in, else the first one the message holds.
  const target =
    targets.find((candidate) => candidate.path.every((step, i) => selectedPath[i] === step)) ??
    targets[0];
  return (
    <div
      data-tree-tab=""
      style={{ display: "flex", flexDirection: "column", gap: 8, flex: 1, minHeight: 0 }}
    >
      {target === undefined ? null : (
        <div data-area-editor-pane="" style={{ flex: "none" }}>
          <AreaEditor
            value={target.value}
            {...(target.image === undefined ? {} : { image: target.image })}
            maxHeight={260}
            selected={areaIndexOf(target.path, target.kind, selectedPath)}
            onSelect={(index) =>
              onSelect(
                formatPath(
                  index === undefined ? target.path : areaPath(target.path, target.kind, index),
                ),
              )
            }
            onChange={(next) => onEdit({ value: replaceAt(payload, target.path, next), selected })}
          />
        </div>
      )}
      <TreePane
        value={payload}
        unavailable={unavailable}
        selected={selected}
        onSelect={onSelect}
        onEdit={onEdit}
        onUndo={onUndo}
        onRedo={onRedo}
        inspectorHost={inspectorHost ?? undefined}
        inspector={({ id, path }) => (
          <Inspector
            message={payload}
            path={path}
            issues={issues}
            onChange={(next, edit) =>
              onEdit({
                value: next,
                selected: id,
                ...(edit.typing ? { typing: formatPath(edit.path) } : {}),
              })
            }
            describe={propertyHelp}
          />
        )}
      />
    </div>
  );
}

/** A property's description under its field, with LINE's default (issue 21's property docs). */
function propertyHelp(objectSchema: SchemaLike, key: string): string | undefined {
  // The inspector's SchemaLike is the structural view of the validators' zod schemas it walks.
  const doc = describeProperty(objectSchema as unknown as z.ZodType, key);
  if (doc === undefined) return undefined;
  return doc.default === undefined
    ? doc.description
    : `${doc.description}\nDefault: ${doc.default}.`;
}
