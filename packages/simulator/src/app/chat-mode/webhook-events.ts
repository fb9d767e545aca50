/**
 * The webhook events the bot would receive for a tap (RENDERING.md §4), in the shapes of LINE's
 * webhook event objects: https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects
 */

/** The simulated user: a fixed, well-formed user ID (U + 32 hex). */
export const SIMULATOR_USER_ID = `U${"5e1f".repeat(8)}`;

interface EventBase {
  replyToken: string;
  source: { type: "user"; userId: string };
  timestamp: number;
  mode: "active";
  webhookEventId: string;
  deliveryContext: { isRedelivery: false };
}

export interface PostbackEvent extends EventBase {
  type: "postback";
  postback: { data: string; params?: Record<string, string> };
}

export interface TextMessageEvent extends EventBase {
  type: "message";
  message: { type: "text"; id: string; quoteToken: string; text: string };
}

export type WebhookEvent = PostbackEvent | TextMessageEvent;

const HEX = "0123456789abcdef";
// ULIDs use Crockford's base 32: https://github.com/ulid/spec
const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function randomFrom(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

/** A webhook event ID is a ULID: 10 characters of time, 16 of randomness. */
export function ulid(time: number): string {
  let stamp = "";
  let rest = time;
  for (let i = 0; i < 10; i++) {
    stamp = CROCKFORD[rest % 32] + stamp;
    rest = Math.floor(rest / 32);
  }
  return stamp + randomFrom(CROCKFORD, 16);
}

function base(now: number): EventBase {
  return {
    replyToken: randomFrom(HEX, 32),
    source: { type: "user", userId: SIMULATOR_USER_ID },
    timestamp: now,
    mode: "active",
    webhookEventId: ulid(now),
    deliveryContext: { isRedelivery: false },
  };
}

export function postbackEvent(
  data: string,
  params?: Record<string, string>,
  now = Date.now(),
): PostbackEvent {
  return {
    type: "postback",
    postback: params === undefined ? { data } : { data, params },
    ...base(now),
  };
}

export function textMessageEvent(text: string, now = Date.now()): TextMessageEvent {
  return {
    type: "message",
    message: {
      type: "text",
      id: String(now) + randomFrom("0123456789", 4),
      quoteToken: randomFrom(HEX, 40),
      text,
    },
    ...base(now),
  };
}
