import { describeValue } from "./issue.js";
import { lenGraphemes } from "./length.js";
import { LIMITS, type Limit } from "./limits.js";
import type { PathStep } from "./path.js";
import { type Emit, isRecord, lookup, type Path, typeOf } from "./walk.js";

/**
 * Checks that need more than one object's own shape: where an action may sit and how long its
 * label may be (RULES.md §4.2, §4.3), datetimepicker values against their mode (ACT-DTP-FMT),
 * text-versus-placeholder rules of text and textV2, template cross-column rules, imagemap areas.
 * Like the Flex tree checks they walk the snapshot of the input (src/snapshot.ts) defensively:
 * it cannot throw when read, but its shape may be anything.
 */

/** Where an action sits (RULES.md §4.3), with the name used in messages. */
interface Host {
  /** "a quick reply button", "a Flex button"… */
  name: string;
  kind: "quickReply" | "flex" | "flexVideo" | "template" | "imageCarousel" | "richMenu";
  label: Limit;
  labelRequired: boolean;
  /** The rule a label problem is reported under. */
  labelRule: string;
}

const QUICK_REPLY_ONLY: Record<string, string> = {
  camera: "ACT-CAM",
  cameraRoll: "ACT-ROLL",
  location: "ACT-LOC",
};

export function quickReplyHost(): Host {
  return {
    name: "a quick reply button",
    kind: "quickReply",
    label: LIMITS.labelQuickReplyMax,
    labelRequired: true,
    labelRule: "QR-4",
  };
}

export function flexHost(component: string): Host {
  if (component === "video") {
    return {
      name: "a Flex video",
      kind: "flexVideo",
      label: LIMITS.labelFlexMax,
      labelRequired: false,
      labelRule: "ACT-LABEL",
    };
  }
  return {
    name: `a Flex ${component}`,
    kind: "flex",
    label: LIMITS.labelFlexMax,
    labelRequired: component === "button",
    labelRule: "ACT-LABEL",
  };
}

/**
 * RM-7: an area of a rich menu. Its label is optional and never drawn; LINE for iOS (8.2.0+)
 * reads it aloud with accessibility on. https://developers.line.biz/en/reference/messaging-api/#action-object-label-spec
 */
export function richMenuHost(): Host {
  return {
    name: "a rich menu area",
    kind: "richMenu",
    label: LIMITS.labelRichMenuMax,
    labelRequired: false,
    labelRule: LIMITS.labelRichMenuMax.rule,
  };
}

function templateHost(template: string, isDefault: boolean): Host {
  if (template === "image_carousel") {
    return {
      name: "an image carousel column",
      kind: "imageCarousel",
      label: LIMITS.labelImageCarouselMax,
      labelRequired: false,
      labelRule: "ACT-LABEL",
    };
  }
  return {
    name: isDefault ? `a ${template} template's defaultAction` : `a ${template} template`,
    kind: "template",
    label: LIMITS.labelTemplateMax,
    // RULES.md §12.17: a defaultAction shows no label, so a missing one is accepted.
    labelRequired: !isDefault,
    labelRule: "ACT-LABEL",
  };
}

/** Checks one action against its host. Its own shape is the schema's job. */
export function checkAction(action: unknown, path: Path, host: Host, emit: Emit): void {
  if (!isRecord(action)) return;
  const type = typeOf(action);
  if (type === undefined) return;
  if (type === "richmenuswitch" && host.kind === "richMenu") {
    checkLabel(action, path, host, emit);
    return;
  }
  if (type === "richmenuswitch") {
    emit(
      "error",
      [...path, "type"],
      `a richmenuswitch action can't be used in ${host.name}; it works only in rich menus`,
      "ACT-RMS",
    );
    return;
  }
  const quickReplyOnly = lookup(QUICK_REPLY_ONLY, type);
  if (quickReplyOnly !== undefined && host.kind !== "quickReply") {
    emit(
      "error",
      [...path, "type"],
      `a ${type} action can't be used in ${host.name}; it works only in quick reply buttons`,
      quickReplyOnly,
    );
    return;
  }
  if (host.kind === "flexVideo" && type !== "uri") {
    // RULES.md §4.2 has no ID for this row; FLEX-VID-ACT names it.
    emit(
      "error",
      [...path, "type"],
      `expected a uri action on a Flex video (its label is the "More information" button), got a ${type} action`,
      "FLEX-VID-ACT",
    );
    return;
  }
  if (quickReplyOnly === undefined) checkLabel(action, path, host, emit);
  if (type === "uri" && action.altUri !== undefined && host.kind !== "flex") {
    emit(
      "warning",
      [...path, "altUri"],
      `has no effect in ${host.name}; altUri.desktop works only in Flex messages`,
      host.kind === "quickReply" ? "QR-6" : "ACT-URI",
    );
  }
  if (type === "postback") checkPostback(action, path, host, emit);
  if (type === "datetimepicker") checkDatetimePicker(action, path, emit);
}

function checkLabel(action: Record<string, unknown>, path: Path, host: Host, emit: Emit): void {
  const { label } = action;
  const max = host.label.value;
  if (label === undefined) {
    if (host.labelRequired) {
      emit(
        "error",
        [...path, "label"],
        `missing; an action in ${host.name} needs a label of at most ${max} characters (grapheme clusters)`,
        host.labelRule,
      );
    }
    return;
  }
  if (typeof label !== "string" || (label.length > 0 && label.length <= max)) return;
  const count = lenGraphemes(label);
  if (count > max) {
    emit(
      "error",
      [...path, "label"],
      `expected at most ${max} characters (grapheme clusters) in ${host.name}, got ${count}`,
      host.labelRule,
    );
  } else if (count === 0 && host.labelRequired) {
    emit(
      "error",
      [...path, "label"],
      `expected a label of 1 to ${max} characters (grapheme clusters) in ${host.name}, got 0 (empty)`,
      host.labelRule,
    );
  }
}

function checkPostback(action: Record<string, unknown>, path: Path, host: Host, emit: Emit) {
  if (action.displayText !== undefined && action.text !== undefined) {
    emit(
      "error",
      [...path, "text"],
      'can\'t be used together with "displayText"; keep "displayText" ("text" is deprecated)',
      "ACT-PB",
    );
  } else if (action.text !== undefined) {
    emit(
      "warning",
      [...path, "text"],
      host.kind === "quickReply"
        ? 'is deprecated and shouldn\'t be used in quick replies; use "displayText"'
        : 'is deprecated; use "displayText"',
      host.kind === "quickReply" ? "QR-6" : "ACT-PB",
    );
  }
  if (action.fillInText !== undefined && action.inputOption !== "openKeyboard") {
    emit(
      "warning",
      [...path, "fillInText"],
      `has no effect unless "inputOption" is "openKeyboard", got ${describeValue(action.inputOption)}`,
      "ACT-PB",
    );
  }
}

const DATE = String.raw`(\d{4})-(\d{2})-(\d{2})`;
const TIME = String.raw`([01]\d|2[0-3]):([0-5]\d)`;
const FORMATS = {
  date: { pattern: new RegExp(`^${DATE}$`), shown: '"YYYY-MM-DD"' },
  time: { pattern: new RegExp(`^${TIME}$`), shown: '"HH:mm"' },
  datetime: { pattern: new RegExp(`^${DATE}[Tt]${TIME}$`), shown: '"YYYY-MM-DDTHH:mm"' },
} as const;

/** A comparable key for a datetimepicker value, or a sentence saying what is wrong with it. */
function readDatetime(mode: keyof typeof FORMATS, value: string): string | { problem: string } {
  const format = FORMATS[mode];
  const range =
    mode === "time"
      ? "00:00 to 23:59"
      : mode === "date"
        ? `${LIMITS.datetimeYearMin.value}-01-01 to ${LIMITS.datetimeYearMax.value}-12-31`
        : `${LIMITS.datetimeYearMin.value}-01-01T00:00 to ${LIMITS.datetimeYearMax.value}-12-31T23:59`;
  const match = format.pattern.exec(value);
  const bad = { problem: `expected ${format.shown} from ${range}, got ${describeValue(value)}` };
  if (match === null) return bad;
  if (mode !== "time") {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (month < 1 || month > 12 || day < 1 || day > days) return bad;
    if (year < LIMITS.datetimeYearMin.value || year > LIMITS.datetimeYearMax.value) return bad;
  }
  return value.toUpperCase();
}

function checkDatetimePicker(action: Record<string, unknown>, path: Path, emit: Emit): void {
  const mode = action.mode;
  if (mode !== "date" && mode !== "time" && mode !== "datetime") return;
  const read: Partial<Record<"initial" | "min" | "max", string>> = {};
  for (const key of ["initial", "min", "max"] as const) {
    const value = action[key];
    if (typeof value !== "string") continue;
    const result = readDatetime(mode, value);
    if (typeof result === "string") read[key] = result;
    else emit("error", [...path, key], `${result.problem} (mode "${mode}")`, "ACT-DTP-FMT");
  }
  if (read.min !== undefined && read.max !== undefined && read.max <= read.min) {
    emit(
      "error",
      [...path, "max"],
      `expected a value later than min (${String(action.min)}), got ${String(action.max)}`,
      "ACT-DTP",
    );
  }
  if (read.initial !== undefined) {
    const early = read.min !== undefined && read.initial < read.min;
    const late = read.max !== undefined && read.initial > read.max;
    if (early || late) {
      emit(
        "warning",
        [...path, "initial"],
        `is outside min…max (${String(action.min ?? "")}…${String(action.max ?? "")}), got ${String(action.initial)}`,
        "ACT-DTP-FMT",
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Message-level checks.

/** Every action of a message with its host, Flex included (RULES.md §4.2). */
export function checkMessageContext(message: unknown, path: Path, emit: Emit): void {
  if (!isRecord(message)) return;
  checkQuickReply(message.quickReply, [...path, "quickReply"], emit);
  checkSender(message.sender, [...path, "sender"], emit);
  switch (message.type) {
    case "text":
      checkTextEmojis(message, path, emit);
      break;
    case "textV2":
      checkTextV2(message, path, emit);
      break;
    case "location":
      checkLocation(message, path, emit);
      break;
    case "template":
      checkTemplate(message.template, [...path, "template"], emit);
      break;
    case "imagemap":
      checkImagemap(message, path, emit);
      break;
    case "flex":
      checkFlexActions(message.contents, [...path, "contents"], emit);
      break;
  }
}

function checkQuickReply(quickReply: unknown, path: Path, emit: Emit): void {
  if (!isRecord(quickReply) || !Array.isArray(quickReply.items)) return;
  quickReply.items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const actionPath = [...path, "items", i, "action"];
    if (typeOf(item.action) === "richmenuswitch") {
      emit(
        "error",
        [...actionPath, "type"],
        "a richmenuswitch action can't be used in a quick reply button; it works only in rich menus",
        "QR-3",
      );
      return;
    }
    checkAction(item.action, actionPath, quickReplyHost(), emit);
  });
}

function checkSender(sender: unknown, path: Path, emit: Emit): void {
  if (!isRecord(sender) || typeof sender.name !== "string") return;
  // LINE refuses some names, such as "LINE" itself (REF#icon-nickname-switch); the list is not
  // published, so this can only warn.
  if (/\bline\b/i.test(sender.name)) {
    emit(
      "warning",
      [...path, "name"],
      `may be refused: LINE reserves names such as "LINE", got ${describeValue(sender.name)}`,
      "MSG-3",
    );
  }
}

function checkTextEmojis(message: Record<string, unknown>, path: Path, emit: Emit): void {
  const { text, emojis } = message;
  if (typeof text !== "string" || !Array.isArray(emojis)) return;
  emojis.forEach((emoji, i) => {
    if (!isRecord(emoji) || typeof emoji.index !== "number") return;
    if (text[emoji.index] !== "$") {
      emit(
        "error",
        [...path, "emojis", i, "index"],
        `expected the UTF-16 offset of a "$" in text, got ${emoji.index} (${describeValue(text[emoji.index])} there)`,
        "MSG-TEXT",
      );
    }
  });
  // Each `$` counts as the emoji's undisclosed alt text (RULES.md §3.1, §10).
  if (emojis.length > 0 && text.length > LIMITS.textWithEmojiWarn.value) {
    emit(
      "warning",
      [...path, "text"],
      `is ${text.length} UTF-16 code units with LINE emoji; each "$" counts as the emoji's alt text, so it may exceed ${LIMITS.textMax.value}`,
      LIMITS.textWithEmojiWarn.rule,
    );
  }
}

const SUBSTITUTION_KEY = new RegExp(`^[0-9A-Za-z_]{1,${LIMITS.substitutionKeyMax.value}}$`);

/** `{key}` placeholders of a textV2 text; `{{` and `}}` are literal braces. */
function readPlaceholders(text: string): { keys: string[]; problem?: string } {
  const keys: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "{" && text[i + 1] === "{") i++;
    else if (char === "}" && text[i + 1] === "}") i++;
    else if (char === "}") {
      return { keys, problem: `has a "}" at ${i} with no "{" before it; write "}}" for a brace` };
    } else if (char === "{") {
      const end = text.indexOf("}", i + 1);
      const open = text.indexOf("{", i + 1);
      if (end === -1 || (open !== -1 && open < end)) {
        return { keys, problem: `has a "{" at ${i} that is never closed; write "{{" for a brace` };
      }
      keys.push(text.slice(i + 1, end));
      i = end;
    }
  }
  return { keys };
}

function checkTextV2(message: Record<string, unknown>, path: Path, emit: Emit): void {
  const { text } = message;
  const substitution = isRecord(message.substitution) ? message.substitution : {};
  const entries = Object.keys(substitution);
  if (entries.length > LIMITS.substitutionsMax.value) {
    emit(
      "error",
      [...path, "substitution"],
      `expected at most ${LIMITS.substitutionsMax.value} entries, got ${entries.length}`,
      LIMITS.substitutionsMax.rule,
    );
  }
  for (const key of entries) {
    if (!SUBSTITUTION_KEY.test(key)) {
      emit(
        "error",
        [...path, "substitution", key],
        `expected a key of 1 to ${LIMITS.substitutionKeyMax.value} of A-Z, a-z, 0-9 and _, got ${describeValue(key)}`,
        "MSG-TEXTV2",
      );
    }
  }
  if (typeof text !== "string") return;
  const { keys, problem } = readPlaceholders(text);
  if (problem !== undefined) emit("error", [...path, "text"], problem, "MSG-TEXTV2");
  let mentions = 0;
  let emojis = 0;
  for (const key of keys) {
    const entry = substitution[key];
    if (!Object.hasOwn(substitution, key)) {
      emit(
        "error",
        [...path, "text"],
        `has the placeholder {${key}} but substitution has no "${key}"`,
        "MSG-TEXTV2",
      );
    } else if (typeOf(entry) === "mention") mentions++;
    else if (typeOf(entry) === "emoji") emojis++;
  }
  // Counted as they appear in the text: a key used twice shows twice (our reading of REF).
  if (mentions > LIMITS.mentionsMax.value) {
    emit(
      "error",
      [...path, "text"],
      `expected at most ${LIMITS.mentionsMax.value} mentions, got ${mentions}`,
      LIMITS.mentionsMax.rule,
    );
  }
  if (emojis > LIMITS.emojiSubstitutionsMax.value) {
    emit(
      "error",
      [...path, "text"],
      `expected at most ${LIMITS.emojiSubstitutionsMax.value} emoji, got ${emojis}`,
      LIMITS.emojiSubstitutionsMax.rule,
    );
  }
}

/** True when a textV2 message mentions someone: only a group or room can receive it. */
export function mentionsSomeone(message: unknown): boolean {
  if (!isRecord(message) || message.type !== "textV2" || !isRecord(message.substitution)) {
    return false;
  }
  return Object.values(message.substitution).some((entry) => typeOf(entry) === "mention");
}

function checkLocation(message: Record<string, unknown>, path: Path, emit: Emit): void {
  // Not documented (RULES.md §3.7), so only a warning.
  const bounds = [
    ["latitude", LIMITS.latitudeMax],
    ["longitude", LIMITS.longitudeMax],
  ] as const;
  for (const [key, limit] of bounds) {
    const value = message[key];
    if (typeof value === "number" && (value < -limit.value || value > limit.value)) {
      emit(
        "warning",
        [...path, key],
        `expected a ${key} between -${limit.value} and ${limit.value}, got ${value}`,
        limit.rule,
      );
    }
  }
}

function checkTemplate(template: unknown, path: Path, emit: Emit): void {
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

function checkImagemap(message: Record<string, unknown>, path: Path, emit: Emit): void {
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

// ---------------------------------------------------------------------------------------------
// Actions inside a Flex container.

function checkFlexActions(container: unknown, path: Path, emit: Emit): void {
  if (!isRecord(container)) return;
  if (container.type === "carousel" && Array.isArray(container.contents)) {
    container.contents.forEach((bubble, i) => {
      checkFlexActions(bubble, [...path, "contents", i], emit);
    });
    return;
  }
  if (container.type !== "bubble") return;
  if (container.action !== undefined) {
    checkAction(container.action, [...path, "action"], flexHost("bubble"), emit);
  }
  for (const block of ["header", "hero", "body", "footer"] as const) {
    visitComponent(container[block], [...path, block], emit);
  }
}

/**
 * Every action in a component tree, with its host. `at` grows and shrinks as the walk goes, so
 * no path is copied per component (emitters write paths out when they are called).
 */
function visitComponent(node: unknown, at: PathStep[], emit: Emit): void {
  if (!isRecord(node)) return;
  const type = typeOf(node) ?? "component";
  if (node.action !== undefined) {
    at.push("action");
    checkAction(node.action, at, flexHost(type), emit);
    at.pop();
  }
  if (type === "button" && node.action === undefined) return;
  const contents = type === "box" ? node.contents : undefined;
  if (Array.isArray(contents)) {
    for (let i = 0; i < contents.length; i++) {
      if (!(i in contents)) continue; // a hole, as forEach skips it
      at.push("contents", i);
      visitComponent(contents[i], at, emit);
      at.pop();
      at.pop();
    }
  }
  if (type === "video") {
    at.push("altContent");
    visitComponent(node.altContent, at, emit);
    at.pop();
  }
}

/** For validateFlexContainer: the same action checks on a bare container. */
export function checkContainerActions(container: unknown, path: Path, emit: Emit): void {
  checkFlexActions(container, path, emit);
}
