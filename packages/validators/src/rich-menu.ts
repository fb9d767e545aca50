import { checkAction, richMenuHost } from "./checks/actions.js";
import { describeValue } from "./issue.js";
import { LIMITS } from "./limits.js";
import { RICH_MENU_ACTION_TYPES, RICH_MENU_ALIAS_ID } from "./schemas/rich-menu.js";
import { type Emit, isRecord, type Path, typeOf } from "./walk.js";

/**
 * The checks of a rich menu (RULES.md §15.1) that need more than one property: the size's ratio
 * (RM-2), areas inside the menu (RM-4) and not on top of each other (RM-5), each action against
 * its host (RM-7), and, for a set of menus, the aliases they switch to (RM-9). Like the message
 * checks they walk the raw value defensively: the input may be anything.
 * https://developers.line.biz/en/reference/messaging-api/#size-object
 * https://developers.line.biz/en/reference/messaging-api/#bounds-object
 */

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const isCount = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0;

/** A size both of whose sides are usable numbers (the schema says whether they are in range). */
function readSize(value: unknown): { width: number; height: number } | undefined {
  if (!isRecord(value)) return undefined;
  const { width, height } = value;
  if (!isCount(width) || !isCount(height) || width === 0 || height === 0) return undefined;
  return { width, height };
}

function readBounds(value: unknown): Box | undefined {
  if (!isRecord(value)) return undefined;
  const { x, y, width, height } = value;
  if (!isCount(x) || !isCount(y) || !isCount(width) || !isCount(height)) return undefined;
  return { x, y, width, height };
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const ALLOWED = new Set<string>(RICH_MENU_ACTION_TYPES);

export function checkRichMenu(menu: unknown, path: Path, emit: Emit): void {
  if (!isRecord(menu)) return;
  const size = readSize(menu.size);
  if (size !== undefined) {
    // RM-2: compared as width ≥ 1.45 × height, so that 1450 × 1000 is not lost to rounding.
    const ratio = LIMITS.richMenuRatioMin.value;
    if (size.width * 100 < Math.round(ratio * 100) * size.height) {
      emit(
        "error",
        [...path, "size"],
        `expected width / height ≥ ${ratio}, got ${size.width} / ${size.height} = ${(size.width / size.height).toFixed(2)}; LINE's common sizes are 2500 × 1686 (large) and 2500 × 843 (compact)`,
        LIMITS.richMenuRatioMin.rule,
      );
    }
  }
  const { areas } = menu;
  if (!Array.isArray(areas)) return;
  const boxes: Array<{ box: Box; index: number }> = [];
  for (let i = 0; i < areas.length; i++) {
    const area = areas[i];
    if (!isRecord(area)) continue;
    const at = [...path, "areas", i];
    const box = readBounds(area.bounds);
    if (box !== undefined) {
      boxes.push({ box, index: i });
      if (size !== undefined) checkInside(box, size, [...at, "bounds"], emit);
    }
    const type = typeOf(area.action);
    // Other types are the schema's to report (RM-7), once.
    if (type !== undefined && ALLOWED.has(type)) {
      checkAction(area.action, [...at, "action"], richMenuHost(), emit);
    }
  }
  // RM-5: LINE does not say which of two overlapping areas a tap goes to (not documented, so W).
  // Past 20 areas the menu is refused anyway (RM-1): don't compare every pair of a huge list.
  if (areas.length > LIMITS.richMenuAreasMax.value) return;
  for (let i = 1; i < boxes.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (!overlaps(a.box, b.box)) continue;
      emit(
        "warning",
        [...path, "areas", a.index, "bounds"],
        `overlaps areas[${b.index}]; LINE does not say which area a tap in both goes to`,
        "RM-5",
      );
    }
  }
}

/** RM-4: the area lies inside the menu (bounds are in the menu's own pixels, its `size`). */
function checkInside(box: Box, size: { width: number; height: number }, at: Path, emit: Emit) {
  if (box.x + box.width > size.width) {
    emit(
      "error",
      [...at, "width"],
      `reaches past the menu's right edge: x + width = ${box.x + box.width}, size.width ${size.width}`,
      "RM-4",
    );
  }
  if (box.y + box.height > size.height) {
    emit(
      "error",
      [...at, "height"],
      `reaches past the menu's bottom edge: y + height = ${box.y + box.height}, size.height ${size.height}`,
      "RM-4",
    );
  }
}

/**
 * RM-ALIAS-1 on a set's keys, and RM-9: a switch to an alias that is neither in the set nor known
 * to exist does not switch; LINE sends the postback with `params.status`
 * "RICHMENU_ALIAS_ID_NOTFOUND" instead. https://developers.line.biz/en/reference/messaging-api/#postback-event
 */
export function checkRichMenuSet(
  set: Record<string, unknown>,
  aliases: ReadonlyArray<string>,
  known: ReadonlySet<string>,
  emit: Emit,
): void {
  for (const alias of aliases) {
    if (!RICH_MENU_ALIAS_ID.test(alias)) {
      emit(
        "error",
        [alias],
        `expected an alias ID of 1 to ${LIMITS.richMenuAliasIdMax.value} of a-z, 0-9, _ and - as the key, got ${describeValue(alias)}`,
        "RM-ALIAS-1",
      );
    }
  }
  const inSet = new Set(aliases);
  for (const alias of aliases) {
    let menu: unknown;
    try {
      menu = set[alias];
    } catch {
      continue; // reported where the menu itself is checked
    }
    if (!isRecord(menu) || !Array.isArray(menu.areas)) continue;
    menu.areas.forEach((area, i) => {
      if (!isRecord(area) || !isRecord(area.action)) return;
      const { action } = area;
      if (action.type !== "richmenuswitch" || typeof action.richMenuAliasId !== "string") return;
      const target = action.richMenuAliasId;
      if (inSet.has(target) || known.has(target)) return;
      emit(
        "warning",
        [alias, "areas", i, "action", "richMenuAliasId"],
        `switches to ${describeValue(target)}, which is not in this set of menus; unless that alias exists on the channel, LINE does not switch and the postback's params.status is "RICHMENU_ALIAS_ID_NOTFOUND"`,
        "RM-9",
      );
    });
  }
}
