import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningPrism, startPrism } from "./prism.js";
import { flexkit } from "./run-cli.js";

/**
 * Contract tests: the real `flexkit push` against Prism mocking LINE's own OpenAPI file
 * (../shared/spec/line-openapi/messaging-api.yml). Prism answers 2xx only to a request that fits
 * the spec (path, Bearer security, X-Line-Retry-Key format, body schema), so a push the spec
 * rejects fails these tests.
 */
const TOKEN = "prism-contract-token-0123456789abcdefghijklmnopq";
const TO = "U0123456789abcdef0123456789abcdef";
const CARD = "test/flex-jsx/golden/welcome.flex.tsx";

let prism: RunningPrism;
beforeAll(async () => {
  prism = await startPrism();
});
afterAll(async () => {
  await prism?.stop();
});

function env(): Record<string, string> {
  return { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE: prism.url };
}

describe("push against LINE's OpenAPI spec (Prism)", () => {
  it("a push from JSX fits the spec: 200 and the sent message IDs", async () => {
    const result = await flexkit(["push", CARD, "--to", TO], env());
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    // Prism answers with the schema's example values.
    expect(result.stdout).toMatchInlineSnapshot(`
      "sent 1 message(s) to U0123456789abcdef0123456789abcdef
        messages[0] id string quoteToken string
      "
    `);
  });

  it("a dry run fits the spec of /v2/bot/message/validate/push", async () => {
    const result = await flexkit(["push", CARD, "--dry-run"], env());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("valid: LINE accepts these 1 message(s)");
  });

  it("Prism really enforces the spec (so the tests above can fail): a bad retry key or no token is refused", async () => {
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

  it("Prism never reached the internet: its egress guard was loaded and saw no outside connection", () => {
    const log = prism.egress();
    expect(log).toMatch(/^guard loaded in \d+$/m);
    expect(log).not.toContain("EGRESS");
  });
});
