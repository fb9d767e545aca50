import { type RefObject, useEffect } from "react";
import { type PreviewRoot, previewElementFor } from "../preview-target.js";
import { treeOf } from "./tree-model.js";

/**
 * The tree's node drawn at `target` in the chat: the node whose drawn element is the innermost
 * one around it (the first such node when several share an element: a message and its quick
 * reply are both its row). Undefined when the click was outside every drawn message.
 */
export function nodeAtPreview(
  chat: Element,
  target: Element,
  payload: unknown,
  root: PreviewRoot,
): string | undefined {
  let best: { id: string; depth: number } | undefined;
  for (const node of treeOf(payload)) {
    const element = previewElementFor(chat, node.path, root);
    if (element === undefined || !element.contains(target)) continue;
    const depth = depthOf(element);
    if (best === undefined || depth > best.depth) best = { id: node.id, depth };
  }
  return best?.id;
}

function depthOf(element: Element): number {
  let depth = 0;
  for (let at: Element | null = element; at !== null; at = at.parentElement) depth++;
  return depth;
}

/** Outlines the selected node in the chat while `active` (the Tree tab is open). */
export function useTreeOutline({
  active,
  selected,
  payload,
  root,
  preview,
}: {
  active: boolean;
  selected: string;
  payload: unknown;
  root: PreviewRoot;
  preview: RefObject<HTMLDivElement | null>;
}): void {
  useEffect(() => {
    const chat = preview.current?.querySelector("[data-chat]");
    if (!active || payload === undefined || chat == null) return;
    const element = previewElementFor(chat, selected, root);
    if (element === undefined) return;
    const before = element.style.outline;
    const offset = element.style.outlineOffset;
    element.style.outline = "2px solid #4c8dff";
    element.style.outlineOffset = "-2px";
    element.dataset.treeOutline = selected;
    element.scrollIntoView({ block: "nearest" });
    return () => {
      element.style.outline = before;
      element.style.outlineOffset = offset;
      delete element.dataset.treeOutline;
    };
  }, [active, selected, payload, root, preview]);
}
