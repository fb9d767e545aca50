import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RICH_MENU_PATHS } from "../../../packages/simulator/src/push/endpoints.js";
import { compileOpenApi } from "../../validators/openapi.js";
import type { Recorded } from "../support/fault-server.js";
import { type Recorder, type RunningPrism, recordInFront, startPrism } from "../support/prism.js";
import { flexkit } from "../support/run-cli.js";
import { calls, richMenu, USER, writeTabSet } from "./rich-menu-fixtures.js";

/**
 * `flexkit richmenu` against Prism mocking LINE's own OpenAPI file: Prism answers 200 only to a
 * request that fits the spec (path, method, Bearer security, the body's schema), and a recording
 * proxy keeps every body so that each rich menu sent is checked with ajv against the same file's
 * RichMenuRequest too. Prism's create answers the example ID "{richMenuId}", so the later paths
 * carry it percent-encoded.
 */
const TOKEN = "prism-rm-contract-token-H4kT9wQ2zL7vN3xB8mC5";

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

const env = () => ({ LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE: recorder.url });

/** What the spec's RichMenuRequest says about a rich menu body that was sent, `[]` when it fits. */
function specErrors(request: Recorded): string[] {
  const path = request.path.split("?")[0];
  if (path !== RICH_MENU_PATHS.validate && path !== RICH_MENU_PATHS.create) return [];
  if (oas.richMenuRequest(JSON.parse(request.body))) return [];
  return (oas.richMenuRequest.errors ?? []).map(
    (error) => `${path} ${error.instancePath || "(body)"}: ${error.message}`,
  );
}

async function richmenu(args: string[]) {
  const from = recorder.requests.length;
  const result = await flexkit(["richmenu", ...args], env());
  const sent = recorder.requests.slice(from);
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  expect(sent.flatMap(specErrors)).toEqual([]);
  return { ...result, sent };
}

describe("flexkit richmenu against LINE's OpenAPI spec (Prism, and ajv on the bodies)", () => {
  it("a tab set's whole deploy fits the spec: every call answered 200", async () => {
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--to", USER]);
    expect(result.stderr).not.toContain("error");
    expect(result.code).toBe(0);
    expect(calls(result.sent)).toMatchInlineSnapshot(`
      [
        "GET /v2/bot/richmenu/list",
        "GET /v2/bot/richmenu/alias/list",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/%7BrichMenuId%7D/content (image/png)",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/%7BrichMenuId%7D/content (image/jpeg)",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/%7BrichMenuId%7D",
      ]
    `);
  });

  it("a dry run sends only the validate calls, which fit the spec", async () => {
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--dry-run"]);
    expect(result.code).toBe(0);
    expect(calls(result.sent)).toEqual([
      "POST /v2/bot/richmenu/validate",
      "POST /v2/bot/richmenu/validate",
    ]);
  });

  it("list, delete and unlink fit the spec", async () => {
    const list = await richmenu(["list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatchInlineSnapshot(`
      "{richMenuId} "nice rich menu" 2500×1686
      "
    `);
    const removed = await richmenu(["delete", "richmenu-0123456789abcdef0123456789abcdef"]);
    expect(removed.code).toBe(0);
    const unlinked = await richmenu(["unlink", "--to", USER]);
    expect(unlinked.code).toBe(0);
    expect(calls([...removed.sent, ...unlinked.sent])).toMatchInlineSnapshot(`
      [
        "DELETE /v2/bot/richmenu/richmenu-0123456789abcdef0123456789abcdef",
        "DELETE /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu",
      ]
    `);
  });

  it("Prism really checks these calls (so the tests above can fail): no token, or a chat bar text over 14, is refused", async () => {
    const post = (headers: Record<string, string>, body: unknown) =>
      fetch(`${prism.url}${RICH_MENU_PATHS.create}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
      });
    expect((await post({}, richMenu("No token"))).status).toBe(401);
    const invalid = await post(
      { Authorization: `Bearer ${TOKEN}` },
      { ...richMenu("Too long"), chatBarText: "x".repeat(15) },
    );
    expect(invalid.status).toBe(422);
    expect(await invalid.text()).toContain("chatBarText must NOT have more than 14 characters");
  });

  it("Prism never reached the internet", () => {
    const log = prism.egress();
    expect(log).toMatch(/^guard loaded in \d+$/m);
    expect(log).not.toContain("EGRESS");
  });
});
