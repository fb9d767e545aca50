import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUSH_PATH, VALIDATE_PUSH_PATH } from "../../../packages/simulator/src/push/endpoints.js";
import { compileOpenApi } from "../../validators/openapi.js";
import type { Recorded } from "../support/fault-server.js";
import { type Recorder, type RunningPrism, recordInFront, startPrism } from "../support/prism.js";
import { flexkit } from "../support/run-cli.js";

/**
 * Contract tests: the real `flexkit push` against Prism mocking LINE's own OpenAPI file
 * (../shared/spec/line-openapi/messaging-api.yml), in two layers:
 * - Prism checks the outer request: the path, Bearer security, the X-Line-Retry-Key format and the
 *   body's top level (`to`, 1–5 `messages`). It does not look inside the message objects:
 *   Prism 5.14.2 answers 200 to a push of `[{"type":"nonsense"}]` (a test below shows it).
 * - So a recording proxy between the client and Prism keeps every body as sent, and each one is
 *   checked with ajv against the same file's PushMessageRequest or ValidateMessageRequest,
 *   following the Message (and Action, FlexComponent…) discriminator mappings
 *   (test/validators/openapi.ts, shared with the validators' differential test).
 */
const TOKEN = "prism-contract-token-twAWuMr3VlduaXFzFTJgKN7rUZo";
const TO = "U0123456789abcdef0123456789abcdef";
const CARD = "test/flex-jsx/golden/welcome.flex.tsx";
/**
 * The golden files hold every message type. Their textV2 mentions a user, which LINE allows
 * only in a group or room; their video has a trackingId, which only a user may get.
 */
const GROUP = "C0123456789abcdef0123456789abcdef";
const GOLDEN: ReadonlyArray<readonly [file: string, to: string]> = (
  [
    ["messages", GROUP],
    ["more-messages", TO],
    ["templates", TO],
    ["flex-components", TO],
    ["carousel", TO],
  ] as const
).map(([name, to]) => [`test/flex-jsx/golden/${name}.flex.tsx`, to]);

const oas = compileOpenApi();
let prism: RunningPrism;
let recorder: Recorder;
beforeAll(async () => {
  prism = await startPrism();
  recorder = await recordInFront(prism.url);
});
afterAll(async () => {
  await recorder?.close();
  await prism?.stop();
});

function env(): Record<string, string> {
  return { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE: recorder.url };
}

/** What LINE's schema for this endpoint says about the body, `[]` when it fits. */
function specErrors(request: Recorded): string[] {
  const path = request.path.split("?")[0];
  const validate =
    path === PUSH_PATH
      ? oas.pushRequest
      : path === VALIDATE_PUSH_PATH
        ? oas.validateMessageRequest
        : undefined;
  if (validate === undefined) return [`${path}: not an endpoint the client should call`];
  if (validate(JSON.parse(request.body))) return [];
  return (validate.errors ?? []).map(
    (error) => `${path} ${error.instancePath || "(body)"}: ${error.message}`,
  );
}

/** Runs `flexkit push`, then checks every body it sent against the spec. */
async function pushThroughSpec(args: string[]) {
  const from = recorder.requests.length;
  const result = await flexkit(["push", ...args], env());
  const sent = recorder.requests.slice(from);
  expect(sent.length).toBeGreaterThan(0);
  expect(sent.flatMap(specErrors)).toEqual([]);
  return { ...result, sent };
}

describe("push against LINE's OpenAPI spec (Prism, and ajv on the bodies)", () => {
  it("a push from JSX fits the spec: 200 and the sent message IDs", async () => {
    const result = await pushThroughSpec([CARD, "--to", TO]);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    expect(result.sent.map((request) => request.path)).toEqual([PUSH_PATH]);
    // Prism answers with the schema's example values.
    expect(result.stdout).toMatchInlineSnapshot(`
      "sent 1 message(s) to U0123456789abcdef0123456789abcdef
        messages[0] id string quoteToken string
      "
    `);
  });

  it("a dry run fits the spec of /v2/bot/message/validate/push", async () => {
    const result = await pushThroughSpec([CARD, "--dry-run"]);
    expect(result.code).toBe(0);
    expect(result.sent.map((request) => request.path)).toEqual([VALIDATE_PUSH_PATH]);
    expect(result.stdout).toContain("valid: LINE accepts these 1 message(s)");
  });

  it.each(GOLDEN)(
    "every message type fits the spec as the client sends it: %s",
    async (file, to) => {
      const result = await pushThroughSpec([file, "--to", to]);
      expect(result.stderr).not.toContain("error");
      expect(result.code).toBe(0);
    },
  );

  it("Prism really enforces the outer request (so the tests above can fail): a bad retry key or no token is refused", async () => {
    const body = JSON.stringify({ to: TO, messages: [{ type: "text", text: "hi" }] });
    const badKey = await fetch(`${prism.url}/v2/bot/message/push`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${TOKEN}`,
        "Content-Type": "application/json",
        "X-Line-Retry-Key": "not-a-uuid",
      },
      body,
    });
    expect(badKey.status).toBe(400);
    expect(badKey.headers.get("sl-violations")).toContain("x-line-retry-key");
    const noToken = await fetch(`${prism.url}/v2/bot/message/push`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
    });
    expect(noToken.status).toBe(401);
    const tooMany = await fetch(`${prism.url}/v2/bot/message/push`, {
      method: "POST",
      headers: { Authorization: `Bearer ${TOKEN}`, "Content-Type": "application/json" },
      body: JSON.stringify({ to: TO, messages: [] }),
    });
    expect(tooMany.status).toBe(400);
  });

  it("the body check catches the invalid messages Prism lets through", async () => {
    const from = recorder.requests.length;
    const invalid = [
      [{ type: "nonsense" }],
      [{ type: "flex", contents: { type: "bubble" } }],
      [{ type: "text", text: "hi", quickReply: { items: [{ type: "action", action: {} }] } }],
    ];
    for (const messages of invalid) {
      const answer = await fetch(`${recorder.url}${PUSH_PATH}`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          "Content-Type": "application/json",
          "X-Line-Retry-Key": crypto.randomUUID(),
        },
        body: JSON.stringify({ to: TO, messages }),
      });
      // Why the bodies are checked here too: Prism 5.14.2 accepts these.
      expect(answer.status).toBe(200);
    }
    expect(recorder.requests.slice(from).map(specErrors)).toMatchInlineSnapshot(`
      [
        [
          "/v2/bot/message/push /messages/0/type: must be equal to one of the allowed values",
        ],
        [
          "/v2/bot/message/push /messages/0: must have required property 'altText'",
          "/v2/bot/message/push /messages/0: must match "then" schema",
        ],
        [
          "/v2/bot/message/push /messages/0/quickReply/items/0/action: must have required property 'type'",
        ],
      ]
    `);
  });

  it("Prism never reached the internet: its egress guard was loaded and saw no outside connection", () => {
    const log = prism.egress();
    expect(log).toMatch(/^guard loaded in \d+$/m);
    expect(log).not.toContain("EGRESS");
  });
});
