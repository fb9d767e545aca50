import { parsePath } from "@flexkit/validators";
import {
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import {
  addChild,
  type Clip,
  canDrop,
  canDuplicate,
  canRemove,
  copyNode,
  dropNode,
  duplicateNode,
  type Edit,
  moveNode,
  nearestNode,
  nodeName,
  paletteOf,
  pasteNode,
  removeNode,
  type TreeNode,
  treeOf,
} from "./tree-model.js";

/** The node shown as selected: `selected`, or its nearest ancestor still in the tree. */
export const shownSelection = (nodes: readonly TreeNode[], selected: string) =>
  nearestNode(nodes, parsePath(selected)) ?? nodes[0];

const isMac = () => /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? "");

/**
 * The component tree of the workbench's message: an ARIA tree whose items are named by their
 * type first (`text "Order shipped"`), with the edits of tree-model.ts on buttons, keys and drag
 * and drop. It keeps no copy of the message: each edit's next message goes to `onEdit`, which
 * puts it in the JSON editor (one undo step shared with the text editors), and comes back as
 * `value`.
 */
export function TreeView({
  value,
  selected,
  onSelect,
  onEdit,
  onUndo,
  onRedo,
}: {
  /** The message the workbench holds. */
  value: unknown;
  /** The selected node's id (its formatted path; "" for the root). */
  selected: string;
  onSelect: (id: string) => void;
  onEdit: (edit: Edit) => void;
  onUndo: () => void;
  onRedo: () => void;
}) {
  const nodes = treeOf(value);
  const current = shownSelection(nodes, selected);
  const id = current?.id ?? "";
  const palette = useMemo(() => paletteOf(value, id), [value, id]);
  const [clip, setClip] = useState<Clip | undefined>();
  const tree = useRef<HTMLDivElement>(null);
  /** Focus follows the selection when the person works in the tree (keys, buttons, drops). */
  const focusNext = useRef(false);
  const dragged = useRef<string | undefined>(undefined);
  const [dropTarget, setDropTarget] = useState<string | undefined>();
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const parents = useMemo(() => new Set(nodes.map((node) => node.parent)), [nodes]);
  /** The nodes not inside a collapsed one: what the arrows move through. */
  const visible = useMemo(() => {
    const hidden = new Set<string>();
    return nodes.filter((node) => {
      const parent = node.parent;
      if (parent !== undefined && (hidden.has(parent) || collapsed.has(parent))) {
        hidden.add(node.id);
        return false;
      }
      return true;
    });
  }, [nodes, collapsed]);
  // A node selected inside a collapsed one (from the chat, an issue) opens its ancestors.
  const ancestors = useMemo(() => {
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const found = new Set<string>();
    for (let at = byId.get(id)?.parent; at !== undefined; at = byId.get(at)?.parent) found.add(at);
    return found;
  }, [nodes, id]);
  useEffect(() => {
    setCollapsed((before) =>
      [...ancestors].some((each) => before.has(each))
        ? new Set([...before].filter((each) => !ancestors.has(each)))
        : before,
    );
  }, [ancestors]);
  const toggle = (node: string, open: boolean) =>
    setCollapsed((before) => {
      const next = new Set(before);
      if (open) next.delete(node);
      else next.add(node);
      return next;
    });

  useEffect(() => {
    const item = tree.current?.querySelector<HTMLElement>(
      '[role="treeitem"][aria-selected="true"]',
    );
    if (focusNext.current) item?.focus();
    focusNext.current = false;
  });
  // A selection made elsewhere (a click in the chat, an issue) is scrolled into view.
  useEffect(() => {
    tree.current
      ?.querySelector<HTMLElement>(`[data-tree-node="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: "nearest" });
  }, [id]);

  const select = useCallback(
    (next: string) => {
      focusNext.current = true;
      onSelect(next);
    },
    [onSelect],
  );
  const apply = useCallback(
    (edit: Edit | undefined) => {
      if (edit === undefined) return;
      focusNext.current = true;
      onEdit(edit);
    },
    [onEdit],
  );

  const remove = () => apply(removeNode(value, id));
  const duplicate = () => apply(duplicateNode(value, id));
  const move = (delta: -1 | 1) => apply(moveNode(value, id, delta));
  const copy = () => setClip(copyNode(value, id));
  const paste = () => {
    if (clip !== undefined) apply(pasteNode(value, id, clip));
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (current === undefined) return;
    const mod = isMac() ? event.metaKey : event.ctrlKey;
    const index = visible.indexOf(current);
    const expandable = parents.has(current.id);
    const isOpen = expandable && !collapsed.has(current.id);
    const key = event.key.toLowerCase();
    let handled = true;
    if (mod && key === "z") {
      focusNext.current = true;
      if (event.shiftKey) onRedo();
      else onUndo();
    } else if (mod && key === "y") {
      focusNext.current = true;
      onRedo();
    } else if (mod && key === "d") duplicate();
    else if (mod && key === "c") copy();
    else if (mod && key === "v") paste();
    else if (event.altKey && event.key === "ArrowUp") move(-1);
    else if (event.altKey && event.key === "ArrowDown") move(1);
    else if (event.key === "ArrowDown")
      select(visible[Math.min(index + 1, visible.length - 1)]!.id);
    else if (event.key === "ArrowUp") select(visible[Math.max(index - 1, 0)]!.id);
    else if (event.key === "Home") select(visible[0]!.id);
    else if (event.key === "End") select(visible[visible.length - 1]!.id);
    else if (event.key === "ArrowLeft") {
      // As in every ARIA tree: an open node closes first, then the parent is selected.
      if (isOpen) toggle(current.id, false);
      else if (current.parent !== undefined) select(current.parent);
    } else if (event.key === "ArrowRight") {
      const child = visible[index + 1];
      if (expandable && !isOpen) toggle(current.id, true);
      else if (child?.parent === current.id) select(child.id);
    } else if (event.key === "Delete" || event.key === "Backspace") remove();
    else handled = false;
    if (handled) event.preventDefault();
  }

  /** How many siblings each node has, and its place among them (aria-setsize/posinset). */
  const siblings = useMemo(() => {
    const byParent = new Map<string | undefined, TreeNode[]>();
    for (const node of nodes)
      byParent.set(node.parent, [...(byParent.get(node.parent) ?? []), node]);
    return byParent;
  }, [nodes]);

  const action = (label: string, enabled: boolean, run: () => void, shortcut?: string) => (
    <button
      type="button"
      disabled={!enabled}
      onClick={run}
      aria-keyshortcuts={shortcut}
      className="fk-button flexkit-tree-button"
    >
      {label}
    </button>
  );

  const listIndex = current?.path[current.path.length - 1];
  const siblingCount = siblings.get(current?.parent)?.length ?? 0;
  const inList = typeof listIndex === "number";

  return (
    <div data-tree-view="" className="flexkit-tree">
      <style>{TREE_CSS}</style>
      <div role="toolbar" aria-label="Edit the selected node" className="flexkit-tree-actions">
        {action("Delete", canRemove(value, id), remove, "Delete")}
        {action("Duplicate", canDuplicate(value, id), duplicate, "Control+D")}
        {action("Move up", inList && listIndex > 0, () => move(-1), "Alt+ArrowUp")}
        {action(
          "Move down",
          inList && listIndex < siblingCount - 1 && moveNode(value, id, 1) !== undefined,
          () => move(1),
          "Alt+ArrowDown",
        )}
        {action("Copy", current?.parent !== undefined, copy, "Control+C")}
        {action(
          "Paste",
          clip !== undefined && pasteNode(value, id, clip) !== undefined,
          paste,
          "Control+V",
        )}
      </div>
      <div role="toolbar" aria-label="Add to the selected node" className="flexkit-tree-palette">
        {palette.length === 0 ? (
          <span className="flexkit-tree-hint">Nothing can be added here.</span>
        ) : (
          palette.map((entry) => (
            <button
              key={entry.id}
              type="button"
              data-add={entry.id}
              aria-label={`Add ${entry.id}`}
              className="fk-button flexkit-tree-button"
              onClick={() => apply(addChild(value, id, entry.id))}
            >
              + {entry.id}
            </button>
          ))
        )}
      </div>
      <div
        ref={tree}
        role="tree"
        aria-label="Component tree"
        className="flexkit-tree-items"
        onKeyDown={onKeyDown}
      >
        {visible.map((node) => {
          const group = siblings.get(node.parent) ?? [node];
          const isSelected = node.id === id;
          const expandable = parents.has(node.id);
          const open = expandable && !collapsed.has(node.id);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the tree's onKeyDown serves its items.
            <div
              key={node.id}
              role="treeitem"
              aria-level={node.level}
              aria-selected={isSelected}
              aria-posinset={group.indexOf(node) + 1}
              aria-setsize={group.length}
              aria-expanded={expandable ? open : undefined}
              aria-label={nodeName(node)}
              tabIndex={isSelected ? 0 : -1}
              data-tree-node={node.id}
              data-drop-target={dropTarget === node.id ? "" : undefined}
              draggable={node.parent !== undefined}
              className="flexkit-tree-item"
              style={{ paddingLeft: 6 + (node.level - 1) * 14 }}
              onClick={() => select(node.id)}
              onDragStart={(event) => {
                dragged.current = node.id;
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", node.id);
              }}
              onDragEnd={() => {
                dragged.current = undefined;
                setDropTarget(undefined);
              }}
              onDragOver={(event) => {
                const from = dragged.current;
                if (from === undefined || !canDrop(value, from, node.id)) return;
                event.preventDefault();
                event.dataTransfer.dropEffect = "move";
                setDropTarget(node.id);
              }}
              onDragLeave={() =>
                setDropTarget((target) => (target === node.id ? undefined : target))
              }
              onDrop={(event) => {
                event.preventDefault();
                const from = dragged.current;
                dragged.current = undefined;
                setDropTarget(undefined);
                if (from !== undefined) apply(dropNode(value, from, node.id));
              }}
            >
              <span
                aria-hidden="true"
                className="flexkit-tree-twisty"
                onClick={(event) => {
                  if (!expandable) return;
                  event.stopPropagation();
                  toggle(node.id, !open);
                }}
              >
                {expandable ? (open ? "▾" : "▸") : ""}
              </span>
              <NodeLabel node={node} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

function NodeLabel({ node }: { node: TreeNode }): ReactNode {
  return (
    <>
      <span className="flexkit-tree-type">{node.type}</span>
      {node.slot !== undefined ? <span className="flexkit-tree-slot"> ({node.slot})</span> : null}
      {node.summary !== "" ? <span className="flexkit-tree-summary"> {node.summary}</span> : null}
    </>
  );
}

const TREE_CSS = `
.flexkit-tree { display: flex; flex-direction: column; gap: 6px; min-height: 0; flex: 1; }
.flexkit-tree-actions, .flexkit-tree-palette { display: flex; flex-wrap: wrap; gap: 4px; }
.flexkit-tree-button.fk-button { height: 26px; font-size: 12px; padding: 0 8px; }
.flexkit-tree-hint { color: var(--fk-text-muted); }
.flexkit-tree-items { flex: 1; min-height: 0; overflow: auto; padding: 4px 0;
  border: 1px solid var(--fk-border); border-radius: 8px; background: var(--fk-code-bg); }
.flexkit-tree-item { padding: 2px 6px; cursor: pointer; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; border-left: 2px solid transparent; }
.flexkit-tree-item:hover { background: var(--fk-surface-2); }
.flexkit-tree-item[aria-selected="true"] { background: var(--fk-code-selection); border-left-color: var(--fk-focus); }
.flexkit-tree-item:focus-visible { outline: 2px solid var(--fk-focus); outline-offset: -2px; }
.flexkit-tree-item[data-drop-target] { box-shadow: inset 0 2px 0 var(--fk-accent); }
.flexkit-tree-type { font-weight: 600; }
.flexkit-tree-twisty { display: inline-block; width: 1em; color: var(--fk-text-muted); }
.flexkit-tree-slot { color: var(--fk-text-muted); }
.flexkit-tree-summary { color: var(--fk-syn-string); }
`;
