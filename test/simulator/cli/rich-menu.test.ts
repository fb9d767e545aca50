import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  calls,
  fakeRichMenuLine,
  HEIGHT,
  JPEG,
  png,
  richMenu,
  TABS,
  USER,
  WIDTH,
  writeTabSet,
} from "../push/rich-menu-fixtures.js";
import { freePort } from "../support/browser-session.js";
import {
  type FaultServer,
  type Recorded,
  type Reply,
  startFaultServer,
} from "../support/fault-server.js";
import { type CliResult, flexkit } from "../support/run-cli.js";

/**
 * `flexkit richmenu` end to end: the real bin against fault-injecting stand-ins for LINE's two
 * hosts (api.line.me and api-data.line.me), with only the LINE_* variables given here.
 */

/** Random after its prefix, as LINE's tokens are: no 8 characters in common with an ID (see cli-push.test.ts). */
const TOKEN = "cli-rm-test-token-Qm3VfL0pXw2s9TzR4yHb7KcN1dJ8uAeG5";

let servers: FaultServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function line(
  script: (request: Recorded, index: number) => Reply = fakeRichMenuLine(),
): Promise<FaultServer> {
  const server = await startFaultServer(script);
  servers.push(server);
  return server;
}

/** Runs `flexkit richmenu …` with the token and checks the token never shows, nor a stack. */
async function richmenu(
  args: string[],
  env: Record<string, string>,
  dirs: string[] = [],
): Promise<CliResult> {
  const result = await flexkit(["richmenu", ...args], { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, ...env });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  let stderr = result.stderr;
  for (const server of servers)
    stderr = stderr.replaceAll(server.url, `SERVER${servers.indexOf(server)}`);
  for (const dir of dirs) stderr = stderr.replaceAll(`${dir}/`, "");
  return { ...result, stderr };
}

describe("flexkit richmenu deploy", () => {
  it("deploys a two-menu tab set: creates, uploads to the data host with the bytes' type, aliases, link", async () => {
    const api = await line();
    const data = await line();
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--to", USER, "--data-api-base", data.url], {
      LINE_API_BASE: api.url,
    });
    expect(result.stderr).toMatchInlineSnapshot(`
      "showing tab-a, the first of 2 menus (--entry chooses another)
      deploying through SERVER0 (images to SERVER1) (token …AeG5 (51 characters))
      "
    `);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "deployed 2 rich menus
        tab-a richmenu-1: image uploaded, alias tab-a created
        tab-b richmenu-2: image uploaded, alias tab-b created
        tab-a (richmenu-1) is linked to U0123456789abcdef0123456789abcdef: they see it at once, if they are a friend of the bot (RM-SHOW-1)
      to remove what this deploy made: flexkit richmenu delete richmenu-1 richmenu-2
      "
    `);
    expect(calls(api.requests)).toMatchInlineSnapshot(`
      [
        "GET /v2/bot/richmenu/list",
        "GET /v2/bot/richmenu/alias/list",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/richmenu-1",
      ]
    `);
    expect(calls(data.requests)).toMatchInlineSnapshot(`
      [
        "POST /v2/bot/richmenu/richmenu-1/content (image/png)",
        "POST /v2/bot/richmenu/richmenu-2/content (image/jpeg)",
      ]
    `);
    // The bytes as read from the files, each with the Content-Type its first bytes say (RM-IMG-1).
    expect(data.requests.map((request) => request.body)).toEqual([
      Buffer.from(png()).toString("utf8"),
      Buffer.from(JPEG).toString("utf8"),
    ]);
    const bodies = api.requests
      .filter((request) => request.method === "POST" && request.body !== "")
      .map((request) => JSON.parse(request.body));
    expect(bodies.slice(0, 4)).toEqual([
      TABS["tab-a"],
      TABS["tab-b"],
      TABS["tab-a"],
      TABS["tab-b"],
    ]);
    expect(bodies.slice(4)).toEqual([
      { richMenuAliasId: "tab-a", richMenuId: "richmenu-1" },
      { richMenuAliasId: "tab-b", richMenuId: "richmenu-2" },
    ]);
    for (const request of [...api.requests, ...data.requests])
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("sends the images to the API base when only that was changed: one test server for both hosts", async () => {
    const api = await line();
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(0);
    expect(calls(api.requests).filter((call) => call.includes("/content"))).toEqual([
      "POST /v2/bot/richmenu/richmenu-1/content (image/png)",
      "POST /v2/bot/richmenu/richmenu-2/content (image/jpeg)",
    ]);
  });

  it("updates an alias the channel has instead of creating it", async () => {
    const api = await line(
      fakeRichMenuLine((request) =>
        request.path === "/v2/bot/richmenu/alias/list"
          ? { status: 200, body: { aliases: [{ richMenuAliasId: "tab-b", richMenuId: "old" }] } }
          : undefined,
      ),
    );
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(0);
    expect(calls(api.requests).slice(-3)).toMatchInlineSnapshot(`
      [
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/richmenu/alias/tab-b",
        "POST /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/richmenu-1",
      ]
    `);
    expect(result.stdout).toContain(
      "tab-b richmenu-2: image uploaded, alias tab-b now points here",
    );
  });

  it("--dry-run sends only POST /v2/bot/richmenu/validate, once per menu", async () => {
    const api = await line();
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--dry-run"], { LINE_API_BASE: api.url });
    expect(result.code).toBe(0);
    expect(calls(api.requests)).toEqual([
      "POST /v2/bot/richmenu/validate",
      "POST /v2/bot/richmenu/validate",
    ]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "valid: LINE accepts rich menu tab-a; nothing was created (dry run) (x-line-request-id req-1)
      valid: LINE accepts rich menu tab-b; nothing was created (dry run) (x-line-request-id req-2)
      "
    `);
  });

  it("maps LINE's 400 details on a menu onto its alias and property, having created nothing", async () => {
    const api = await line(
      fakeRichMenuLine((request, index) =>
        request.path === "/v2/bot/richmenu/validate" && index === 3
          ? {
              status: 400,
              body: {
                message: "The request body has 1 error(s)",
                details: [{ message: "must be specified", property: "chatBarText" }],
              },
            }
          : undefined,
      ),
    );
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "showing tab-a, the first of 2 menus (--entry chooses another)
      deploying through SERVER0 (token …AeG5 (51 characters))
      error LINE rejected the check of tab-b (HTTP 400, x-line-request-id req-4): The request body has 1 error(s)
      error tab-b.chatBarText: LINE: must be specified (sent "Menu") [ERR-1]
      nothing was created on LINE
      "
    `);
  });

  it("a 400 on the image upload: says what exists on LINE and how to delete it", async () => {
    const api = await line(
      fakeRichMenuLine((request) =>
        request.path.endsWith("/content")
          ? { status: 400, body: { message: "Image size must be 2500x1686 or 2500x843" } }
          : undefined,
      ),
    );
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatchInlineSnapshot(`
      "showing tab-a, the first of 2 menus (--entry chooses another)
      deploying through SERVER0 (token …AeG5 (51 characters))
      error LINE rejected the image of tab-a (HTTP 400, x-line-request-id req-6): Image size must be 2500x1686 or 2500x843
      on LINE now:
        tab-a richmenu-1: no image (LINE rejected it)
        nothing is shown to anyone: no link, no default
      to remove what this deploy made: flexkit richmenu delete richmenu-1
      "
    `);
    // Nothing after the failed upload: no second menu, no alias, no link.
    expect(calls(api.requests).at(-1)).toBe("POST /v2/bot/richmenu/richmenu-1/content (image/png)");
  });

  it("retries a 429 on the link after its Retry-After", async () => {
    let links = 0;
    const api = await line(
      fakeRichMenuLine((request) => {
        if (!request.path.startsWith(`/v2/bot/user/${USER}/richmenu/`)) return undefined;
        links += 1;
        return links === 1
          ? { status: 429, headers: { "retry-after": "1" }, body: { message: "Too many requests" } }
          : undefined;
      }),
    );
    const { file } = writeTabSet();
    const started = Date.now();
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(0);
    expect(links).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(result.stderr).toContain(
      `POST /v2/bot/user/${USER}/richmenu/richmenu-1: attempt 1 HTTP 429: Too many requests; retrying in 1.0 s`,
    );
  });

  it("a refused connection says at once that nothing was created", async () => {
    const port = await freePort();
    const { file } = writeTabSet();
    const started = Date.now();
    const result = await richmenu(["deploy", file, "--to", USER], {
      LINE_API_BASE: `http://127.0.0.1:${port}`,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.code).toBe(1);
    expect(result.stderr.replaceAll(String(port), "PORT")).toMatchInlineSnapshot(`
      "showing tab-a, the first of 2 menus (--entry chooses another)
      deploying through http://127.0.0.1:PORT (token …AeG5 (51 characters))
      error could not reach LINE for the list of rich menus: connection refused (ECONNREFUSED)
      nothing was created on LINE
      "
    `);
  });

  it("--default without a terminal and without --yes refuses, sending nothing", async () => {
    const api = await line();
    const { file } = writeTabSet();
    const result = await richmenu(["deploy", file, "--default"], { LINE_API_BASE: api.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "flexkit: richmenu deploy --default changes the menu every user of the bot sees; without a terminal to ask on, add --yes to do it
      "
    `);
    expect(api.requests).toEqual([]);
    const confirmed = await richmenu(["deploy", file, "--default", "--yes"], {
      LINE_API_BASE: api.url,
    });
    expect(confirmed.code).toBe(0);
    expect(calls(api.requests).at(-1)).toBe("POST /v2/bot/user/all/richmenu/richmenu-1");
  });

  it("deploys one menu with --image, without an alias", async () => {
    const api = await line();
    const { dir } = writeTabSet();
    const file = join(dir, "menu.json");
    writeFileSync(file, JSON.stringify(richMenu("Main")));
    const result = await richmenu(["deploy", file, "--image", join(dir, "a.png"), "--to", USER], {
      LINE_API_BASE: api.url,
    });
    expect(result.code).toBe(0);
    expect(calls(api.requests)).toMatchInlineSnapshot(`
      [
        "GET /v2/bot/richmenu/list",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/richmenu-1/content (image/png)",
        "POST /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/richmenu-1",
      ]
    `);
    expect(result.stdout).toMatchInlineSnapshot(`
      "deployed 1 rich menu
        richmenu-1: image uploaded
        richmenu-1 is linked to U0123456789abcdef0123456789abcdef: they see it at once, if they are a friend of the bot (RM-SHOW-1)
      to remove what this deploy made: flexkit richmenu delete richmenu-1
      "
    `);
  });

  it("refuses, before anything is sent, a set whose menu to show has no image", async () => {
    const api = await line();
    const { file } = writeTabSet({ images: { "tab-b": "./b.jpg" } });
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "showing tab-a, the first of 2 menus (--entry chooses another)
      error tab-a.image: missing; the menu to show needs its image before it is linked to a user (LINE answers 400) [RM-SHOW-2]
      error nothing was deployed: fix the issues above first
      "
    `);
    expect(api.requests).toEqual([]);
  });
});

describe("flexkit richmenu deploy of a rich menu file written as JSX", () => {
  /** TABS as JSX: each menu one area, switching to the other; pictures beside the file. */
  function writeJsxTabSet(chatBarText = "Menu"): { dir: string; file: string } {
    const { dir } = writeTabSet();
    const file = join(dir, "tabs.flex.tsx");
    const tab = (name: string, other: string) =>
      `<RichMenu size={{ width: ${WIDTH}, height: ${HEIGHT} }} selected name="${name}" chatBarText="${chatBarText}">\n    <Row>\n      <Area action={richMenuSwitch("${other}", "tab=${other}")} />\n    </Row>\n  </RichMenu>`;
    writeFileSync(
      file,
      [
        'import { richMenuSwitch } from "@flexkit/flex-jsx";',
        'import { Area, RichMenu, Row } from "@flexkit/flex-jsx/rich-menu";',
        "export const richMenus = {",
        `  "tab-a": ${tab("Tab A", "tab-b")},`,
        `  "tab-b": ${tab("Tab B", "tab-a")},`,
        "};",
        'export const images = { "tab-a": "./a.png", "tab-b": "./b.jpg" };',
        "",
      ].join("\n"),
    );
    return { dir, file };
  }

  it("deploys the same requests as the JSON tab set, images read from the file's folder", async () => {
    const api = await line();
    const data = await line();
    const { file } = writeJsxTabSet();
    const result = await richmenu(["deploy", file, "--to", USER, "--data-api-base", data.url], {
      LINE_API_BASE: api.url,
    });
    expect(result.code).toBe(0);
    const bodies = api.requests
      .filter((request) => request.method === "POST" && request.body !== "")
      .map((request) => JSON.parse(request.body));
    expect(bodies.slice(0, 2)).toEqual([TABS["tab-a"], TABS["tab-b"]]);
    expect(calls(data.requests)).toEqual([
      "POST /v2/bot/richmenu/richmenu-1/content (image/png)",
      "POST /v2/bot/richmenu/richmenu-2/content (image/jpeg)",
    ]);
  });

  it("refuses a menu with an error, naming its JSX line, before anything is sent", async () => {
    const api = await line();
    const { dir, file } = writeJsxTabSet("A chat bar text far too long");
    const result = await richmenu(["deploy", file, "--to", USER], { LINE_API_BASE: api.url }, [
      dir,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "showing tab-a, the first of 2 menus (--entry chooses another)
      error tab-a.chatBarText: expected at most 14 characters (UTF-16 code units), got 28 [RM-1] (tabs.flex.tsx:4:12)
      error tab-b.chatBarText: expected at most 14 characters (UTF-16 code units), got 28 [RM-1] (tabs.flex.tsx:9:12)
      error nothing was deployed: fix the issues above first
      "
    `);
    expect(api.requests).toEqual([]);
  });
});

describe("flexkit richmenu list, delete, unlink", () => {
  const listed = {
    richmenus: [
      { richMenuId: "richmenu-1", name: "Tab A", size: { width: 800, height: 270 } },
      { richMenuId: "richmenu-2", name: "Tab B", size: { width: 800, height: 270 } },
      { richMenuId: "richmenu-9", name: "Production", size: { width: 2500, height: 1686 } },
    ],
  };
  const channel = () =>
    fakeRichMenuLine((request) =>
      request.path === "/v2/bot/richmenu/list"
        ? { status: 200, body: listed }
        : request.path === "/v2/bot/richmenu/alias/list"
          ? {
              status: 200,
              body: { aliases: [{ richMenuAliasId: "tab-a", richMenuId: "richmenu-1" }] },
            }
          : undefined,
    );

  it("lists the channel's menus with their sizes and aliases", async () => {
    const api = await line(channel());
    const result = await richmenu(["list"], { LINE_API_BASE: api.url });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "richmenu-1 "Tab A" 800×270 alias tab-a
      richmenu-2 "Tab B" 800×270
      richmenu-9 "Production" 2500×1686
      "
    `);
    expect(result.stderr).toMatchInlineSnapshot(`
      "3 rich menus on the channel (at most 1000: RM-LIM-1)
      "
    `);
  });

  it("deletes menus by ID, and by the start of their names, printing each", async () => {
    const api = await line(channel());
    const byId = await richmenu(["delete", "richmenu-7", "richmenu-8"], { LINE_API_BASE: api.url });
    expect(byId.code).toBe(0);
    expect(byId.stdout).toMatchInlineSnapshot(`
      "deleted richmenu-7
      deleted richmenu-8
      "
    `);
    const byName = await richmenu(["delete", "--name", "Tab "], { LINE_API_BASE: api.url });
    expect(byName.code).toBe(0);
    expect(byName.stdout).toMatchInlineSnapshot(`
      "deleted richmenu-1 "Tab A"
      deleted richmenu-2 "Tab B"
      "
    `);
    expect(calls(api.requests)).toMatchInlineSnapshot(`
      [
        "DELETE /v2/bot/richmenu/richmenu-7",
        "DELETE /v2/bot/richmenu/richmenu-8",
        "GET /v2/bot/richmenu/list",
        "GET /v2/bot/richmenu/alias/list",
        "DELETE /v2/bot/richmenu/richmenu-1",
        "DELETE /v2/bot/richmenu/richmenu-2",
      ]
    `);
  });

  it("unlinks the user's menu", async () => {
    const api = await line(channel());
    const result = await richmenu(["unlink", "--to", USER], { LINE_API_BASE: api.url });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "unlinked U0123456789abcdef0123456789abcdef's rich menu: they see the default menu again, if there is one
      "
    `);
    expect(calls(api.requests)).toEqual([`DELETE /v2/bot/user/${USER}/richmenu`]);
  });

  it("says LINE's answer when a delete is refused, and goes on with the others", async () => {
    const api = await line(
      fakeRichMenuLine((request) =>
        request.path === "/v2/bot/richmenu/richmenu-7"
          ? { status: 404, body: { message: "Not found" } }
          : undefined,
      ),
    );
    const result = await richmenu(["delete", "richmenu-7", "richmenu-8"], {
      LINE_API_BASE: api.url,
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("deleted richmenu-8\n");
    expect(result.stderr).toMatchInlineSnapshot(`
      "error LINE rejected the delete of richmenu-7 (HTTP 404, x-line-request-id req-1): Not found
      "
    `);
  });
});
