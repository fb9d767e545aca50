import {
  formatPath,
  MESSAGE_TYPES,
  type ValidateOptions,
  type ValidationResult,
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
  validateRichMenu,
  validateRichMenuSet,
} from "@flexkit/validators";

/**
 * "request" is a push body (`to` + `messages`); "validate-request" is the body of LINE's
 * validate endpoints (`messages` only, RULES.md PUSH-14). "rich-menu" is the object of
 * `POST /v2/bot/richmenu`, and "rich-menu-set" `{ richMenus: { alias: menu } }`, menus deployed
 * together (RULES.md §15).
 */
export type Shape =
  | "message"
  | "messages"
  | "container"
  | "request"
  | "validate-request"
  | "rich-menu"
  | "rich-menu-set";

/** Properties only a rich menu has: it has no `type` (RULES.md RM-1). */
const RICH_MENU_KEYS = ["areas", "chatBarText", "selected"];

/**
 * What a piece of LINE JSON is, from its own structure. Pure (no Node APIs), so the command line
 * and the simulator page read pasted JSON the same way.
 */
export function detectShape(value: unknown): Shape {
  if (Array.isArray(value)) return "messages";
  if (typeof value === "object" && value !== null) {
    const { type, messages } = value as { type?: unknown; messages?: unknown };
    if (type === "bubble" || type === "carousel") return "container";
    if (type === undefined && "to" in value) return "request";
    if (type === undefined && messages !== undefined) return "validate-request";
    if (type === undefined && "richMenus" in value) return "rich-menu-set";
    if (type === undefined && RICH_MENU_KEYS.some((key) => key in value)) return "rich-menu";
    if (typeof type === "string" && (MESSAGE_TYPES as ReadonlyArray<string>).includes(type))
      return "message";
  }
  return "message";
}

/**
 * The menus of `{ richMenus: { alias: menu } }`, with paths from the file's root
 * (`richMenus.main.areas[0]…`).
 */
function validateRichMenuFile(value: unknown, options?: ValidateOptions): ValidationResult {
  const result = validateRichMenuSet((value as { richMenus: unknown }).richMenus, options);
  return {
    ok: result.ok,
    issues: result.issues.map((issue) => {
      const path = ["richMenus", ...issue.path];
      return { ...issue, property: formatPath(path), path };
    }),
  };
}

/**
 * Validates a piece of LINE JSON as what it is: a message, a list, a bare container, a body, a
 * rich menu or a set of them.
 */
export function validateAny(value: unknown, options?: ValidateOptions): ValidationResult {
  switch (detectShape(value)) {
    case "container":
      return validateFlexContainer(value, options);
    case "messages":
      return validateMessages(value, options);
    case "request":
      return validatePushRequest(value, options);
    case "validate-request":
      return validateMessages((value as { messages: unknown }).messages, options);
    case "rich-menu":
      return validateRichMenu(value, options);
    case "rich-menu-set":
      return validateRichMenuFile(value, options);
    default:
      return validateMessage(value, options);
  }
}
