import { isRichMenuObject } from "./flex-structure.js";
import type { ValidateOptions, ValidationResult } from "./issue.js";
import { formatPath } from "./path.js";
import { MESSAGE_TYPES } from "./schemas/message.js";
import {
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
  validateRichMenu,
  validateRichMenuSet,
} from "./validate.js";

/**
 * "request" is a push body (`to` + `messages`); "validate-request" is the body of LINE's
 * validate endpoints (`messages` only, RULES.md PUSH-14). "rich-menu" is the object of
 * `POST /v2/bot/richmenu`, and "rich-menu-set" `{ richMenus: { alias: menu } }`, menus deployed
 * together (RULES.md §15).
 */
export type JsonShape =
  | "message"
  | "messages"
  | "container"
  | "request"
  | "validate-request"
  | "rich-menu"
  | "rich-menu-set";

/** A value's shape and, for the two that wrap what is checked, the value inside. */
interface Read {
  shape: JsonShape;
  inner?: unknown;
}

function read(value: unknown): Read {
  if (Array.isArray(value)) return { shape: "messages" };
  if (typeof value === "object" && value !== null) {
    const { type, messages } = value as { type?: unknown; messages?: unknown };
    if (type === "bubble" || type === "carousel") return { shape: "container" };
    if (type === undefined && "to" in value) return { shape: "request" };
    // A set may carry the chat above it (`messages`), so it is told before a validate request.
    if (type === undefined && "richMenus" in value) return { shape: "rich-menu-set" };
    if (type === undefined && messages !== undefined)
      return { shape: "validate-request", inner: messages };
    if (isRichMenuObject(value)) return { shape: "rich-menu" };
    if (typeof type === "string" && (MESSAGE_TYPES as ReadonlyArray<string>).includes(type))
      return { shape: "message" };
  }
  return { shape: "message" };
}

/**
 * Reads the few top-level properties that tell the shape. Like every validator it never throws:
 * a value whose reading throws (a getter, a Proxy trap, a revoked Proxy) is taken for a message,
 * and validateMessage's boundary says what could not be read, and where.
 */
function readShape(value: unknown): Read {
  try {
    return read(value);
  } catch {
    return { shape: "message" };
  }
}

/**
 * What a piece of LINE JSON is, from its own structure, so that the command line and the
 * simulator page read pasted JSON the same way.
 */
export function detectShape(value: unknown): JsonShape {
  return readShape(value).shape;
}

/** Issues of a part of a file, with paths from the file's root. */
function under(key: string, result: ValidationResult): ValidationResult["issues"] {
  return result.issues.map((issue) => {
    const path = [key, ...issue.path];
    return { ...issue, property: formatPath(path), path };
  });
}

/**
 * The menus of `{ richMenus: { alias: menu }, messages?: [...] }`, and the messages of the chat
 * above them when there are some, with paths from the file's root (`richMenus.main.areas[0]…`).
 */
function validateRichMenuFile(value: unknown, options?: ValidateOptions): ValidationResult {
  const { richMenus, messages } = value as { richMenus: unknown; messages?: unknown };
  const menus = validateRichMenuSet(richMenus, options);
  if (messages === undefined) return { ok: menus.ok, issues: under("richMenus", menus) };
  // validateMessages names its issues from `messages`, as they sit in the file.
  const chat = validateMessages(messages, options);
  return { ok: menus.ok && chat.ok, issues: [...under("richMenus", menus), ...chat.issues] };
}

/**
 * Validates a piece of LINE JSON as what it is: a message, a list, a bare container, a body, a
 * rich menu or a set of them.
 */
export function validateAny(value: unknown, options?: ValidateOptions): ValidationResult {
  const { shape, inner } = readShape(value);
  switch (shape) {
    case "container":
      return validateFlexContainer(value, options);
    case "messages":
      return validateMessages(value, options);
    case "request":
      return validatePushRequest(value, options);
    case "validate-request":
      return validateMessages(inner, options);
    case "rich-menu":
      return validateRichMenu(value, options);
    case "rich-menu-set":
      return validateRichMenuFile(value, options);
    default:
      return validateMessage(value, options);
  }
}
