import {
  MESSAGE_TYPES,
  type ValidateOptions,
  type ValidationResult,
  validateFlexContainer,
  validateMessage,
  validateMessages,
} from "@flexkit/validators";

export type Shape = "message" | "messages" | "container" | "request";

/** What a piece of LINE JSON is, from its own structure. */
export function detectShape(value: unknown): Shape {
  if (Array.isArray(value)) return "messages";
  if (typeof value === "object" && value !== null) {
    const { type, messages } = value as { type?: unknown; messages?: unknown };
    if (type === "bubble" || type === "carousel") return "container";
    if (type === undefined && Array.isArray(messages)) return "request";
    if (typeof type === "string" && (MESSAGE_TYPES as ReadonlyArray<string>).includes(type))
      return "message";
  }
  return "message";
}

export function validateAny(value: unknown, options?: ValidateOptions): ValidationResult {
  switch (detectShape(value)) {
    case "container":
      return validateFlexContainer(value, options);
    case "messages":
      return validateMessages(value, options);
    case "request":
      return validateMessages((value as { messages: unknown }).messages, options);
    default:
      return validateMessage(value, options);
  }
}
