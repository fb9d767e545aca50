import { describeValue } from "../issue.js";
import { LIMITS } from "../limits.js";
import { type Emit, isRecord, type Path } from "../walk.js";

const IMAGE_EXTENSION = /\.(?:png|jpe?g|gif|webp|bmp|svg)$/i;

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

function readArea(value: unknown): Area | undefined {
  if (!isRecord(value)) return undefined;
  const { x, y, width, height } = value;
  if (
    typeof x !== "number" ||
    typeof y !== "number" ||
    typeof width !== "number" ||
    typeof height !== "number"
  ) {
    return undefined;
  }
  return { x, y, width, height };
}

export function checkImagemap(message: Record<string, unknown>, path: Path, emit: Emit): void {
  if (typeof message.baseUrl === "string") {
    const pathname = message.baseUrl.replace(/[?#].*$/, "");
    if (IMAGE_EXTENSION.test(pathname)) {
      // LINE appends /240, /300… to baseUrl; with an extension the image never shows (REF#base-url).
      emit(
        "error",
        [...path, "baseUrl"],
        `expected a URL without a file extension (LINE appends /240, /300, /460, /700, /1040), got ${describeValue(message.baseUrl)}`,
        "IMG-1",
      );
    }
  }
  const baseSize = isRecord(message.baseSize) ? message.baseSize : {};
  const baseWidth = LIMITS.imagemapBaseWidth.value;
  const baseHeight =
    Number.isInteger(baseSize.height) && (baseSize.height as number) > 0
      ? (baseSize.height as number)
      : undefined;
  const areas: Array<{ area: Area; path: Path }> = [];
  if (Array.isArray(message.actions)) {
    message.actions.forEach((action, i) => {
      const area = readArea(isRecord(action) ? action.area : undefined);
      if (area !== undefined) areas.push({ area, path: [...path, "actions", i, "area"] });
    });
  }
  const videoArea = readArea(isRecord(message.video) ? message.video.area : undefined);
  if (videoArea !== undefined) areas.push({ area: videoArea, path: [...path, "video", "area"] });
  for (const { area, path: at } of areas) {
    if (area.x + area.width > baseWidth) {
      emit(
        "warning",
        at,
        `reaches past the image's right edge: x + width = ${area.x + area.width}, base width ${baseWidth}`,
        "IMG-8",
      );
    }
    if (baseHeight !== undefined && area.y + area.height > baseHeight) {
      emit(
        "warning",
        at,
        `reaches past the image's bottom edge: y + height = ${area.y + area.height}, base height ${baseHeight}`,
        "IMG-8",
      );
    }
  }
  const actionAreas = areas.filter(({ path: at }) => at.includes("actions"));
  for (let i = 0; i < actionAreas.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = actionAreas[i]!;
      const b = actionAreas[j]!;
      if (overlaps(a.area, b.area)) {
        emit(
          "warning",
          a.path,
          `overlaps the area of actions[${String(b.path[b.path.length - 2])}]; a tap there is ambiguous`,
          "IMG-8",
        );
      }
    }
  }
}

function overlaps(a: Area, b: Area): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
