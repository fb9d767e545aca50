import { describeValue } from "./issue.js";
import { utf8Length } from "./length.js";
import { LIMITS } from "./limits.js";
import { aspectRatioProblem } from "./schemas/values.js";
import { type Emit, isRecord, type Path, typeOf } from "./walk.js";

/**
 * The checks zod's per-object schemas cannot make: where a component may sit (RULES.md §5.4),
 * video placement (FLEX-VID-1..4), block styles, size limits of the whole container, and the
 * warnings for what LINE ignores or deprecates. They walk the raw value defensively: the input
 * may be anything, and a validator never throws.
 */

interface Walk {
  emit: Emit;
  inCarousel: boolean;
  animatedImages: number;
}

/** Which component types each parent accepts (RULES.md §5.4). */
const CHILDREN: Record<string, ReadonlyArray<string>> = {
  horizontal: ["box", "button", "image", "text", "separator", "filler"],
  vertical: ["box", "button", "image", "text", "separator", "filler"],
  baseline: ["icon", "text", "filler"],
};

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
  const where = WHERE_ALLOWED[child];
  return `a ${child} can't sit in ${parent}${where === undefined ? "" : `; it belongs ${where}`}`;
}

function checkComponent(node: unknown, path: Path, walk: Walk): void {
  if (!isRecord(node)) return;
  const type = typeOf(node);
  if (typeof node.aspectRatio === "string") {
    const problem = aspectRatioProblem(node.aspectRatio);
    if (problem !== undefined) walk.emit("error", [...path, "aspectRatio"], problem, "FLEX-VAL");
  }
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
      if (spanType !== undefined && spanType !== "span") {
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

function checkBox(box: Record<string, unknown>, path: Path, walk: Walk): void {
  const layout = typeof box.layout === "string" ? box.layout : undefined;
  const allowed = layout === undefined ? undefined : CHILDREN[layout];
  if (!Array.isArray(box.contents)) return;
  box.contents.forEach((child, i) => {
    const childPath = [...path, "contents", i];
    const childType = typeOf(child);
    if (allowed !== undefined && childType !== undefined && childType !== "spacer") {
      if (!allowed.includes(childType) && isKnownComponent(childType)) {
        walk.emit("error", childPath, misplaced(childType, `a ${layout} box`), "FLEX-TREE");
      }
    }
    if (layout === "baseline" && isRecord(child)) {
      if (child.offsetBottom !== undefined) {
        walk.emit(
          "error",
          [...childPath, "offsetBottom"],
          "can't be used on a child of a baseline box",
          "FLEX-BASE-1",
        );
      }
      if (child.gravity !== undefined) {
        walk.emit(
          "warning",
          [...childPath, "gravity"],
          "is ignored on a child of a baseline box",
          "FLEX-BASE-2",
        );
      }
    }
    checkComponent(child, childPath, walk);
  });
}

function isKnownComponent(type: string): boolean {
  return [
    "box",
    "button",
    "image",
    "video",
    "icon",
    "text",
    "span",
    "separator",
    "filler",
  ].includes(type);
}

const BLOCKS = ["header", "hero", "body", "footer"] as const;

function checkBubble(bubble: Record<string, unknown>, path: Path, walk: Walk): void {
  for (const block of BLOCKS) {
    const root = bubble[block];
    if (root === undefined) continue;
    const rootType = typeOf(root);
    const blockPath = [...path, block];
    const allowed = block === "hero" ? ["box", "image", "video"] : ["box"];
    if (rootType !== undefined && !allowed.includes(rootType) && isKnownComponent(rootType)) {
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
  if (alt !== undefined && altType !== "box" && altType !== "image") {
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
  const visit = (node: unknown, at: Path, isHeroRoot: boolean) => {
    if (!isRecord(node)) return;
    if (node.type === "video" && !isHeroRoot) {
      walk.emit(
        "error",
        at,
        "a video must be the hero itself, not inside another component",
        "FLEX-VID-1",
      );
    }
    if (Array.isArray(node.contents)) {
      node.contents.forEach((child, i) => {
        visit(child, [...at, "contents", i], false);
      });
    }
    if (node.altContent !== undefined) visit(node.altContent, [...at, "altContent"], false);
  };
  for (const block of BLOCKS) {
    if (bubble[block] !== undefined) visit(bubble[block], [...path, block], block === "hero");
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

function byteLength(value: unknown): number {
  // LINE measures compact JSON in UTF-8 bytes (RULES.md §5.2).
  return utf8Length(JSON.stringify(value) ?? "");
}

function checkBytes(value: unknown, path: Path, walk: Walk, carousel: boolean): void {
  const max = carousel ? LIMITS.carouselBytesMax : LIMITS.bubbleBytesMax;
  const warn = carousel ? LIMITS.carouselBytesWarn : LIMITS.bubbleBytesWarn;
  const bytes = byteLength(value);
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
  if (type === "bubble") {
    checkBubble(container, path, walk);
    checkBytes(container, path, walk, false);
  } else if (type === "carousel" && Array.isArray(container.contents)) {
    walk.inCarousel = true;
    container.contents.forEach((bubble, i) => {
      if (isRecord(bubble)) {
        checkBubble(bubble, [...path, "contents", i], walk);
        checkBytes(bubble, [...path, "contents", i], walk, false);
      }
    });
    checkCarouselSizes(container.contents, path, walk);
    checkBytes(container, path, walk, true);
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
