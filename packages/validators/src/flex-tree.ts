import {
  FLEX_COMPONENT_TYPES,
  FLEX_PLACEMENT,
  IN_ALT_CONTENT,
  IN_BASELINE_BOX,
  IN_BLOCK,
  IN_FLOW_BOX,
  IN_HERO,
  IN_TEXT,
} from "./flex-structure.js";
import { describeValue } from "./issue.js";
import { utf8Length } from "./length.js";
import { LIMITS } from "./limits.js";
import type { PathStep } from "./path.js";
import { aspectRatioProblem } from "./schemas/values.js";
import { type Emit, isRecord, jsonOf, lookup, type Path, typeOf } from "./walk.js";

/**
 * The checks zod's per-object schemas cannot make: where a component may sit (RULES.md §5.4),
 * video placement (FLEX-VID-1..4), block styles, size limits of the whole container, and the
 * warnings for what LINE ignores or deprecates. They walk the snapshot of the input
 * (src/snapshot.ts) defensively: it cannot throw when read, but its shape may be anything.
 */

interface Walk {
  emit: Emit;
  inCarousel: boolean;
  animatedImages: number;
}

/** The place (src/flex-structure.ts) that each box layout gives its contents. */
const PLACE_OF_LAYOUT: Record<string, number> = {
  horizontal: IN_FLOW_BOX,
  vertical: IN_FLOW_BOX,
  baseline: IN_BASELINE_BOX,
};

/** Whether a component of `type` may sit in `place` (RULES.md §5.4); false for an unknown type. */
function maySitIn(type: string, place: number): boolean {
  return ((lookup(FLEX_PLACEMENT, type) ?? 0) & place) !== 0;
}

const WHERE_ALLOWED: Record<string, string> = {
  icon: 'only in a box with layout "baseline"',
  span: "only in a text's contents",
  video: "only as the bubble's hero itself",
  button: "only in a horizontal or vertical box",
  image: "only in a horizontal or vertical box, the hero, or a video's altContent",
  separator: "only in a horizontal or vertical box",
  box: "in a horizontal or vertical box, a block, or a video's altContent",
};

function misplaced(child: string, parent: string): string {
  const where = lookup(WHERE_ALLOWED, child);
  return `a ${child} can't sit in ${parent}${where === undefined ? "" : `; it belongs ${where}`}`;
}

/**
 * One component and, for a box, everything under it. `path` grows and shrinks as the walk goes
 * down and back up, so no path is copied per component: an emitter writes it out at once.
 */
function checkComponent(node: unknown, path: PathStep[], walk: Walk): void {
  if (!isRecord(node)) return;
  const type = typeOf(node);
  if (typeof node.aspectRatio === "string") {
    const problem = aspectRatioProblem(node.aspectRatio);
    if (problem !== undefined) walk.emit("error", [...path, "aspectRatio"], problem, "FLEX-VAL");
    else if (/\./.test(node.aspectRatio)) {
      // RULES.md §12.15: REF says "1 to 100000" without "integer"; accepted, but warned about.
      walk.emit(
        "warning",
        [...path, "aspectRatio"],
        `has a decimal term; LINE documents whole numbers, got "${node.aspectRatio}"`,
        "FLEX-VAL",
      );
    }
  }
  checkWarnings(node, type, path, walk);
  if (type === "image" && node.animated === true) walk.animatedImages++;
  if (type === "filler") {
    walk.emit(
      "warning",
      path,
      'the "filler" component is deprecated; use "margin", "spacing" or "justifyContent" instead',
      "FLEX-TREE",
    );
  }
  if (type === "text" && Array.isArray(node.contents)) {
    node.contents.forEach((span, i) => {
      const spanType = typeOf(span);
      if (spanType !== undefined && !maySitIn(spanType, IN_TEXT)) {
        walk.emit(
          "error",
          [...path, "contents", i],
          misplaced(spanType, "a text's contents"),
          "FLEX-TREE",
        );
      }
    });
  }
  if (type === "text" && node.text === undefined && node.contents === undefined) {
    walk.emit(
      "error",
      [...path, "text"],
      'missing; a text needs "text" or "contents" (spans)',
      "FLEX-VAL",
    );
  }
  if (type === "box") checkBox(node, path, walk);
}

/** Features older LINE clients ignore (RULES.md §5.7); FLEX-VER names that table. */
const VERSION_GATED: ReadonlyArray<{ types: ReadonlyArray<string>; key: string; since: string }> = [
  { types: ["box"], key: "maxWidth", since: "LINE 11.22.0 (PC 7.7.0)" },
  { types: ["box"], key: "maxHeight", since: "LINE 11.22.0 (PC 7.7.0)" },
  { types: ["text"], key: "lineSpacing", since: "LINE 11.22.0 (PC 7.7.0)" },
  { types: ["button", "text", "icon"], key: "scaling", since: "LINE 13.6.0 (PC 7.17.0)" },
];

/** The same table by component type, in its order. */
const GATES_BY_TYPE = new Map<string, ReadonlyArray<(typeof VERSION_GATED)[number]>>();
for (const gate of VERSION_GATED) {
  for (const type of gate.types)
    GATES_BY_TYPE.set(type, [...(GATES_BY_TYPE.get(type) ?? []), gate]);
}

/** Colour properties where an 8-digit `#RRGGBBAA` is not documented. */
const ALPHA_UNDOCUMENTED: Record<string, ReadonlyArray<string>> = {
  box: ["borderColor"],
  text: ["color"],
  span: ["color"],
  button: ["color"],
  separator: ["color"],
  image: ["backgroundColor"],
};

/** What LINE ignores or only shows on newer apps: warnings, never errors. */
function checkWarnings(
  node: Record<string, unknown>,
  type: string | undefined,
  path: Path,
  walk: Walk,
): void {
  for (const gate of (type === undefined ? undefined : GATES_BY_TYPE.get(type)) ?? []) {
    if (node[gate.key] !== undefined) {
      walk.emit(
        "warning",
        [...path, gate.key],
        `needs ${gate.since} or later; older clients ignore it`,
        "FLEX-VER",
      );
    }
  }
  // RULES.md §5.5/§12.19: alpha is documented only for box backgroundColor and gradients.
  for (const key of lookup(ALPHA_UNDOCUMENTED, type ?? "") ?? []) {
    const color = node[key];
    if (typeof color === "string" && color.length === 9 && /^#[0-9A-Fa-f]{8}$/.test(color)) {
      walk.emit(
        "warning",
        [...path, key],
        `has an alpha channel, which LINE documents only for box backgroundColor and gradients, got "${color}"`,
        "FLEX-VAL",
      );
    }
  }
  if (node.position === "absolute") {
    const vertical = node.offsetTop !== undefined || node.offsetBottom !== undefined;
    const horizontal = node.offsetStart !== undefined || node.offsetEnd !== undefined;
    if (!vertical || !horizontal) {
      walk.emit(
        "warning",
        [...path, "position"],
        "an absolute component should set a vertical offset (offsetTop/offsetBottom) and a horizontal one (offsetStart/offsetEnd)",
        "FLEX-VAL",
      );
    }
  }
  if (type === "text") {
    if (node.text !== undefined && Array.isArray(node.contents) && node.contents.length > 0) {
      walk.emit(
        "warning",
        [...path, "text"],
        'is ignored: a text with "contents" (spans) shows the spans',
        "FLEX-VAL",
      );
    }
    if (Array.isArray(node.contents)) checkSpans(node, node.contents, path, walk);
  }
}

function checkSpans(text: Record<string, unknown>, spans: unknown[], path: Path, walk: Walk): void {
  const parentDecoration = text.decoration ?? "none";
  spans.forEach((span, i) => {
    if (!isRecord(span) || span.type !== "span") return;
    const at = [...path, "contents", i];
    if (typeof span.text !== "string" || span.text === "") {
      walk.emit("warning", [...at, "text"], "is empty: the span shows nothing", "FLEX-VAL");
    }
    if (
      parentDecoration !== "none" &&
      span.decoration !== undefined &&
      span.decoration !== parentDecoration
    ) {
      walk.emit(
        "warning",
        [...at, "decoration"],
        `can't override the text's decoration (${describeValue(parentDecoration)}), got ${describeValue(span.decoration)}`,
        "FLEX-VAL",
      );
    }
  });
}

/** A child's effective flex (RULES.md §5.5): 1 in horizontal and baseline boxes, 0 in vertical. */
function effectiveFlex(child: Record<string, unknown>, layout: string): number {
  if (typeof child.flex === "number") return child.flex;
  if (child.type === "icon" || child.type === "separator") return 0;
  if (layout === "vertical") return 0;
  // A width on a box in a horizontal box forces its flex to 0 (REF#box).
  if (child.type === "box" && layout === "horizontal" && child.width !== undefined) return 0;
  return 1;
}

/** The numeric ranges the gradient grammars cannot say (RULES.md §5.5). */
function checkGradient(box: Record<string, unknown>, path: Path, walk: Walk): void {
  const background = box.background;
  if (!isRecord(background)) return;
  const { angle, centerPosition } = background;
  if (typeof angle === "string" && /^\d+(?:\.\d+)?deg$/.test(angle)) {
    if (Number.parseFloat(angle) >= LIMITS.gradientAngleMax.value) {
      walk.emit(
        "error",
        [...path, "background", "angle"],
        `expected an angle from 0deg to below ${LIMITS.gradientAngleMax.value}deg, got "${angle}"`,
        LIMITS.gradientAngleMax.rule,
      );
    }
  }
  if (typeof centerPosition === "string" && /^\d+(?:\.\d+)?%$/.test(centerPosition)) {
    if (Number.parseFloat(centerPosition) > LIMITS.centerPositionMax.value) {
      walk.emit(
        "error",
        [...path, "background", "centerPosition"],
        `expected a percentage from 0% to ${LIMITS.centerPositionMax.value}%, got "${centerPosition}"`,
        LIMITS.centerPositionMax.rule,
      );
    }
  }
}

function checkBoxWarnings(box: Record<string, unknown>, path: Path, walk: Walk): void {
  checkGradient(box, path, walk);
  const layout = typeof box.layout === "string" ? box.layout : "vertical";
  if (box.justifyContent !== undefined && Array.isArray(box.contents)) {
    const flexible = box.contents.findIndex(
      (child) => isRecord(child) && effectiveFlex(child, layout) !== 0,
    );
    if (flexible !== -1) {
      walk.emit(
        "warning",
        [...path, "justifyContent"],
        `has no effect unless every child has flex 0; contents[${flexible}] has flex ${effectiveFlex(box.contents[flexible] as Record<string, unknown>, layout)}${layout === "vertical" ? "" : ` (the default in a ${layout} box is 1)`}`,
        "FLEX-VAL",
      );
    }
  }
  if (box.paddingAll !== undefined) {
    const sides = ["paddingTop", "paddingBottom", "paddingStart", "paddingEnd"].filter(
      (key) => box[key] !== undefined,
    );
    if (sides.length > 0) {
      walk.emit(
        "warning",
        [...path, "paddingAll"],
        `is overridden by ${sides.join(", ")} on those sides`,
        "FLEX-VAL",
      );
    }
  }
}

function checkBox(box: Record<string, unknown>, path: PathStep[], walk: Walk): void {
  checkBoxWarnings(box, path, walk);
  const layout = typeof box.layout === "string" ? box.layout : undefined;
  const place = layout === undefined ? undefined : lookup(PLACE_OF_LAYOUT, layout);
  const contents = box.contents;
  if (!Array.isArray(contents)) return;
  for (let i = 0; i < contents.length; i++) {
    if (!(i in contents)) continue; // a hole, as forEach skips it
    const child: unknown = contents[i];
    path.push("contents", i);
    const childType = typeOf(child);
    if (place !== undefined && childType !== undefined && childType !== "spacer") {
      if (!maySitIn(childType, place) && isKnownComponent(childType)) {
        walk.emit("error", path, misplaced(childType, `a ${layout} box`), "FLEX-TREE");
      }
    }
    if (layout === "baseline" && isRecord(child)) {
      if (child.offsetBottom !== undefined) {
        walk.emit(
          "error",
          [...path, "offsetBottom"],
          "can't be used on a child of a baseline box",
          "FLEX-BASE-1",
        );
      }
      if (child.gravity !== undefined) {
        walk.emit(
          "warning",
          [...path, "gravity"],
          "is ignored on a child of a baseline box",
          "FLEX-BASE-2",
        );
      }
    }
    checkComponent(child, path, walk);
    path.pop();
    path.pop();
  }
}

const KNOWN_COMPONENTS: ReadonlySet<string> = new Set(FLEX_COMPONENT_TYPES);

function isKnownComponent(type: string): boolean {
  return KNOWN_COMPONENTS.has(type);
}

const BLOCKS = ["header", "hero", "body", "footer"] as const;

function checkBubble(bubble: Record<string, unknown>, path: Path, walk: Walk): void {
  if (bubble.size === "deca" || bubble.size === "hecto") {
    walk.emit(
      "warning",
      [...path, "size"],
      `"${bubble.size}" needs LINE 13.6.0 (PC 7.17.0) or later; older clients show "kilo"`,
      "FLEX-BUB-5",
    );
  }
  for (const block of BLOCKS) {
    const root = bubble[block];
    if (root === undefined) continue;
    const rootType = typeOf(root);
    const blockPath = [...path, block];
    const place = block === "hero" ? IN_HERO : IN_BLOCK;
    if (rootType !== undefined && !maySitIn(rootType, place) && isKnownComponent(rootType)) {
      const expected = block === "hero" ? "a box, image or video" : "a box";
      walk.emit(
        "error",
        blockPath,
        `expected ${expected} as the ${block}, got a ${rootType}`,
        "FLEX-BUB-2",
      );
    }
    if (isRecord(root) && root.position === "absolute") {
      walk.emit(
        "error",
        [...blockPath, "position"],
        `the root component of the ${block} can't be absolute`,
        "FLEX-ABS-1",
      );
    }
    if (rootType === "video")
      checkVideoHero(bubble, root as Record<string, unknown>, blockPath, walk);
    else checkComponent(root, blockPath, walk);
  }
  checkStyles(bubble, path, walk);
  checkNestedVideos(bubble, path, walk);
}

function checkVideoHero(
  bubble: Record<string, unknown>,
  video: Record<string, unknown>,
  path: Path,
  walk: Walk,
): void {
  const size = bubble.size ?? "mega";
  if (size !== "kilo" && size !== "mega" && size !== "giga") {
    walk.emit(
      "error",
      path,
      `a video hero needs a bubble of size "kilo", "mega" or "giga", got ${describeValue(size)}`,
      "FLEX-VID-2",
    );
  }
  if (walk.inCarousel) {
    walk.emit("error", path, "a bubble with a video hero can't be in a carousel", "FLEX-VID-3");
  }
  const alt = video.altContent;
  const altType = typeOf(alt);
  if (alt !== undefined && (altType === undefined || !maySitIn(altType, IN_ALT_CONTENT))) {
    walk.emit(
      "error",
      [...path, "altContent"],
      `expected a box or an image, got ${altType === undefined ? describeValue(alt) : `a ${altType}`}`,
      "FLEX-VID-4",
    );
  }
  if (alt === undefined) {
    walk.emit(
      "error",
      [...path, "altContent"],
      "missing; expected a box or an image",
      "FLEX-VID-4",
    );
  }
  checkComponent(alt, [...path, "altContent"], walk);
}

/** FLEX-VID-1: a video anywhere but the hero root. */
function checkNestedVideos(bubble: Record<string, unknown>, path: Path, walk: Walk): void {
  for (const block of BLOCKS) {
    if (bubble[block] !== undefined) {
      findVideos(bubble[block], [...path, block], block === "hero", walk);
    }
  }
}

/**
 * Every node under `at` (contents and altContent of anything). `at` grows and shrinks as the walk
 * goes, so no path is copied per node: an emitter writes the path out when it is called.
 */
function findVideos(node: unknown, at: PathStep[], isHeroRoot: boolean, walk: Walk): void {
  if (!isRecord(node)) return;
  if (node.type === "video" && !isHeroRoot) {
    walk.emit(
      "error",
      at,
      "a video must be the hero itself, not inside another component",
      "FLEX-VID-1",
    );
  }
  const contents = node.contents;
  if (Array.isArray(contents)) {
    for (let i = 0; i < contents.length; i++) {
      if (!(i in contents)) continue; // a hole, as forEach skips it
      at.push("contents", i);
      findVideos(contents[i], at, false, walk);
      at.pop();
      at.pop();
    }
  }
  if (node.altContent !== undefined) {
    at.push("altContent");
    findVideos(node.altContent, at, false, walk);
    at.pop();
  }
}

function checkStyles(bubble: Record<string, unknown>, path: Path, walk: Walk): void {
  if (!isRecord(bubble.styles)) return;
  const present = BLOCKS.filter((block) => bubble[block] !== undefined);
  for (const block of BLOCKS) {
    const style = bubble.styles[block];
    if (!isRecord(style)) continue;
    const stylePath = [...path, "styles", block];
    if (!present.includes(block)) {
      walk.emit("warning", stylePath, `has no effect: the bubble has no ${block}`, "FLEX-STY-2");
    } else if (style.separator === true && present[0] === block) {
      walk.emit(
        "error",
        [...stylePath, "separator"],
        `can't be true on the first block (${block})`,
        "FLEX-STY-1",
      );
    }
  }
}

/** Every outcome below compares a byte count with one of these (`bytes > limit`). */
const SMALLEST_BYTE_LIMIT = Math.min(
  LIMITS.bubbleBytesWarn.value,
  LIMITS.bubbleBytesMax.value,
  LIMITS.carouselBytesWarn.value,
  LIMITS.carouselBytesMax.value,
);

/**
 * At most how many bytes `value`'s compact JSON takes, without writing it; `undefined` past
 * `budget` or for anything but plain JSON data (a Date, a toJSON, a BigInt…), which
 * JSON.stringify has to answer. A UTF-16 code unit takes at most 6 bytes (`\u001f`; "猫" takes 3),
 * a number at most 25 ("-1.2345678901234567e-300"). A reference cycle grows past any budget.
 */
function jsonBytesAtMost(value: unknown, budget: number): number | undefined {
  let total = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === "string") total += item.length * 6 + 2;
    else if (typeof item === "number" || typeof item === "boolean" || item == null) total += 25;
    else if (typeof item !== "object") return undefined;
    else if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype) return undefined;
      total += 2 + item.length;
      for (let i = 0; i < item.length; i++) pending.push(item[i]);
    } else {
      const prototype: unknown = Object.getPrototypeOf(item);
      if (prototype !== Object.prototype && prototype !== null) return undefined;
      total += 2;
      for (const key in item) {
        if (key === "toJSON") return undefined;
        total += key.length * 6 + 4;
        pending.push((item as Record<string, unknown>)[key]);
      }
    }
    if (total > budget) return undefined;
  }
  return total;
}

/**
 * LINE measures compact JSON in UTF-8 bytes (RULES.md §5.2). Only a count above the smallest
 * limit changes an outcome, so a container whose JSON certainly stays below it is not written
 * out at all; otherwise JSON.stringify measures it, and its text is scanned for multi-byte
 * characters only when 3 bytes per code unit could pass that limit.
 */
function byteLength(value: unknown): number | undefined {
  const atMost = jsonBytesAtMost(value, SMALLEST_BYTE_LIMIT);
  // (A toJSON on the prototypes would change what JSON.stringify writes.)
  if (atMost !== undefined && !("toJSON" in Array.prototype)) return atMost;
  const json = jsonOf(value);
  if (json === undefined) return undefined;
  const bound = json.length * 3;
  return bound <= SMALLEST_BYTE_LIMIT ? bound : utf8Length(json);
}

function checkBytes(bytes: number | undefined, path: Path, walk: Walk, carousel: boolean): void {
  if (bytes === undefined) return;
  const max = carousel ? LIMITS.carouselBytesMax : LIMITS.bubbleBytesMax;
  const warn = carousel ? LIMITS.carouselBytesWarn : LIMITS.bubbleBytesWarn;
  const what = carousel ? "carousel" : "bubble";
  if (bytes > max.value) {
    walk.emit(
      "error",
      path,
      `expected the ${what}'s compact JSON to be at most ${max.value} bytes, got ${bytes}`,
      max.rule,
    );
  } else if (bytes > warn.value) {
    walk.emit(
      "warning",
      path,
      `the ${what}'s compact JSON is ${bytes} bytes; LINE may count KB as 1000 bytes (limit ${warn.value})`,
      warn.rule,
    );
  }
}

export function checkFlexContainer(container: unknown, path: Path, emit: Emit): void {
  const walk: Walk = { emit, inCarousel: false, animatedImages: 0 };
  const type = typeOf(container);
  if (!isRecord(container)) return;
  // One serialization per container; bubbles are measured one by one only when the whole is
  // big enough for one of them to pass a limit (each bubble is part of the whole).
  const total = byteLength(container);
  if (type === "bubble") {
    checkBubble(container, path, walk);
    checkBytes(total, path, walk, false);
  } else if (type === "carousel" && Array.isArray(container.contents)) {
    walk.inCarousel = true;
    const measureBubbles = total !== undefined && total > LIMITS.bubbleBytesWarn.value;
    container.contents.forEach((bubble, i) => {
      if (isRecord(bubble)) {
        checkBubble(bubble, [...path, "contents", i], walk);
        if (measureBubbles) checkBytes(byteLength(bubble), [...path, "contents", i], walk, false);
      }
    });
    checkCarouselSizes(container.contents, path, walk);
    checkBytes(total, path, walk, true);
  }
  if (walk.animatedImages > LIMITS.animatedImagesMax.value) {
    emit(
      "error",
      path,
      `expected at most ${LIMITS.animatedImagesMax.value} images with "animated": true in one message, got ${walk.animatedImages}`,
      LIMITS.animatedImagesMax.rule,
    );
  }
}

function checkCarouselSizes(bubbles: unknown[], path: Path, walk: Walk): void {
  // An unset size is the default, mega (RULES.md FLEX-CAR-2).
  const sizes = bubbles.map((bubble) => (isRecord(bubble) ? (bubble.size ?? "mega") : undefined));
  const first = sizes[0];
  sizes.forEach((size, i) => {
    if (i > 0 && size !== undefined && size !== first) {
      walk.emit(
        "error",
        [...path, "contents", i, "size"],
        `expected every bubble in a carousel to have the same size (${describeValue(first)}), got ${describeValue(size)}`,
        "FLEX-CAR-2",
      );
    }
  });
}
