/**
 * The HTTP-layer limits of a push, each once, with its rule in `../shared/spec/RULES.md` §1 and
 * LINE's reference. (Message limits live in @flexkit/validators' LIMITS.)
 */
const REF = "https://developers.line.biz/en/reference/messaging-api/";

export const PUSH_LIMITS = {
  /** PUSH-12: a request body over 2 MB gets 413 Payload Too Large. */
  bodyBytesMax: { value: 2 * 1024 * 1024, rule: "PUSH-12", link: `${REF}#status-codes` },
  /** PUSH-3: user IDs are `U` + 32 lowercase hex; group and room IDs de facto `C`/`R` + the same. */
  recipientPattern: {
    value: /^[UCR][0-9a-f]{32}$/,
    rule: "PUSH-3",
    link: `${REF}#send-push-message`,
  },
  /** PUSH-6: LINE remembers a retry key for 24 hours; every retry must fall well inside that. */
  retryKeyLifetimeMs: {
    value: 24 * 60 * 60 * 1000,
    rule: "PUSH-6",
    link: `${REF}#retry-api-request`,
  },
} as const;

/** The production API. PUSH-1: `POST https://api.line.me/v2/bot/message/push`. */
export const DEFAULT_API_BASE = "https://api.line.me";
export const PUSH_PATH = "/v2/bot/message/push";
/** PUSH-14: checks only `messages`, sends nothing, and takes no retry key (PUSH-5: 400 if given). */
export const VALIDATE_PUSH_PATH = "/v2/bot/message/validate/push";
