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

/** What a piece of LINE JSON is, from its own structure. */
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

/**
 * The offset of the first JSON syntax error in `text`, for messages that must say line and
 * column: Node 20's JSON.parse names the position only for some errors ("Unexpected token '}',
 * …"text": }" is not valid JSON" has none). Undefined when `text` is valid JSON.
 */
export function findJsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\n\r".includes(text[i]!)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const code = text.charCodeAt(i);
      if (code < 0x20) fail();
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "x")) fail();
      }
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const value = (): void => {
    ws();
    const char = text[i];
    if (char === "{") {
      i++;
      ws();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ":") fail();
        i++;
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return;
        } else fail();
      }
    }
    if (char === "[") {
      i++;
      ws();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return;
        } else fail();
      }
    }
    const word = char === "t" ? "true" : char === "f" ? "false" : char === "n" ? "null" : undefined;
    if (char === '"') string();
    else if (word !== undefined) literal(word);
    else number();
  };
  const number = () => {
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
    if (number === null) return fail();
    i += number[0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : undefined;
  } catch (offset) {
    return offset as number;
  }
}
