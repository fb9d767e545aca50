/**
 * Where pushes go. The push limits themselves (1–5 messages, 2 MB, recipient IDs) live once in
 * @flexkit/validators' LIMITS and `validatePushRequest`.
 */

/** The production API. PUSH-1: `POST https://api.line.me/v2/bot/message/push`. */
export const DEFAULT_API_BASE = "https://api.line.me";
export const PUSH_PATH = "/v2/bot/message/push";
/** PUSH-14: checks only `messages`, sends nothing, and takes no retry key (PUSH-5: 400 if given). */
export const VALIDATE_PUSH_PATH = "/v2/bot/message/validate/push";
