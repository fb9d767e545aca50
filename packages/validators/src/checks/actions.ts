import { describeValue } from "../issue.js";
import { lenGraphemes } from "../length.js";
import { LIMITS, type Limit } from "../limits.js";
import { type Emit, isRecord, lookup, type Path, typeOf } from "../walk.js";

/** Where an action sits (RULES.md §4.3), with the name used in messages. */
export interface Host {
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

export function templateHost(template: string, isDefault: boolean): Host {
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
