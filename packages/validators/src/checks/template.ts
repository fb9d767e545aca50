import { lenGraphemes } from "../length.js";
import { LIMITS, type Limit } from "../limits.js";
import { type Emit, isRecord, type Path, typeOf } from "../walk.js";
import { checkAction, type Host, templateHost } from "./actions.js";

export function checkTemplate(template: unknown, path: Path, emit: Emit): void {
  if (!isRecord(template)) return;
  const type = typeOf(template);
  if (type === undefined) return;
  const eachAction = (actions: unknown, at: Path, host: Host) => {
    if (!Array.isArray(actions)) return;
    actions.forEach((action, i) => {
      checkAction(action, [...at, i], host, emit);
    });
  };
  if (type === "buttons" || type === "confirm") {
    eachAction(template.actions, [...path, "actions"], templateHost(type, false));
    if (template.defaultAction !== undefined) {
      checkAction(
        template.defaultAction,
        [...path, "defaultAction"],
        templateHost(type, true),
        emit,
      );
    }
    if (type === "buttons") {
      checkTemplateText(template, path, LIMITS.templateTextWithImageMax, "TPL-BTN", emit);
    }
  }
  if (type === "carousel" && Array.isArray(template.columns)) {
    template.columns.forEach((column, i) => {
      if (!isRecord(column)) return;
      const at = [...path, "columns", i];
      eachAction(column.actions, [...at, "actions"], templateHost("carousel", false));
      if (column.defaultAction !== undefined) {
        checkAction(
          column.defaultAction,
          [...at, "defaultAction"],
          templateHost("carousel", true),
          emit,
        );
      }
      checkTemplateText(column, at, LIMITS.templateTextWithImageMax, "TPL-CAR", emit);
    });
    checkCarouselColumns(template.columns, path, emit);
  }
  if (type === "image_carousel" && Array.isArray(template.columns)) {
    template.columns.forEach((column, i) => {
      if (!isRecord(column)) return;
      checkAction(
        column.action,
        [...path, "columns", i, "action"],
        templateHost("image_carousel", false),
        emit,
      );
    });
  }
}

/** The text limit shrinks when an image or a title is shown (REF#buttons, REF#column-object). */
function checkTemplateText(
  object: Record<string, unknown>,
  path: Path,
  limit: Limit,
  rule: string,
  emit: Emit,
): void {
  if (typeof object.text !== "string") return;
  if (object.thumbnailImageUrl === undefined && object.title === undefined) return;
  if (object.text.length <= limit.value) return;
  const count = lenGraphemes(object.text);
  if (count > limit.value) {
    emit(
      "error",
      [...path, "text"],
      `expected at most ${limit.value} characters (grapheme clusters) with an image or a title, got ${count}`,
      rule,
    );
  }
}

/** TPL-CAR-SAME: the same number of actions, and images and titles on all columns or none. */
function checkCarouselColumns(columns: unknown[], path: Path, emit: Emit): void {
  const records = columns.filter(isRecord);
  if (records.length !== columns.length || records.length < 2) return;
  const first = records[0]!;
  const count = (column: Record<string, unknown>) =>
    Array.isArray(column.actions) ? column.actions.length : undefined;
  records.forEach((column, i) => {
    if (i === 0) return;
    const at = [...path, "columns", i];
    if (count(column) !== count(first)) {
      emit(
        "error",
        [...at, "actions"],
        `expected ${String(count(first))} actions like the first column, got ${String(count(column))}`,
        "TPL-CAR-SAME",
      );
    }
  });
  for (const key of ["thumbnailImageUrl", "title"] as const) {
    const withIt = records.filter((column) => column[key] !== undefined).length;
    if (withIt === 0 || withIt === records.length) continue;
    records.forEach((column, i) => {
      if (column[key] === undefined) {
        emit(
          "error",
          [...path, "columns", i, key],
          `missing; when one column has a ${key}, every column needs one (${withIt} of ${records.length} have it)`,
          "TPL-CAR-SAME",
        );
      }
    });
  }
}
