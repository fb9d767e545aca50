import { afterEach, describe, expect, it } from "vitest";
import {
  type ClientOptions,
  DEFAULT_RETRY,
  parseRetryAfter,
  pushMessages,
  resolveApiBase,
  validatePush,
} from "../../../packages/simulator/src/push/client.js";
import { reportOutcome } from "../../../packages/simulator/src/push/report.js";
import { HIDDEN_PART, redactToken } from "../../../packages/simulator/src/push/secret.js";
import { freePort } from "../support/browser-session.js";
import {
  type FaultServer,
  type Reply,
  sentMessages,
  startFaultServer,
} from "../support/fault-server.js";
import { echoBodies, LONG_TOKEN, tokenRunIn } from "../support/token-echo.js";

const TOKEN = "test-channel-access-token-0123456789abcdefghijklmnopqrstuvwxyz";
const TO = "U0123456789abcdef0123456789abcdef";
const MESSAGES = [{ type: "text", text: "hello" }];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Small bounds so retries take milliseconds; the logic is the same as with the defaults. */
/**
 * Short waits between attempts; a request timeout that only a hang reaches, never a slow answer
 * on a loaded machine. The timeout test sets its own short one.
 */
const FAST = { attempts: 4, firstDelayMs: 20, maxDelayMs: 80, totalMs: 5_000, timeoutMs: 4_000 };

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(
  script: (index: number) => Reply,
): Promise<ClientOptions & { log: (line: string) => void; lines: string[] }> {
  server = await startFaultServer((_request, index) => script(index));
  const lines: string[] = [];
  return { apiBase: server.url, token: TOKEN, retry: FAST, lines, log: (line) => lines.push(line) };
}

describe("pushMessages (PUSH-1, PUSH-5…PUSH-9)", () => {
  it("sends POST /v2/bot/message/push with the bearer token, JSON and a fresh UUID retry key", async () => {
    const options = await serve(() => ({ status: 200, body: sentMessages(1) }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    const [request] = server!.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/v2/bot/message/push");
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["x-line-retry-key"]).toMatch(UUID);
    expect(JSON.parse(request!.body)).toEqual({ to: TO, messages: MESSAGES });
    expect(outcome).toEqual({
      status: "sent",
      attempts: 1,
      requestId: "req-1",
      retryKey: request?.headers["x-line-retry-key"],
      sentMessages: [{ id: "46100" }],
    });
    const second = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(second.status === "sent" && second.retryKey).not.toBe(
      request?.headers["x-line-retry-key"],
    );
  });

  it("retries a 500 with the same key and the identical body, then reports the 200", async () => {
    const options = await serve((index) =>
      index === 0
        ? { status: 500, body: { message: "Internal server error" } }
        : { status: 200, body: sentMessages(1) },
    );
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    const [first, second] = server!.requests;
    expect(server!.requests).toHaveLength(2);
    expect(second?.headers["x-line-retry-key"]).toBe(first?.headers["x-line-retry-key"]);
    expect(second?.body).toBe(first?.body);
    expect(outcome).toMatchObject({ status: "sent", attempts: 2, requestId: "req-2" });
    expect(options.lines.join("\n")).toMatch(
      /^attempt 1 HTTP 500: Internal server error; retrying in 0\.0 s with the same X-Line-Retry-Key [0-9a-f-]{36}$/,
    );
  });

  it("retries a timeout with the same key", async () => {
    const options = await serve((index) =>
      index === 0 ? "hang" : { status: 200, body: sentMessages(1) },
    );
    const outcome = await pushMessages(
      { to: TO, messages: MESSAGES },
      { ...options, retry: { ...FAST, timeoutMs: 300 } },
    );
    expect(server!.requests).toHaveLength(2);
    expect(server!.requests[1]?.headers["x-line-retry-key"]).toBe(
      server!.requests[0]?.headers["x-line-retry-key"],
    );
    expect(outcome).toMatchObject({ status: "sent", attempts: 2 });
    expect(options.lines[0]).toMatch(/^attempt 1 timed out; retrying/);
  });

  it("treats 409 as already sent and reports x-line-accepted-request-id (PUSH-8)", async () => {
    const options = await serve((index) =>
      index === 0
        ? { status: 503, body: { message: "Service unavailable" } }
        : {
            status: 409,
            headers: { "x-line-accepted-request-id": "accepted-123" },
            body: { message: "The retry key is already accepted", sentMessages: [{ id: "777" }] },
          },
    );
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(outcome).toEqual({
      status: "already-sent",
      attempts: 2,
      requestId: "req-2",
      retryKey: server!.requests[0]?.headers["x-line-retry-key"],
      acceptedRequestId: "accepted-123",
      sentMessages: [{ id: "777" }],
    });
  });

  it("waits as long as Retry-After says on 429, then retries (PUSH-11)", async () => {
    const options = await serve((index) =>
      index === 0
        ? {
            status: 429,
            headers: { "retry-after": "1" },
            body: { message: "The API rate limit has been exceeded. Try again later." },
          }
        : { status: 200, body: sentMessages(1) },
    );
    const started = Date.now();
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(outcome).toMatchObject({ status: "sent", attempts: 2 });
    // The backoff alone would wait 20 ms; Retry-After: 1 means a second.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(options.lines[0]).toMatch(
      /^attempt 1 HTTP 429: The API rate limit has been exceeded\. Try again later\.; retrying in 1\.0 s/,
    );
  });

  it("does not retry a 429 for the monthly quota: waiting will not help", async () => {
    const options = await serve(() => ({
      status: 429,
      body: { message: "You have reached your monthly limit." },
    }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(server!.requests).toHaveLength(1);
    expect(outcome).toMatchObject({
      status: "rejected",
      httpStatus: 429,
      message: "You have reached your monthly limit.",
    });
  });

  it("reports a 400 at once with LINE's message and details, without retrying", async () => {
    const details = [
      {
        message: "Must be one of the following values: [xxs, xs]",
        property: "messages[0].contents.body.contents[0].size",
      },
    ];
    const options = await serve(() => ({
      status: 400,
      body: { message: "The request body has 1 error(s)", details },
    }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(server!.requests).toHaveLength(1);
    expect(outcome).toEqual({
      status: "rejected",
      httpStatus: 400,
      attempts: 1,
      requestId: "req-1",
      retryKey: server!.requests[0]?.headers["x-line-retry-key"],
      message: "The request body has 1 error(s)",
      details,
    });
  });

  it("gives up after the bounded number of attempts, all with one key", async () => {
    const options = await serve(() => ({
      status: 500,
      body: { message: "Internal server error" },
    }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(server!.requests).toHaveLength(FAST.attempts);
    expect(
      new Set(server!.requests.map((request) => request.headers["x-line-retry-key"])).size,
    ).toBe(1);
    expect(outcome).toMatchObject({ status: "gave-up", attempts: FAST.attempts, httpStatus: 500 });
    expect(outcome.status === "gave-up" && outcome.reason).toMatchInlineSnapshot(
      `"gave up after 4 attempts; the last HTTP 500: Internal server error"`,
    );
  });

  it("doubles the wait after each failure, up to maxDelayMs (PUSH-7)", async () => {
    // Units of 100 ms, so the logged waits (one decimal of a second) show every step.
    const policy = { attempts: 6, firstDelayMs: 100, maxDelayMs: 500, totalMs: 10_000 };
    const options = await serve(() => ({ status: 503, body: { message: "Service unavailable" } }));
    const arrived: number[] = [];
    server!.onRequest = () => arrived.push(performance.now());
    const outcome = await pushMessages(
      { to: TO, messages: MESSAGES },
      { ...options, retry: { ...FAST, ...policy } },
    );
    expect(outcome).toMatchObject({ status: "gave-up", attempts: 6 });
    const waits = options.lines.map((line) => /retrying in (\S+) s/.exec(line)?.[1]);
    // 1, 2, 4 units, then capped at 5.
    expect(waits).toEqual(["0.1", "0.2", "0.4", "0.5", "0.5"]);
    // And the client really waited that long between attempts (timers never fire early).
    const gaps = arrived.slice(1).map((time, index) => time - arrived[index]!);
    expect(gaps.map((gap, index) => gap >= [100, 200, 400, 500, 500][index]! - 2)).toEqual(
      Array(5).fill(true),
    );
  });

  it("gives up when the next wait would pass the total time limit", async () => {
    server = await startFaultServer(() => ({
      status: 429,
      headers: { "retry-after": "3600" },
      body: { message: "The API rate limit has been exceeded. Try again later." },
    }));
    const outcome = await pushMessages(
      { to: TO, messages: MESSAGES },
      { apiBase: server.url, token: TOKEN, retry: FAST },
    );
    expect(server.requests).toHaveLength(1);
    expect(outcome.status === "gave-up" && outcome.reason).toMatchInlineSnapshot(
      `"gave up after 1 attempts and 0 s (the next wait, 3600 s, would pass the 5 s limit); the last HTTP 429: The API rate limit has been exceeded. Try again later."`,
    );
  });

  it("keeps the token out of every outcome, even when the server echoes it", async () => {
    const options = await serve(() => ({
      status: 401,
      body: {
        message: `Authentication failed due to the following reason: invalid token Bearer ${TOKEN}`,
        details: [{ message: TOKEN, property: "to" }],
      },
    }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(JSON.stringify(outcome)).not.toContain(TOKEN);
    expect(outcome.status === "rejected" && outcome.message).toMatchInlineSnapshot(
      `"Authentication failed due to the following reason: invalid token Bearer …wxyz (62 characters)"`,
    );
  });
});

describe("a token echoed in part or encoded, in a plain-text or JSON error body", () => {
  const bodies = echoBodies(LONG_TOKEN);

  it("redactToken hides the whole token masked and any run of 8 or more of its characters", () => {
    const part = LONG_TOKEN.slice(40, 48);
    expect(redactToken(`a ${LONG_TOKEN} b`, LONG_TOKEN)).toBe("a …y1I= (172 characters) b");
    expect(redactToken(`a ${part} b ${part.slice(1)} c`, LONG_TOKEN)).toBe(
      `a ${HIDDEN_PART} b ${part.slice(1)} c`,
    );
    // A run from the end of the token on into other text: only the token's part goes.
    expect(redactToken(`${LONG_TOKEN.slice(-20)}AAAAAAAA`, LONG_TOKEN)).toBe(
      `${HIDDEN_PART}AAAAAAAA`,
    );
  });

  it.each(Object.keys(bodies))(
    "keeps every run of it out of the outcome and the report: %s",
    async (name) => {
      server = await startFaultServer(() => ({ status: 401, text: bodies[name]! }));
      const options = { apiBase: server.url, token: LONG_TOKEN, retry: FAST };
      const pushed = await pushMessages({ to: TO, messages: MESSAGES }, options);
      const validated = await validatePush(MESSAGES, options);
      expect(pushed).toMatchObject({ status: "rejected", httpStatus: 401 });
      const shown = [
        JSON.stringify(pushed),
        JSON.stringify(validated),
        reportLine(pushed),
        reportLine(validated),
      ].join("\n");
      expect(tokenRunIn(shown, LONG_TOKEN)).toBeUndefined();
    },
  );

  it("keeps it out of the retry lines and the reason for giving up", async () => {
    server = await startFaultServer(() => ({
      status: 500,
      body: {
        message: `upstream said ${bodies.partial} / ${bodies.base64}`,
        details: [{ message: bodies.urlEncoded, property: "to" }],
      },
      headers: { "x-line-request-id": LONG_TOKEN.slice(10, 90) },
    }));
    const lines: string[] = [];
    const outcome = await pushMessages(
      { to: TO, messages: MESSAGES },
      { apiBase: server.url, token: LONG_TOKEN, retry: FAST, log: (line) => lines.push(line) },
    );
    expect(outcome.status).toBe("gave-up");
    expect(lines).toHaveLength(FAST.attempts - 1);
    const shown = [...lines, JSON.stringify(outcome), reportLine(outcome)].join("\n");
    expect(tokenRunIn(shown, LONG_TOKEN)).toBeUndefined();
  });
});

/** The line `flexkit push` and the Send panel print for an outcome that is not a success. */
function reportLine(outcome: Awaited<ReturnType<typeof pushMessages>>): string {
  return reportOutcome(outcome, { to: TO, messages: MESSAGES }, {}).errors.join("\n");
}

describe("what a failure means: configuration error, nothing sent, or it may have arrived", () => {
  it("a token that cannot be a header value is a configuration error: no request, no retry, no token shown", async () => {
    const options = await serve(() => ({ status: 200, body: sentMessages(1) }));
    const [head, tail] = [TOKEN.slice(0, 30), TOKEN.slice(30)];
    const error = await pushMessages(
      { to: TO, messages: MESSAGES },
      { ...options, token: `${head}\n${tail}` },
    ).then(
      () => undefined,
      (thrown: unknown) => thrown as Error,
    );
    // Not a single attempt, so no "retrying" line either.
    expect(server!.requests).toHaveLength(0);
    expect(options.lines).toEqual([]);
    expect(error).toMatchObject({ name: "TokenError" });
    expect(error?.message).toMatchInlineSnapshot(
      `"channel access token: expected only visible ASCII characters (no spaces or line breaks), got a line break at character 31"`,
    );
    expect(error?.message).not.toContain(head);
    expect(error?.message).not.toContain(tail);
  });

  it("connection refused: said at once, without retrying, and nothing was sent (not 'it may have arrived')", async () => {
    // A port nothing listens on. The default policy: a retry would wait a second, then two…
    const port = await freePort();
    const lines: string[] = [];
    const started = performance.now();
    const outcome = await pushMessages(
      { to: TO, messages: MESSAGES },
      { apiBase: `http://127.0.0.1:${port}`, token: TOKEN, log: (line) => lines.push(line) },
    );
    expect(performance.now() - started).toBeLessThan(DEFAULT_RETRY.firstDelayMs);
    expect(lines).toEqual([]);
    expect(outcome).toMatchObject({ status: "gave-up", attempts: 1, mayHaveArrived: false });
    expect(reportLine(outcome)).toMatchInlineSnapshot(
      `"error could not reach LINE: connection refused (ECONNREFUSED); nothing was sent"`,
    );
    const dryRun = await validatePush(MESSAGES, {
      apiBase: `http://127.0.0.1:${port}`,
      token: TOKEN,
    });
    expect(dryRun).toMatchObject({ status: "gave-up", attempts: 1, mayHaveArrived: false });
  });

  it("a 429 that outlasts the bounds was not accepted either: nothing was sent", async () => {
    const options = await serve(() => ({
      status: 429,
      body: { message: "The API rate limit has been exceeded. Try again later." },
    }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(reportLine(outcome)).toMatch(/; nothing was sent$/);
  });

  it("a 5xx may have been processed: the report says it may have arrived, with the retry key", async () => {
    const options = await serve(() => ({
      status: 500,
      body: { message: "Internal server error" },
    }));
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    const key = server!.requests[0]?.headers["x-line-retry-key"] as string;
    expect(reportLine(outcome).replace(key, "KEY")).toMatchInlineSnapshot(
      `"error could not reach LINE: gave up after 4 attempts; the last HTTP 500: Internal server error (x-line-request-id req-4); it may have arrived (check the chat before sending again; X-Line-Retry-Key KEY)"`,
    );
  });

  it("a connection reset after the request was written may have arrived, though every later attempt is refused", async () => {
    const options = await serve((index) => {
      // The whole request has arrived; the server goes away without answering.
      if (index === 0) setImmediate(() => void server!.close());
      return "hang";
    });
    const outcome = await pushMessages({ to: TO, messages: MESSAGES }, options);
    expect(server!.requests).toHaveLength(1);
    // The second attempt is refused: no use trying a third.
    expect(outcome).toMatchObject({ status: "gave-up", attempts: 2, mayHaveArrived: true });
    expect(reportLine(outcome)).toMatch(
      /; the last connection refused \(ECONNREFUSED\); it may have arrived \(check the chat before sending again; X-Line-Retry-Key [0-9a-f-]{36}\)$/,
    );
    expect(options.lines[0]).toMatch(/^attempt 1 network error \(\w+\); retrying/);
  });
});

describe("LINE's 400 details as issues (ERR-1)", () => {
  it("carry LINE's property as a path, with what was sent there", () => {
    const report = reportOutcome(
      {
        status: "rejected",
        httpStatus: 400,
        attempts: 1,
        message: "The request body has 3 error(s)",
        details: [
          { message: "May not be empty", property: "messages[0].text" },
          { message: "Invalid", property: "to" },
          { message: "Something else" },
        ],
      },
      { to: TO, messages: MESSAGES },
      {},
    );
    expect(
      report.issues.map(({ property, path, message }) => ({ property, path, message })),
    ).toEqual([
      {
        property: "messages[0].text",
        path: ["messages", 0, "text"],
        message: 'LINE: May not be empty (sent "hello")',
      },
      { property: "to", path: ["to"], message: `LINE: Invalid (sent "${TO}")` },
      { property: "", path: [], message: "LINE: Something else" },
    ]);
  });
});

describe("validatePush (dry run, PUSH-14)", () => {
  it("posts only the messages to /v2/bot/message/validate/push, with no retry key (PUSH-5)", async () => {
    const options = await serve(() => ({ status: 200, body: {} }));
    const outcome = await validatePush(MESSAGES, options);
    const [request] = server!.requests;
    expect(request?.path).toBe("/v2/bot/message/validate/push");
    expect(request?.headers["x-line-retry-key"]).toBeUndefined();
    expect(JSON.parse(request!.body)).toEqual({ messages: MESSAGES });
    expect(outcome).toEqual({ status: "valid", attempts: 1, requestId: "req-1" });
  });
});

describe("resolveApiBase", () => {
  it("defaults to https://api.line.me and accepts http only for this machine", () => {
    expect(resolveApiBase(undefined)).toBe("https://api.line.me");
    expect(resolveApiBase("http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010");
    expect(() => resolveApiBase("http://example.com")).toThrowErrorMatchingInlineSnapshot(
      `[ApiBaseError: API base: expected https:// (http:// only for 127.0.0.1 or localhost), got "http://example.com"]`,
    );
    expect(() => resolveApiBase("not a url")).toThrowErrorMatchingInlineSnapshot(
      `[ApiBaseError: API base: expected a URL like https://api.line.me, got "not a url"]`,
    );
  });

  it("reads Retry-After as seconds or an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("3", now)).toBe(3_000);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:00:10 GMT", now)).toBe(10_000);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
