import {
  MESSAGE_TYPES,
  type ValidateOptions,
  type ValidationResult,
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
} from "@flexkit/validators";

/**
 * "request" is a push body (`to` + `messages`); "validate-request" is the body of LINE's
 * validate endpoints (`messages` only, RULES.md PUSH-14).
 */
export type Shape = "message" | "messages" | "container" | "request" | "validate-request";

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
    if (typeof type === "string" && (MESSAGE_TYPES as ReadonlyArray<string>).includes(type))
      return "message";
  }
  return "message";
}

/** Validates a piece of LINE JSON as what it is: a message, a list, a bare container or a body. */
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
    default:
      return validateMessage(value, options);
  }
}
