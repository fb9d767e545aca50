import { formatPath, LIMITS, type PathStep } from "@flexkit/validators";
import {
  FLEX_PLACEMENT,
  IN_ALT_CONTENT,
  IN_BASELINE_BOX,
  IN_BLOCK,
  IN_CAROUSEL,
  IN_FLEX_MESSAGE,
  IN_FLOW_BOX,
  IN_HERO,
  IN_TEXT,
  isRichMenuObject,
} from "@flexkit/validators/flex-structure";

/**
 * The component tree of whatever message the workbench holds, as plain data, and the edits the
 * tree offers as pure functions from the message to the next message. Nothing here keeps a copy
 * of the message: the view reads the workbench's one message and hands each edit's result back
 * to it (see tree-view.tsx). Paths are the validators' steps in the JSON value itself (a list's
 * messages are `[i]`, as in the JSON editor's text).
 *
 * Where a Flex component may go is read from the placement matrix that render() and the
 * validators use (`@flexkit/validators/flex-structure`), so the palette cannot offer what either
 * would refuse.
 */

/** What a node is, which decides what it holds and where it may move. */
export type Role =
  | "messages"
  | "request"
  | "rich-menu-set"
  | "message"
  | "container"
  | "component"
  | "imagemap-action"
  | "template"
  | "column"
  | "action"
  | "quick-reply"
  | "quick-reply-item"
  | "rich-menu"
  | "rich-menu-area";

/** A place under a node where children sit: an array, or one property. */
export interface Slot {
  /** The parent's property that holds the children. */
  key: string;
  /** An array of children, or a single child at `key`. */
  list: boolean;
  /** What sits here. */
  role: Role;
  /** For Flex: the column of the placement matrix (IN_FLOW_BOX…) a child must be allowed in. */
  place?: number;
  /** Types that may not sit here although the matrix allows them (a video hero in a carousel). */
  exclude?: readonly string[];
  /** The fewest children the slot may keep (a single slot: 1 when it is required). */
  min: number;
  /** The most children (a single slot: 1). */
  max: number;
}

export interface TreeNode {
  /** The path written in LINE's notation (`formatPath`); "" for the root. */
  readonly id: string;
  readonly path: PathStep[];
  /** What a person calls it: the Flex type (`text`), or `flex message`, `area`, `action`… */
  readonly type: string;
  /** A short summary: a text's first words (quoted), an image's file name, a box's layout. */
  readonly summary: string;
  /** The block or property it fills when that is not obvious: `body`, `hero`, `altContent`. */
  readonly slot?: string;
  /** 1 for the root. */
  readonly level: number;
  readonly role: Role;
  /** The parent's id; undefined for the root. */
  readonly parent: string | undefined;
  /** The slots it has (children sit in them). */
  readonly slots: readonly Slot[];
}

/** The accessible name of a node: its type first (`text "Order shipped"`, `box (body) vertical`). */
export function nodeName(node: TreeNode): string {
  const slot = node.slot === undefined ? "" : ` (${node.slot})`;
  return `${node.type}${slot}${node.summary === "" ? "" : ` ${node.summary}`}`;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const typeOf = (value: unknown): string | undefined =>
  isRecord(value) && typeof value.type === "string" ? value.type : undefined;

/** A text's first words: at most about SUMMARY_LENGTH characters, cut at a space, quoted. */
const SUMMARY_LENGTH = 28;
function quoted(text: unknown): string {
  if (typeof text !== "string") return "";
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= SUMMARY_LENGTH) return JSON.stringify(flat);
  const cut = flat.slice(0, SUMMARY_LENGTH);
  const space = cut.lastIndexOf(" ");
  return JSON.stringify(`${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trim()}…`);
}

/** The last part of a URL's path: what a person named the file. */
function fileName(url: unknown): string {
  if (typeof url !== "string") return "";
  const path = url.split(/[?#]/)[0] ?? "";
  const name = path.slice(path.lastIndexOf("/") + 1);
  return name === "" ? url : name;
}

function actionSummary(action: unknown): string {
  if (!isRecord(action)) return "";
  const label = action.label ?? action.text ?? action.displayText;
  const type = typeof action.type === "string" ? action.type : "";
  return label === undefined ? type : `${type} ${quoted(label)}`.trim();
}

const BLOCKS = ["header", "hero", "body", "footer"] as const;

/** Where a property goes among a bubble's, so that a new block lands where LINE lists it. */
const BUBBLE_ORDER = ["type", "size", "direction", ...BLOCKS, "styles", "action"];

function summaryOf(value: unknown, role: Role): string {
  if (!isRecord(value)) return "";
  switch (role) {
    case "message":
      if (value.type === "text" || value.type === "textV2") return quoted(value.text);
      if (value.type === "image" || value.type === "video" || value.type === "audio")
        return fileName(value.originalContentUrl);
      if (value.type === "sticker") return `${value.packageId}/${value.stickerId}`;
      if (value.type === "location") return quoted(value.title);
      return quoted(value.altText);
    case "container":
      if (value.type === "carousel")
        return Array.isArray(value.contents) ? plural(value.contents.length, "bubble") : "";
      return typeof value.size === "string" ? value.size : "";
    case "component":
      switch (value.type) {
        case "box":
          return typeof value.layout === "string" ? value.layout : "";
        case "text":
          if (Array.isArray(value.contents) && value.contents.length > 0)
            return quoted(value.contents.map((span) => (isRecord(span) ? span.text : "")).join(""));
          return quoted(value.text);
        case "span":
          return quoted(value.text);
        case "image":
        case "icon":
        case "video":
          return fileName(value.url);
        case "button":
          return isRecord(value.action) ? quoted(value.action.label) : "";
        default:
          return "";
      }
    case "imagemap-action":
    case "rich-menu-area": {
      const area = isRecord(value.area) ? value.area : isRecord(value.bounds) ? value.bounds : {};
      const action = role === "rich-menu-area" ? actionSummary(value.action) : actionSummary(value);
      return `${action} at ${area.x},${area.y} ${area.width}×${area.height}`.trim();
    }
    case "template":
      return value.type === "carousel" || value.type === "image_carousel"
        ? Array.isArray(value.columns)
          ? plural(value.columns.length, "column")
          : ""
        : quoted(value.text);
    case "column":
      return value.title !== undefined ? quoted(value.title) : quoted(value.text);
    case "action":
    case "quick-reply-item":
      return actionSummary(role === "action" ? value : value.action);
    case "quick-reply":
      return Array.isArray(value.items) ? plural(value.items.length, "item") : "";
    case "rich-menu":
      return quoted(value.name);
    default:
      return "";
  }
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/** What a person calls a node of `role` holding `value`. */
function typeName(value: unknown, role: Role): string {
  switch (role) {
    case "messages":
      return "messages";
    case "request":
      return "request";
    case "rich-menu-set":
      return "rich menus";
    case "message":
      return `${typeOf(value) ?? "unknown"} message`;
    case "template":
      return `${typeOf(value) ?? "unknown"} template`;
    case "container":
    case "component":
      return typeOf(value) ?? "unknown";
    case "imagemap-action":
    case "rich-menu-area":
      return "area";
    case "column":
      return isRecord(value) && "imageUrl" in value ? "image column" : "column";
    case "action":
      return "action";
    case "quick-reply":
      return "quick reply";
    case "quick-reply-item":
      return "item";
    case "rich-menu":
      return "rich menu";
  }
}

/** The root's role, from the value's own shape (as the validators' detectShape reads it). */
function rootRole(value: unknown): Role {
  if (Array.isArray(value)) return "messages";
  if (isRecord(value)) {
    if (value.type === "bubble" || value.type === "carousel") return "container";
    if (value.type === undefined && "to" in value) return "request";
    if (value.type === undefined && "richMenus" in value) return "rich-menu-set";
    if (value.type === undefined && "messages" in value) return "request";
    if (isRichMenuObject(value)) return "rich-menu";
  }
  return "message";
}

const list = (key: string, role: Role, min: number, max: number, place?: number): Slot => ({
  key,
  list: true,
  role,
  min,
  max,
  ...(place === undefined ? {} : { place }),
});
const single = (key: string, role: Role, required: boolean, place?: number): Slot => ({
  key,
  list: false,
  role,
  min: required ? 1 : 0,
  max: 1,
  ...(place === undefined ? {} : { place }),
});

/** A box's children sit in the place its layout gives them (RULES.md §5.4). */
const PLACE_OF_LAYOUT: Record<string, number> = {
  horizontal: IN_FLOW_BOX,
  vertical: IN_FLOW_BOX,
  baseline: IN_BASELINE_BOX,
};

/** No box has more children than this: LINE documents none, the tree needs one for `max`. */
const UNLIMITED = Number.MAX_SAFE_INTEGER;

/** The slots of a node: where its children sit. `inCarousel`: a bubble of a carousel. */
function slotsOf(value: unknown, role: Role, inCarousel: boolean): Slot[] {
  if (role === "messages") return [list("", "message", 1, LIMITS.messagesPerRequestMax.value)];
  if (!isRecord(value)) return [];
  switch (role) {
    case "request":
      return [list("messages", "message", 1, LIMITS.messagesPerRequestMax.value)];
    case "rich-menu-set":
      // A set may carry the chat drawn above its menus (see the validators' detectShape).
      return Array.isArray(value.messages)
        ? [list("messages", "message", 1, LIMITS.messagesPerRequestMax.value)]
        : [];
    case "message": {
      const own: Slot[] = [];
      if (value.type === "flex") own.push(single("contents", "container", true, IN_FLEX_MESSAGE));
      if (value.type === "template") own.push(single("template", "template", true));
      if (value.type === "imagemap")
        own.push(list("actions", "imagemap-action", 1, LIMITS.imagemapActionsMax.value));
      return [...own, single("quickReply", "quick-reply", false)];
    }
    case "container":
      if (value.type === "carousel")
        return [list("contents", "container", 1, LIMITS.carouselBubblesMax.value, IN_CAROUSEL)];
      return BLOCKS.map((block) => {
        const slot = single(block, "component", false, block === "hero" ? IN_HERO : IN_BLOCK);
        // FLEX-VID-3: a bubble with a video hero can't be in a carousel.
        return block === "hero" && inCarousel ? { ...slot, exclude: ["video"] } : slot;
      });
    case "component":
      if (value.type === "box") {
        const place = PLACE_OF_LAYOUT[String(value.layout)] ?? IN_FLOW_BOX;
        return [list("contents", "component", 0, UNLIMITED, place)];
      }
      if (value.type === "text") return [list("contents", "component", 0, UNLIMITED, IN_TEXT)];
      // FLEX-VID-4: a video hero needs its altContent.
      if (value.type === "video") return [single("altContent", "component", true, IN_ALT_CONTENT)];
      return [];
    case "template":
      if (value.type === "buttons")
        return [list("actions", "action", 1, LIMITS.buttonsActionsMax.value)];
      if (value.type === "confirm")
        return [
          list("actions", "action", LIMITS.confirmActions.value, LIMITS.confirmActions.value),
        ];
      if (value.type === "carousel" || value.type === "image_carousel")
        return [list("columns", "column", 1, LIMITS.templateColumnsMax.value)];
      return [];
    case "column":
      return "imageUrl" in value
        ? []
        : [list("actions", "action", 1, LIMITS.carouselActionsMax.value)];
    case "quick-reply":
      return [list("items", "quick-reply-item", 1, LIMITS.quickReplyItemsMax.value)];
    case "rich-menu":
      return [list("areas", "rich-menu-area", 1, LIMITS.richMenuAreasMax.value)];
    default:
      return [];
  }
}

/**
 * Trees already built, by the message they were built from. A message is never changed in place
 * (an edit makes a new one, replaceAt and setAt copy what they change), so the tree pane, the tree
 * view, the preview's outline and the issue picking share one walk per message.
 */
const trees = new WeakMap<object, readonly TreeNode[]>();

/**
 * The list of nodes, parents before their children, in the order the JSON lists them; built once
 * per message object.
 */
export function treeOf(root: unknown): readonly TreeNode[] {
  if (typeof root !== "object" || root === null) return buildTree(root);
  let nodes = trees.get(root);
  if (nodes === undefined) {
    nodes = buildTree(root);
    trees.set(root, nodes);
  }
  return nodes;
}

function buildTree(root: unknown): readonly TreeNode[] {
  const nodes: TreeNode[] = [];
  const visit = (
    value: unknown,
    path: PathStep[],
    role: Role,
    parent: TreeNode | undefined,
    slot: string | undefined,
    inCarousel: boolean,
  ) => {
    const node: TreeNode = {
      id: formatPath(path),
      path,
      type: typeName(value, role),
      summary: summaryOf(value, role),
      level: parent === undefined ? 1 : parent.level + 1,
      role,
      parent: parent?.id,
      slots: slotsOf(value, role, inCarousel),
      ...(slot === undefined ? {} : { slot }),
    };
    nodes.push(node);
    if (role === "rich-menu-set" && isRecord(value) && isRecord(value.richMenus)) {
      for (const alias of Object.keys(value.richMenus))
        visit(
          value.richMenus[alias],
          [...path, "richMenus", alias],
          "rich-menu",
          node,
          alias,
          false,
        );
    }
    const own = role === "messages" ? { "": value } : isRecord(value) ? value : {};
    const isCarousel = role === "container" && typeOf(value) === "carousel";
    for (const each of node.slots) {
      const held = own[each.key];
      const at = each.key === "" ? path : [...path, each.key];
      if (each.list) {
        if (!Array.isArray(held)) continue;
        held.forEach((child, i) => {
          visit(child, [...at, i], each.role, node, undefined, isCarousel);
        });
      } else if (held !== undefined) {
        // A block or a single property is named, but not the obvious `contents` of a message.
        const named = each.key === "contents" || each.key === "template" ? undefined : each.key;
        visit(held, at, each.role, node, each.key === "quickReply" ? undefined : named, false);
      }
    }
  };
  visit(root, [], rootRole(root), undefined, undefined, false);
  return nodes;
}

/**
 * The node at `path` or, when there is none (a property's path, a node since removed), its
 * nearest ancestor that is one: where an issue or a selection that no longer exists leads.
 */
export function nearestNode(
  nodes: readonly TreeNode[],
  path: ReadonlyArray<PathStep>,
): TreeNode | undefined {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (let length = path.length; length >= 0; length--) {
    const found = byId.get(formatPath(path.slice(0, length)));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The node at `id` in `root`'s tree, and its parent and the slot it sits in. */
function locate(
  root: unknown,
  id: string,
): { nodes: readonly TreeNode[]; node: TreeNode; parent?: TreeNode; slot?: Slot } | undefined {
  const nodes = treeOf(root);
  const node = nodes.find((each) => each.id === id);
  if (node === undefined) return undefined;
  const parent = nodes.find((each) => each.id === node.parent);
  if (parent === undefined) return { nodes, node };
  const key = slotKeyOf(node.path, parent.path);
  const slot = parent.slots.find((each) => each.key === key);
  return { nodes, node, parent, ...(slot === undefined ? {} : { slot }) };
}

/** The slot key of `path` under `parentPath` ("" for the items of a root list). */
function slotKeyOf(path: PathStep[], parentPath: PathStep[]): string {
  const step = path[parentPath.length];
  return typeof step === "string" ? step : "";
}

/** Whether a node of `role` holding `value` may sit in `slot`: the placement matrix decides Flex. */
export function accepts(slot: Slot, role: Role, value: unknown): boolean {
  if (slot.role !== role) return false;
  if (slot.place === undefined) return true;
  const type = typeOf(value);
  if (type === undefined || slot.exclude?.includes(type)) return false;
  const row = (FLEX_PLACEMENT as Record<string, number | undefined>)[type];
  return row !== undefined && (row & slot.place) !== 0;
}

// ——— New nodes ———

/** A placeholder picture: a valid https URL (LINE fetches only https). */
export const PLACEHOLDER_IMAGE = "https://example.com/image.png";
const PLACEHOLDER_ICON = "https://example.com/icon.png";
const PLACEHOLDER_VIDEO = "https://example.com/video.mp4";

const messageAction = (label: string) => ({ type: "message", label, text: label });

/** What the palette can add: an entry per kind of node, each valid where it is offered. */
export interface PaletteEntry {
  /** What it adds, as the "+" button says it: `text`, `baseline box`, `hero image`, `bubble`. */
  id: string;
  /** The slot of the selected node it goes into. */
  slot: string;
  role: Role;
  make: () => unknown;
}

const box = (layout: string, contents: unknown[] = []) => ({ type: "box", layout, contents });

/** The Flex components a person can add, by what the palette calls them. */
const FLEX_NEW: ReadonlyArray<{ id: string; make: () => Json }> = [
  { id: "text", make: () => ({ type: "text", text: "Text" }) },
  { id: "vertical box", make: () => box("vertical") },
  { id: "horizontal box", make: () => box("horizontal") },
  { id: "baseline box", make: () => box("baseline") },
  { id: "image", make: () => ({ type: "image", url: PLACEHOLDER_IMAGE }) },
  { id: "button", make: () => ({ type: "button", action: messageAction("Button") }) },
  { id: "icon", make: () => ({ type: "icon", url: PLACEHOLDER_ICON }) },
  { id: "separator", make: () => ({ type: "separator" }) },
  { id: "span", make: () => ({ type: "span", text: "Span" }) },
  {
    id: "video",
    make: () => ({
      type: "video",
      url: PLACEHOLDER_VIDEO,
      previewUrl: PLACEHOLDER_IMAGE,
      aspectRatio: "16:9",
      altContent: { type: "image", url: PLACEHOLDER_IMAGE, size: "full", aspectRatio: "16:9" },
    }),
  },
];

/**
 * Not offered although the matrix places it: the filler, deprecated (the validators warn,
 * FLEX-TREE), which `margin`, `spacing` and `justifyContent` replace.
 */
export const NOT_OFFERED: readonly string[] = ["filler"];

export const newBubble = () => ({ type: "bubble", body: box("vertical", [FLEX_NEW[0]!.make()]) });

/** What each non-Flex slot's "+" adds. */
function newOf(role: Role, parent: unknown): { id: string; make: () => unknown } | undefined {
  switch (role) {
    case "message":
      return { id: "text message", make: () => ({ type: "text", text: "Text" }) };
    case "imagemap-action": {
      // Half the picture each way from the top left, inside the base size (IMG-8).
      const size = isRecord(parent) && isRecord(parent.baseSize) ? parent.baseSize : {};
      const width = typeof size.width === "number" ? size.width : 1040;
      const height = typeof size.height === "number" ? size.height : 1040;
      return {
        id: "area",
        make: () => ({
          type: "message",
          text: "Hello",
          area: { x: 0, y: 0, width: Math.round(width / 2), height: Math.round(height / 2) },
        }),
      };
    }
    case "rich-menu-area": {
      const size = isRecord(parent) && isRecord(parent.size) ? parent.size : {};
      const width = typeof size.width === "number" ? size.width : 2500;
      const height = typeof size.height === "number" ? size.height : 843;
      return {
        id: "area",
        make: () => ({
          bounds: { x: 0, y: 0, width: Math.round(width / 2), height: Math.round(height / 2) },
          action: messageAction("Area"),
        }),
      };
    }
    case "action":
      return { id: "action", make: () => messageAction("Action") };
    case "column":
      return isRecord(parent) && parent.type === "image_carousel"
        ? {
            id: "image column",
            make: () => ({ imageUrl: PLACEHOLDER_IMAGE, action: messageAction("Open") }),
          }
        : {
            id: "column",
            make: () => ({ text: "Column", actions: [messageAction("Action")] }),
          };
    case "quick-reply":
      return {
        id: "quick reply",
        make: () => ({ items: [{ type: "action", action: messageAction("Reply") }] }),
      };
    case "quick-reply-item":
      return { id: "item", make: () => ({ type: "action", action: messageAction("Reply") }) };
    default:
      return undefined;
  }
}

/** The Flex nodes a slot could take, before the placement matrix has its say. */
function flexCandidates(
  slot: Slot,
  parent: unknown,
): ReadonlyArray<{ id: string; make: () => Json }> {
  if (slot.role === "container") {
    // FLEX-CAR-2: every bubble of a carousel has the first one's size.
    const first =
      isRecord(parent) && Array.isArray(parent.contents) ? parent.contents[0] : undefined;
    const size = isRecord(first) ? first.size : undefined;
    return [
      { id: "bubble", make: size === undefined ? newBubble : () => ({ ...newBubble(), size }) },
      { id: "carousel", make: () => ({ type: "carousel", contents: [newBubble()] }) },
    ];
  }
  // A block is added as its root, named by the block: `header`, `hero image`, `hero box`.
  if (slot.key === "hero")
    return FLEX_NEW.filter((each) => ["vertical box", "image", "video"].includes(each.id)).map(
      (each) => ({
        id: each.id === "vertical box" ? "hero box" : `hero ${each.id}`,
        make: each.id === "image" ? () => ({ ...each.make(), size: "full" }) : each.make,
      }),
    );
  if (slot.key in BLOCK_NAMES) return [{ id: slot.key, make: () => box("vertical") }];
  return FLEX_NEW;
}

/** What fits in a slot, by what the palette calls it: the matrix decides for Flex. */
function entriesFor(slot: Slot, parent: unknown): PaletteEntry[] {
  if (slot.role === "component" || slot.role === "container")
    return flexCandidates(slot, parent)
      .filter((each) => {
        const value = each.make();
        return !NOT_OFFERED.includes(String(value.type)) && accepts(slot, slot.role, value);
      })
      .map((each) => ({ id: each.id, slot: slot.key, role: slot.role, make: each.make }));
  const made = newOf(slot.role, parent);
  return made === undefined ? [] : [{ ...made, slot: slot.key, role: slot.role }];
}

const BLOCK_NAMES: Record<string, true> = { header: true, hero: true, body: true, footer: true };

/** The children of `slot` in `value`: an array's length, or 0/1 for a single slot. */
function countIn(value: unknown, slot: Slot): number {
  const held = slot.key === "" ? value : isRecord(value) ? value[slot.key] : undefined;
  if (slot.list) return Array.isArray(held) ? held.length : 0;
  return held === undefined ? 0 : 1;
}

/** What the "+" buttons offer under the node at `id`: only what may go there, with room left. */
export function paletteOf(root: unknown, id: string): PaletteEntry[] {
  const found = locate(root, id);
  if (found === undefined) return [];
  const value = valueIn(root, found.node.path);
  return found.node.slots
    .filter((slot) => countIn(value, slot) < slot.max)
    .flatMap((slot) => entriesFor(slot, value));
}

// ——— Edits: each returns the next message and the node to select, or undefined ———

export interface Edit {
  value: unknown;
  /** The id of the node to select after the edit. */
  selected: string;
  /** A keystroke in the inspector's field for this property (a formatted path): see InspectorEdit. */
  typing?: string;
}

function valueIn(root: unknown, path: readonly PathStep[]): unknown {
  let current = root;
  for (const step of path) {
    if (Array.isArray(current) && typeof step === "number") current = current[step];
    else if (isRecord(current) && typeof step === "string") current = current[step];
    else return undefined;
  }
  return current;
}

/** `root` with `update` applied to the value at `path`; the rest is shared, never changed. */
function updateAt(
  root: unknown,
  path: readonly PathStep[],
  update: (value: unknown) => unknown,
): unknown {
  if (path.length === 0) return update(root);
  const [step, ...rest] = path;
  if (Array.isArray(root) && typeof step === "number") {
    const next = [...root];
    next[step] = updateAt(root[step], rest, update);
    return next;
  }
  if (isRecord(root) && typeof step === "string")
    return withKey(root, step, updateAt(root[step], rest, update));
  return root;
}

/**
 * `object` with `key` set (kept in its place when it is there). A new bubble block goes where
 * LINE lists it (header, hero, body, footer), so the JSON reads as a person would write it.
 */
function withKey(object: Json, key: string, value: unknown): Json {
  if (key in object || !BUBBLE_ORDER.includes(key) || object.type !== "bubble")
    return { ...object, [key]: value };
  const rank = BUBBLE_ORDER.indexOf(key);
  const out: Json = {};
  let placed = false;
  for (const [k, v] of Object.entries(object)) {
    const later = BUBBLE_ORDER.indexOf(k) > rank || !BUBBLE_ORDER.includes(k);
    if (!placed && later) {
      out[key] = value;
      placed = true;
    }
    out[k] = v;
  }
  if (!placed) out[key] = value;
  return out;
}

function withoutKey(object: Json, key: string): Json {
  const { [key]: _removed, ...rest } = object;
  return rest;
}

/** The array of `slot` under `parentPath`: where list children are inserted and removed. */
const arrayPath = (parentPath: PathStep[], slot: Slot): PathStep[] =>
  slot.key === "" ? parentPath : [...parentPath, slot.key];

function insertInto(
  root: unknown,
  parentPath: PathStep[],
  slot: Slot,
  index: number,
  child: unknown,
) {
  if (!slot.list)
    return updateAt(root, parentPath, (parent) =>
      isRecord(parent) ? withKey(parent, slot.key, child) : parent,
    );
  return updateAt(root, arrayPath(parentPath, slot), (items) => {
    const next = Array.isArray(items) ? [...items] : [];
    next.splice(index, 0, child);
    return next;
  });
}

function removeFrom(root: unknown, path: PathStep[], parentPath: PathStep[], slot: Slot) {
  if (!slot.list)
    return updateAt(root, parentPath, (parent) =>
      isRecord(parent) ? withoutKey(parent, slot.key) : parent,
    );
  const index = path[path.length - 1] as number;
  return updateAt(root, arrayPath(parentPath, slot), (items) =>
    Array.isArray(items) ? items.filter((_, i) => i !== index) : items,
  );
}

const idOf = (path: PathStep[]) => formatPath(path);

/** Adds what the palette entry `entryId` makes under the node at `id` (at the end of a list). */
export function addChild(root: unknown, id: string, entryId: string): Edit | undefined {
  const found = locate(root, id);
  if (found === undefined) return undefined;
  const entry = paletteOf(root, id).find((each) => each.id === entryId);
  const slot = found.node.slots.find((each) => each.key === entry?.slot);
  if (entry === undefined || slot === undefined) return undefined;
  const parent = valueIn(root, found.node.path);
  const index = countIn(parent, slot);
  const at = slot.list
    ? [...arrayPath(found.node.path, slot), index]
    : [...found.node.path, slot.key];
  return {
    value: insertInto(root, found.node.path, slot, index, entry.make()),
    selected: idOf(at),
  };
}

/** Whether the node may be removed: not the root, not what its parent needs (its minimum). */
export function canRemove(root: unknown, id: string): boolean {
  const found = locate(root, id);
  if (found?.parent === undefined || found.slot === undefined) return false;
  return countIn(valueIn(root, found.parent.path), found.slot) > found.slot.min;
}

/** Removes the node; the next sibling is selected, else the previous one, else the parent. */
export function removeNode(root: unknown, id: string): Edit | undefined {
  const found = locate(root, id);
  if (found?.parent === undefined || found.slot === undefined || !canRemove(root, id))
    return undefined;
  const { node, parent, slot } = found;
  const value = removeFrom(root, node.path, parent.path, slot);
  if (!slot.list) return { value, selected: parent.id };
  const index = node.path[node.path.length - 1] as number;
  const left = countIn(valueIn(value, parent.path), slot);
  const selected =
    left === 0 ? parent.id : idOf([...arrayPath(parent.path, slot), Math.min(index, left - 1)]);
  return { value, selected };
}

/** Whether the node sits in a list with room for one more (where duplicate and paste go). */
export function canDuplicate(root: unknown, id: string): boolean {
  const found = locate(root, id);
  if (found?.parent === undefined || found.slot === undefined || !found.slot.list) return false;
  return countIn(valueIn(root, found.parent.path), found.slot) < found.slot.max;
}

/** A copy of the node right after it. */
export function duplicateNode(root: unknown, id: string): Edit | undefined {
  const found = locate(root, id);
  if (found?.parent === undefined || found.slot === undefined || !canDuplicate(root, id))
    return undefined;
  const index = found.node.path[found.node.path.length - 1] as number;
  const copy = structuredClone(valueIn(root, found.node.path));
  return {
    value: insertInto(root, found.parent.path, found.slot, index + 1, copy),
    selected: idOf([...arrayPath(found.parent.path, found.slot), index + 1]),
  };
}

/** Swaps the node with its previous (`-1`) or next (`1`) sibling in its list. */
export function moveNode(root: unknown, id: string, delta: -1 | 1): Edit | undefined {
  const found = locate(root, id);
  if (found?.parent === undefined || found.slot === undefined || !found.slot.list) return undefined;
  const { node, parent, slot } = found;
  const index = node.path[node.path.length - 1] as number;
  const target = index + delta;
  const at = arrayPath(parent.path, slot);
  const items = valueIn(root, at);
  if (!Array.isArray(items) || target < 0 || target >= items.length) return undefined;
  const value = updateAt(root, at, (array) => {
    const next = [...(array as unknown[])];
    [next[index], next[target]] = [next[target], next[index]];
    return next;
  });
  return { value, selected: idOf([...at, target]) };
}

/** What copy keeps: the node's value and what it is, so that paste puts it only where it fits. */
export interface Clip {
  role: Role;
  value: unknown;
}

export function copyNode(root: unknown, id: string): Clip | undefined {
  const found = locate(root, id);
  if (found === undefined || found.parent === undefined) return undefined;
  return { role: found.node.role, value: structuredClone(valueIn(root, found.node.path)) };
}

/**
 * Where `clip` goes when put at the node `id`: right after it when its list takes it, else into
 * the node itself (at the end of a list, or an empty single slot). `before`: in front of it
 * instead (a drop).
 */
function placeFor(
  root: unknown,
  id: string,
  clip: Clip,
  before: boolean,
): { parentPath: PathStep[]; slot: Slot; index: number } | undefined {
  const found = locate(root, id);
  if (found === undefined) return undefined;
  const { node, parent, slot } = found;
  if (parent !== undefined && slot?.list && accepts(slot, clip.role, clip.value)) {
    if (countIn(valueIn(root, parent.path), slot) >= slot.max) return undefined;
    const index = node.path[node.path.length - 1] as number;
    return { parentPath: parent.path, slot, index: before ? index : index + 1 };
  }
  const value = valueIn(root, node.path);
  const inside = node.slots.find(
    (each) => accepts(each, clip.role, clip.value) && countIn(value, each) < each.max,
  );
  if (inside === undefined) return undefined;
  return { parentPath: node.path, slot: inside, index: countIn(value, inside) };
}

/** Puts a copy of `clip` at the node `id` (see placeFor); undefined where it may not go. */
export function pasteNode(root: unknown, id: string, clip: Clip): Edit | undefined {
  const place = placeFor(root, id, clip, false);
  if (place === undefined) return undefined;
  const { parentPath, slot, index } = place;
  return {
    value: insertInto(root, parentPath, slot, index, structuredClone(clip.value)),
    selected: idOf(slot.list ? [...arrayPath(parentPath, slot), index] : [...parentPath, slot.key]),
  };
}

const isInside = (path: PathStep[], ancestor: PathStep[]) =>
  path.length >= ancestor.length && ancestor.every((step, i) => path[i] === step);

/**
 * Moves the node `from` onto the node `onto` (a drag and drop): into `onto`'s place in its list
 * when that list takes it (the dropped node ends up where `onto` was), else into `onto` itself.
 * Undefined where it may not go, or would leave its own place short (a slot's minimum).
 */
export function dropNode(root: unknown, from: string, onto: string): Edit | undefined {
  const source = locate(root, from);
  if (source?.parent === undefined || source.slot === undefined || from === onto) return undefined;
  const target = locate(root, onto);
  if (target === undefined || isInside(target.node.path, source.node.path)) return undefined;
  const clip: Clip = { role: source.node.role, value: valueIn(root, source.node.path) };
  // Moving within one list never changes its count; elsewhere the source must be removable.
  const sameList =
    target.parent !== undefined &&
    target.parent.id === source.parent.id &&
    target.slot?.key === source.slot.key &&
    source.slot.list;
  if (sameList) {
    const index = source.node.path[source.node.path.length - 1] as number;
    const to = target.node.path[target.node.path.length - 1] as number;
    const at = arrayPath(source.parent.path, source.slot);
    const value = updateAt(root, at, (array) => {
      const next = [...(array as unknown[])];
      const [moved] = next.splice(index, 1);
      next.splice(to, 0, moved);
      return next;
    });
    return { value, selected: idOf([...at, to]) };
  }
  if (!canRemove(root, from)) return undefined;
  const place = placeFor(root, onto, clip, true);
  if (place === undefined) return undefined;
  // Insert first, then remove the source, whose path may shift when it sits after the place in
  // the same array (an index in the same list is handled above; a parent list is handled here).
  const destination = place.slot.list
    ? [...arrayPath(place.parentPath, place.slot), place.index]
    : [...place.parentPath, place.slot.key];
  const inserted = insertInto(root, place.parentPath, place.slot, place.index, clip.value);
  const sourcePath = shiftedBy(source.node.path, destination);
  const removedSlot = source.slot;
  const sourceParent = sourcePath.slice(0, source.parent.path.length);
  const value = removeFrom(inserted, sourcePath, sourceParent, removedSlot);
  return { value, selected: idOf(shiftedAfterRemoval(destination, sourcePath)) };
}

/** `path` after an insertion at `inserted` (an array index) in the same array or above it. */
function shiftedBy(path: PathStep[], inserted: PathStep[]): PathStep[] {
  const depth = inserted.length - 1;
  const index = inserted[depth];
  if (typeof index !== "number" || path.length <= depth) return path;
  if (!isInside(path, inserted.slice(0, depth))) return path;
  const step = path[depth];
  if (typeof step !== "number" || step < index) return path;
  return [...path.slice(0, depth), step + 1, ...path.slice(depth + 1)];
}

/** `path` after the removal of the array item at `removed`. */
function shiftedAfterRemoval(path: PathStep[], removed: PathStep[]): PathStep[] {
  const depth = removed.length - 1;
  const index = removed[depth];
  if (typeof index !== "number" || path.length <= depth) return path;
  if (!isInside(path, removed.slice(0, depth))) return path;
  const step = path[depth];
  if (typeof step !== "number" || step <= index) return path;
  return [...path.slice(0, depth), step - 1, ...path.slice(depth + 1)];
}

/** Whether dropping `from` onto `onto` is allowed (for the view's drag feedback). */
export const canDrop = (root: unknown, from: string, onto: string) =>
  dropNode(root, from, onto) !== undefined;
