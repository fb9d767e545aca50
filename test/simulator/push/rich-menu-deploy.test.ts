import { afterEach, describe, expect, it } from "vitest";
import { RICH_MENU_PATHS } from "../../../packages/simulator/src/push/endpoints.js";
import {
  deployRichMenus,
  type RichMenuDeployOutcome,
  resolveDataApiBase,
} from "../../../packages/simulator/src/push/rich-menu-deploy.js";
import type { LoadedRichMenuSet } from "../../../packages/simulator/src/push/rich-menu-input.js";
import { reportRichMenuDeploy } from "../../../packages/simulator/src/push/rich-menu-report.js";
import {
  type FaultServer,
  type Recorded,
  type Reply,
  startFaultServer,
} from "../support/fault-server.js";
import {
  calls,
  createdName,
  fakeRichMenuLine,
  JPEG,
  png,
  TABS,
  USER,
} from "./rich-menu-fixtures.js";

/**
 * The deploy executor in this process, against the fault server, with short timeouts: what a
 * create that times out leads to (RULES.md RM-LIM-3: list, find by name, create only if not
 * found, once) and what an upload that times out does not (RM-IMG-4: no second upload).
 */

const TOKEN = "executor-test-token-7hQ2mZ9xWc4vB1nK6pR3sT8yL0dF5gJ";
/**
 * Short waits, and a timeout that only a hang reaches: long enough that an answer from this
 * machine, however busy, always comes first (at 400 ms a loaded CI timed out a plain list and
 * retried it, which the request sequences below would then show).
 */
const FAST = { attempts: 3, firstDelayMs: 20, maxDelayMs: 80, totalMs: 30_000, timeoutMs: 3_000 };

const SET: LoadedRichMenuSet = {
  menus: {
    "tab-a": { menu: TABS["tab-a"], image: png() },
    "tab-b": { menu: TABS["tab-b"], image: JPEG },
  },
  entry: "tab-a",
};

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function deploy(
  override: (request: Recorded, index: number) => Reply | undefined,
): Promise<{ outcome: RichMenuDeployOutcome; requests: Recorded[]; report: string[] }> {
  server = await startFaultServer(fakeRichMenuLine(override));
  const log: string[] = [];
  const outcome = await deployRichMenus(
    { set: SET, target: { to: USER } },
    {
      apiBase: server.url,
      dataApiBase: server.url,
      token: TOKEN,
      retry: FAST,
      log: (line) => log.push(line),
    },
  );
  const report = reportRichMenuDeploy(outcome, SET);
  return {
    outcome,
    requests: server.requests,
    report: [...log, ...report.lines, ...report.errors],
  };
}

/** How many times LINE was asked to create a menu of each name. */
function creates(requests: Recorded[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const request of requests) {
    const name = createdName(request);
    if (name !== undefined) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

/** The create of "Tab A" hangs the first `times` times; the list answers `listed` after that. */
function createOfTabAHangs(
  listed: (creates: number) => Array<{ richMenuId: string; name: string }>,
  times = 1,
) {
  let hung = 0;
  return (request: Recorded): Reply | undefined => {
    if (createdName(request) === "Tab A" && hung < times) {
      hung += 1;
      return "hang";
    }
    if (request.path === RICH_MENU_PATHS.list)
      return { status: 200, body: { richmenus: listed(hung) } };
    return undefined;
  };
}

describe("a create that times out (RM-LIM-3)", () => {
  it("is never sent again blindly: the list is read and the menu found by name is used", async () => {
    const { outcome, requests, report } = await deploy(
      createOfTabAHangs((hung) =>
        hung === 0 ? [] : [{ richMenuId: "richmenu-made", name: "Tab A" }],
      ),
    );
    expect(outcome.status).toBe("deployed");
    expect(creates(requests)).toEqual({ "Tab A": 1, "Tab B": 1 });
    expect(calls(requests)).toMatchInlineSnapshot(`
      [
        "GET /v2/bot/richmenu/list",
        "GET /v2/bot/richmenu/alias/list",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu",
        "GET /v2/bot/richmenu/list",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu/richmenu-made/content (image/png)",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/richmenu-1/content (image/jpeg)",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/richmenu-made",
      ]
    `);
    expect(report).toMatchInlineSnapshot(`
      [
        "the create of tab-a timed out; looking for it by name before creating it again (RULES.md RM-LIM-3)",
        "deployed 2 rich menus",
        "  tab-a richmenu-made: found again by its name after its create timed out, image uploaded, alias tab-a created",
        "  tab-b richmenu-1: image uploaded, alias tab-b created",
        "  tab-a (richmenu-made) is linked to U0123456789abcdef0123456789abcdef: they see it at once, if they are a friend of the bot (RM-SHOW-1)",
        "to remove what this deploy made: flexkit richmenu delete richmenu-made richmenu-1",
      ]
    `);
  });

  it("creates it again, once, when the list has no new menu of that name (an older one is not taken)", async () => {
    const old = { richMenuId: "richmenu-old", name: "Tab A" };
    const { outcome, requests } = await deploy(createOfTabAHangs(() => [old]));
    expect(outcome.status).toBe("deployed");
    expect(creates(requests)).toEqual({ "Tab A": 2, "Tab B": 1 });
    expect(requests.some((request) => request.path.includes("richmenu-old"))).toBe(false);
  });

  it("stops, and says so, when several new menus have that name", async () => {
    const { outcome, requests, report } = await deploy(
      createOfTabAHangs((hung) =>
        hung === 0
          ? []
          : [
              { richMenuId: "richmenu-x", name: "Tab A" },
              { richMenuId: "richmenu-y", name: "Tab A" },
            ],
      ),
    );
    expect(outcome.status).toBe("failed");
    expect(creates(requests)).toEqual({ "Tab A": 1 });
    expect(report).toMatchInlineSnapshot(`
      [
        "the create of tab-a timed out; looking for it by name before creating it again (RULES.md RM-LIM-3)",
        "error the create of tab-a: it timed out, and 2 menus named "Tab A" appeared on the channel since this deploy started (richmenu-x, richmenu-y); the name can't tell which one it made, so the deploy stops here",
        "on LINE now:",
        "  tab-a: its create timed out, so it may exist; it is one of richmenu-x, richmenu-y",
        "  nothing is shown to anyone: no link, no default",
      ]
    `);
  });

  it("stops after the second timeout, saying the menu may exist", async () => {
    const { outcome, requests, report } = await deploy(createOfTabAHangs(() => [], 2));
    expect(outcome.status).toBe("failed");
    expect(creates(requests)).toEqual({ "Tab A": 2 });
    expect(report).toMatchInlineSnapshot(`
      [
        "the create of tab-a timed out; looking for it by name before creating it again (RULES.md RM-LIM-3)",
        "error could not reach LINE for the create of tab-a: timed out; not sent again, since LINE may have processed it",
        "on LINE now:",
        "  tab-a: its create timed out 2 times, so up to 2 menus of that name may exist; look for "Tab A" in flexkit richmenu list",
        "  nothing is shown to anyone: no link, no default",
      ]
    `);
  });
});

describe("the other calls", () => {
  it("an upload that times out is not sent again (RM-IMG-4), and the report says the image may be set", async () => {
    const { outcome, requests, report } = await deploy((request) =>
      request.path.endsWith("/content") ? "hang" : undefined,
    );
    expect(outcome.status).toBe("failed");
    expect(requests.filter((request) => request.path.endsWith("/content"))).toHaveLength(1);
    expect(report.slice(-5)).toMatchInlineSnapshot(`
      [
        "error could not reach LINE for the image of tab-a: timed out; not sent again, since LINE may have processed it",
        "on LINE now:",
        "  tab-a richmenu-1: the image upload timed out, so it may be set (LINE refuses a second: RM-IMG-4)",
        "  nothing is shown to anyone: no link, no default",
        "to remove what this deploy made: flexkit richmenu delete richmenu-1",
      ]
    `);
  });

  it("a 5xx on a call that may be repeated is retried", async () => {
    let failures = 0;
    const { outcome, report } = await deploy((request) => {
      if (request.path !== RICH_MENU_PATHS.validate || failures > 0) return undefined;
      failures += 1;
      return { status: 500, body: { message: "Internal error" } };
    });
    expect(outcome.status).toBe("deployed");
    expect(report[0]).toBe(
      "POST /v2/bot/richmenu/validate: attempt 1 HTTP 500: Internal error; retrying in 0.0 s",
    );
  });

  it("an alias create that timed out is made sure of with an update (another create would be a 400)", async () => {
    let hung = false;
    const { outcome, requests } = await deploy((request) => {
      if (request.path !== RICH_MENU_PATHS.createAlias || hung) return undefined;
      hung = true;
      return "hang";
    });
    expect(outcome.status).toBe("deployed");
    expect(calls(requests).filter((call) => call.includes("/alias"))).toEqual([
      "GET /v2/bot/richmenu/alias/list",
      "POST /v2/bot/richmenu/alias",
      "POST /v2/bot/richmenu/alias/tab-a",
      "POST /v2/bot/richmenu/alias",
    ]);
  });
});

describe("resolveDataApiBase", () => {
  it("is the data host, the API base when only that was changed, or what it is given", () => {
    expect(resolveDataApiBase(undefined, undefined)).toBe("https://api-data.line.me");
    expect(resolveDataApiBase(undefined, "https://api.line.me")).toBe("https://api-data.line.me");
    expect(resolveDataApiBase(undefined, "http://127.0.0.1:4010/")).toBe("http://127.0.0.1:4010");
    expect(resolveDataApiBase("http://localhost:9", "http://127.0.0.1:4010")).toBe(
      "http://localhost:9",
    );
    expect(() => resolveDataApiBase("http://example.com", undefined)).toThrow(
      'data API base: expected https:// (http:// only for 127.0.0.1 or localhost), got "http://example.com"',
    );
  });
});
