import { randomUUID } from "node:crypto";
import type { PushRequest } from "@flexkit/validators";
import type { messagingApi } from "@line/bot-sdk";
import { messageOf } from "../shared/error-message.js";
import { LOOPBACK_HOSTS } from "../shared/loopback.js";
import { DEFAULT_API_BASE, PUSH_PATH, VALIDATE_PUSH_PATH } from "./endpoints.js";
import { redactDeep, redactToken, tokenProblem } from "./secret.js";

/** OAS:SentMessage, as LINE's SDK types it. */
export type SentMessage = messagingApi.SentMessage;

/** OAS:ErrorDetail (ERR-1), as LINE's SDK types it. */
export type ErrorDetail = messagingApi.ErrorDetail;

/**
 * How hard to try. PUSH-7: retry a timeout, a connection lost mid-request or a 5xx with the same
 * key and exponential backoff; a 429 waits (Retry-After when given) within the same bounds. Both
 * the number of attempts and the total time are bounded, far inside the 24 h a retry key lives
 * (PUSH-6). A server that refuses the connection, or a host that does not resolve, is said at once.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The wait before the first retry; each later wait doubles, up to `maxDelayMs`. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** No attempt starts, and no wait runs, past this time from the first attempt. */
  totalMs: number;
  /** One attempt's time limit, after which it counts as a timeout. */
  timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 16_000,
  totalMs: 60_000,
  timeoutMs: 15_000,
};

export interface ClientOptions {
  /** e.g. https://api.line.me (see {@link resolveApiBase}). */
  apiBase: string;
  /** The channel access token. Never logged, never in an outcome. */
  token: string;
  retry?: Partial<RetryPolicy>;
  /** Progress lines (retries); never carry the token. */
  log?: (line: string) => void;
}

interface Common {
  /** HTTP attempts made. */
  attempts: number;
  /** `x-line-request-id` of the last response, when there was one. */
  requestId?: string;
}

export type PushOutcome =
  /** 200 from push: delivered to LINE. */
  | (Common & { status: "sent"; retryKey: string; sentMessages: SentMessage[] })
  /** PUSH-8: 409, the retry key was already accepted; the messages went out once. */
  | (Common & {
      status: "already-sent";
      retryKey: string;
      acceptedRequestId?: string;
      sentMessages: SentMessage[];
    })
  /** 200 from validate/push (dry run). */
  | (Common & { status: "valid" })
  /** A 4xx LINE will not accept, or a 429 that retrying cannot fix; nothing was sent (PUSH-13). */
  | (Common & {
      status: "rejected";
      httpStatus: number;
      message: string;
      details: ErrorDetail[];
      retryKey?: string;
    })
  /**
   * Gave up: timeouts, 5xx, 429 or connections lost mid-request past the retry bounds, or at once
   * a failure that no retry fixes (connection refused, host not found, TLS refused).
   * `mayHaveArrived`: some attempt may have been processed (a timeout, a 5xx, or a connection
   * lost after the request was written); false when none got that far (refused, not found, 429).
   */
  | (Common & {
      status: "gave-up";
      reason: string;
      mayHaveArrived: boolean;
      httpStatus?: number;
      retryKey?: string;
    });

export class ApiBaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ApiBaseError";
  }
}

/** The channel access token cannot go into a header (see {@link tokenProblem}); nothing was sent. */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenError";
  }
}

/**
 * The API base as an origin without a trailing slash. The token travels in a header, so anything
 * but https is refused unless the host is this machine (a local mock such as Prism).
 */
export function resolveApiBase(value: string | undefined): string {
  const text = value === undefined || value === "" ? DEFAULT_API_BASE : value;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ApiBaseError(
      `API base: expected a URL like ${DEFAULT_API_BASE}, got ${JSON.stringify(text)}`,
    );
  }
  const local = LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    throw new ApiBaseError(
      `API base: expected https:// (http:// only for 127.0.0.1 or localhost), got ${JSON.stringify(text)}`,
    );
  }
  if (url.username !== "" || url.password !== "" || url.search !== "" || url.hash !== "") {
    throw new ApiBaseError(
      `API base: expected only a scheme, host and path, got ${JSON.stringify(text)}`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

type Attempt =
  | { kind: "response"; status: number; headers: Headers; body: unknown; text: string }
  | { kind: "timeout" }
  /**
   * `sent`: whether the request may have left this machine before the failure. `retry`: whether
   * trying again may help (a timeout, a connection lost mid-request), not a refusal.
   */
  | { kind: "network"; reason: string; sent: boolean; retry: boolean };

/**
 * Network failures that happen before any of the request is written: no connection was made
 * (refused, no route, no such host) or TLS refused it. Anything else, a reset included, may have
 * come after LINE read the request.
 */
const BEFORE_SENDING: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  EAI_FAIL: "host name lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EADDRNOTAVAIL: "address not available",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
};

/**
 * Of those, the timeouts: the name server (EAI_AGAIN is its "try again") or LINE did not answer in
 * time, which a later attempt may find otherwise. A refusal, a name that does not exist or an
 * unreachable network answers the same at once, so the others are said without a retry.
 */
const RETRIED_BEFORE_SENDING = new Set(["EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);
const TLS_FAILURE = /CERT|^ERR_TLS_|^ERR_SSL_/;

async function attemptOnce(
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  timeoutMs: number,
  token: string,
  method: "GET" | "POST" | "DELETE" = "POST",
): Promise<Attempt> {
  const signal = AbortSignal.timeout(Math.max(1, timeoutMs));
  try {
    const response = await fetch(url, { method, headers, body, signal, redirect: "error" });
    // Redacted as soon as it is read, before anything parses, cuts or shows it: a body that
    // echoes the Authorization header, cut to a message's length, would keep a part of the token
    // that no longer matches the whole.
    const text = redactToken(await response.text(), token);
    let parsed: unknown;
    try {
      parsed = text === "" ? {} : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return {
      kind: "response",
      status: response.status,
      headers: response.headers,
      body: parsed,
      text,
    };
  } catch (error) {
    if (signal.aborted) return { kind: "timeout" };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    // fetch() reports every network failure as "fetch failed" with a cause; without one the
    // request could not even be built (e.g. an invalid header value), which no retry fixes.
    if (cause === undefined) throw error;
    const code = cause.code;
    if (code !== undefined && code in BEFORE_SENDING) {
      const retry = RETRIED_BEFORE_SENDING.has(code);
      return { kind: "network", reason: `${BEFORE_SENDING[code]} (${code})`, sent: false, retry };
    }
    if (code !== undefined && TLS_FAILURE.test(code))
      return { kind: "network", reason: `TLS failed (${code})`, sent: false, retry: false };
    const reason = code ?? cause.message ?? messageOf(error);
    return { kind: "network", reason: `network error (${reason})`, sent: true, retry: true };
  }
}

/** Retry-After is seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === "") return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function errorBody(body: unknown): { message: string; details: ErrorDetail[] } | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { message, details } = body as { message?: unknown; details?: unknown };
  if (typeof message !== "string") return undefined;
  const list = Array.isArray(details)
    ? details.filter((item): item is ErrorDetail => typeof item === "object" && item !== null)
    : [];
  return { message, details: list };
}

function sentMessagesOf(body: unknown): SentMessage[] {
  const list = (body as { sentMessages?: unknown } | undefined)?.sentMessages;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is SentMessage =>
      typeof item === "object" && item !== null && typeof (item as SentMessage).id === "string",
  );
}

function describe(attempt: Attempt): string {
  if (attempt.kind === "timeout") return "timed out";
  if (attempt.kind === "network") return attempt.reason;
  const body = errorBody(attempt.body);
  return `HTTP ${attempt.status}${body === undefined ? "" : `: ${body.message}`}`;
}

/** PUSH-11: a 429 for the monthly quota will not clear by waiting minutes. */
const MONTHLY_LIMIT = /monthly limit/i;

/**
 * A push or its dry run: one {@link callLine} with the retry key (PUSH-5) on every attempt, its
 * answer read as a push outcome. 409 is PUSH-8's "already accepted" for a key sent before.
 */
async function call(
  path: string,
  payload: unknown,
  options: ClientOptions,
  retryKey: string | undefined,
): Promise<PushOutcome> {
  const outcome = await callLine(
    { method: "POST", path, body: { json: payload }, repeat: "safe", retryKey, logAs: "" },
    options,
  );
  const common: Common =
    outcome.requestId === undefined
      ? { attempts: outcome.attempts }
      : { attempts: outcome.attempts, requestId: outcome.requestId };
  const withKey = retryKey === undefined ? {} : { retryKey };
  switch (outcome.status) {
    case "ok":
      if (retryKey === undefined) return { ...common, status: "valid" };
      return { ...common, status: "sent", retryKey, sentMessages: sentMessagesOf(outcome.body) };
    case "rejected": {
      if (outcome.httpStatus === 409 && retryKey !== undefined) {
        const accepted = outcome.acceptedRequestId;
        return {
          ...common,
          status: "already-sent",
          retryKey,
          ...(accepted === undefined ? {} : { acceptedRequestId: accepted }),
          sentMessages: sentMessagesOf(outcome.body),
        };
      }
      const { httpStatus, message, details } = outcome;
      return { ...common, ...withKey, status: "rejected", httpStatus, message, details };
    }
    default: {
      const { reason, mayHaveArrived, httpStatus } = outcome;
      return {
        ...common,
        ...withKey,
        ...(httpStatus === undefined ? {} : { httpStatus }),
        status: "gave-up",
        mayHaveArrived,
        reason,
      };
    }
  }
}

/**
 * `POST /v2/bot/message/push` (OAS:PushMessageRequest, as @flexkit/validators types it) with a
 * fresh `X-Line-Retry-Key` (PUSH-5), kept for every retry. Never throws for an HTTP or network
 * failure: the outcome says what happened. No string in the outcome carries the token.
 */
export async function pushMessages(
  request: PushRequest,
  options: ClientOptions,
): Promise<PushOutcome> {
  const outcome = await call(PUSH_PATH, request, options, randomUUID());
  return redactDeep(outcome, options.token);
}

/** Dry run: `POST /v2/bot/message/validate/push` with only the messages (PUSH-14). */
export async function validatePush(
  messages: unknown[],
  options: ClientOptions,
): Promise<PushOutcome> {
  const outcome = await call(VALIDATE_PUSH_PATH, { messages }, options, undefined);
  return redactDeep(outcome, options.token);
}

/** A call to the Messaging API other than a push: the rich menu endpoints (RULES.md §15.4). */
export interface LineCall {
  method: "GET" | "POST" | "DELETE";
  /** The path on `apiBase` (the caller gives the data host's base for an image). */
  path: string;
  /** JSON, or bytes with their Content-Type (an image, to the data host). */
  body?: { json: unknown } | { bytes: Uint8Array; contentType: string };
  /**
   * "safe": the call may be repeated (reads, validate, links, alias updates, deletes), so it is
   * retried as a push is: timeouts, 5xx, a lost connection, 429 after Retry-After. "once": LINE
   * has no retry key for it (a create, an image upload: RM-LIM-3, RM-IMG-4), so it is never sent
   * again after an attempt LINE may have processed; only a 429 (not processed) waits and retries.
   */
  repeat: "safe" | "once";
  /** Sent as `X-Line-Retry-Key` on every attempt (pushes only, PUSH-5). */
  retryKey?: string;
  /** What a retry's log line starts with; `METHOD path: ` when not given. */
  logAs?: string;
}

export type CallOutcome =
  /** A 2xx; `body` is the parsed JSON answer (`{}` when empty), undefined when not JSON. */
  | (Common & { status: "ok"; httpStatus: number; body: unknown })
  /**
   * A 4xx LINE will not accept (or a 429 for the monthly quota, PUSH-11); not processed. `body`
   * and `acceptedRequestId` are what a 409 for a retry key carries (PUSH-8).
   */
  | (Common & {
      status: "rejected";
      httpStatus: number;
      message: string;
      details: ErrorDetail[];
      body?: unknown;
      acceptedRequestId?: string;
    })
  /**
   * Gave up. `mayHaveArrived`: an attempt may have been processed (a timeout, a 5xx, a connection
   * lost after the request was written); false when none got that far.
   */
  | (Common & { status: "gave-up"; reason: string; mayHaveArrived: boolean; httpStatus?: number });

/**
 * One call of {@link LineCall}, with push's attempt (timeouts, token redaction, network failures
 * named) and retry bounds. Two differences from a push: a call that never reached LINE (connection
 * refused, host not found) is given up at once, since nothing was sent and retrying only delays
 * saying so; and a "once" call is not repeated after an attempt LINE may have processed. Never
 * throws for an HTTP or network failure; no string in the outcome carries the token.
 */
export async function callLine(call: LineCall, options: ClientOptions): Promise<CallOutcome> {
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const url = `${resolveApiBase(options.apiBase)}${call.path}`;
  const problem = tokenProblem(options.token);
  if (problem !== undefined) throw new TokenError(`channel access token: ${problem}`);
  const headers: Record<string, string> = { Authorization: `Bearer ${options.token}` };
  if (call.retryKey !== undefined) headers["X-Line-Retry-Key"] = call.retryKey;
  let body: string | Uint8Array | undefined;
  if (call.body !== undefined && "json" in call.body) {
    headers["Content-Type"] = "application/json";
    body = JSON.stringify(call.body.json);
  } else if (call.body !== undefined) {
    headers["Content-Type"] = call.body.contentType;
    body = call.body.bytes;
  }
  const started = Date.now();
  let attempts = 0;
  let delay = policy.firstDelayMs;
  let mayHaveArrived = false;
  for (;;) {
    attempts += 1;
    const remaining = policy.totalMs - (Date.now() - started);
    let attempt: Attempt;
    try {
      attempt = await attemptOnce(
        url,
        headers,
        body,
        Math.min(policy.timeoutMs, remaining),
        options.token,
        call.method,
      );
    } catch (error) {
      const message = messageOf(error);
      throw new Error(redactToken(`the request could not be made: ${message}`, options.token));
    }
    const processed =
      attempt.kind === "timeout" ||
      (attempt.kind === "network" && attempt.sent) ||
      (attempt.kind === "response" && attempt.status >= 500);
    if (processed) mayHaveArrived = true;
    const requestId =
      attempt.kind === "response"
        ? (attempt.headers.get("x-line-request-id") ?? undefined)
        : undefined;
    const common: Common = requestId === undefined ? { attempts } : { attempts, requestId };
    const why = describe(attempt);
    const httpStatus = attempt.kind === "response" ? { httpStatus: attempt.status } : {};
    const giveUp = (reason: string): CallOutcome =>
      redactDeep(
        { ...common, ...httpStatus, status: "gave-up", mayHaveArrived, reason },
        options.token,
      );
    let wait = delay;
    if (attempt.kind === "response") {
      const { status } = attempt;
      if (status >= 200 && status < 300)
        return redactDeep(
          { ...common, status: "ok", httpStatus: status, body: attempt.body },
          options.token,
        );
      const error = errorBody(attempt.body) ?? {
        message: attempt.text.trim().slice(0, 200) || `HTTP ${status}`,
        details: [],
      };
      if (status < 500 && (status !== 429 || MONTHLY_LIMIT.test(error.message))) {
        const accepted = attempt.headers.get("x-line-accepted-request-id");
        return redactDeep(
          {
            ...common,
            status: "rejected",
            httpStatus: status,
            ...error,
            body: attempt.body,
            ...(accepted === null ? {} : { acceptedRequestId: accepted }),
          },
          options.token,
        );
      }
      if (status === 429)
        wait = parseRetryAfter(attempt.headers.get("retry-after"), Date.now()) ?? delay;
    }
    // Nothing reached LINE and trying again would meet the same refusal: said at once.
    if (attempt.kind === "network" && !attempt.retry)
      return giveUp(attempts === 1 ? why : `gave up after ${attempts} attempts; the last ${why}`);
    if (call.repeat === "once" && processed)
      return giveUp(`${why}; not sent again, since LINE may have processed it`);
    if (attempts >= policy.attempts)
      return giveUp(`gave up after ${attempts} attempts; the last ${why}`);
    const elapsed = Date.now() - started;
    if (elapsed + wait >= policy.totalMs) {
      return giveUp(
        `gave up after ${attempts} attempts and ${Math.round(elapsed / 1000)} s (the next wait, ${Math.ceil(wait / 1000)} s, would pass the ${Math.round(policy.totalMs / 1000)} s limit); the last ${why}`,
      );
    }
    options.log?.(
      redactToken(
        `${call.logAs ?? `${call.method} ${call.path}: `}attempt ${attempts} ${why}; retrying in ${(wait / 1000).toFixed(1)} s${call.retryKey === undefined ? "" : ` with the same X-Line-Retry-Key ${call.retryKey}`}`,
        options.token,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, wait));
    delay = Math.min(policy.maxDelayMs, delay * 2);
  }
}
