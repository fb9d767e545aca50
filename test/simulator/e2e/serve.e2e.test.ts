import { execFileSync, spawnSync } from "node:child_process";
import { get } from "node:http";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../helpers.js";
import {
  launchChromium,
  type RunningProcess,
  startFlexkitServer,
} from "../support/browser-session.js";
import { bin, testEnv } from "../support/run-cli.js";

function rawStatus(path: string): Promise<number | undefined> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on("error", reject);
  });
}

/**
 * `flexkit serve`: the app built with `vite build` (by the script `npm pack` runs, which reuses a
 * build of the same sources), served by node:http, in real Chromium.
 */
let server: RunningProcess;
let browser: Browser;

beforeAll(async () => {
  execFileSync(process.execPath, [join(repoRoot, "packages/simulator/scripts/build-app.mjs")], {
    stdio: "pipe",
  });
  server = await startFlexkitServer(["serve"]);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("flexkit serve", () => {
  it("serves the built page on 127.0.0.1, which draws the built-in sample", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await browser.newPage({ viewport: { width: 430, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    const bubble = page.locator('[data-flex="bubble"]');
    await expect.poll(() => bubble.count()).toBe(1);
    expect(await bubble.getByText("Welcome to flexkit").isVisible()).toBe(true);
    // Built, not served by Vite: no dev client in the page.
    expect(await page.locator('script[src="/@vite/client"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers the Send panel's /api routes with the same rules as the dev server", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const session = await page.locator('meta[name="flexkit-session"]').getAttribute("content");
    expect(session).toMatch(/^[\w-]{20,}$/);
    const status = await page.evaluate(async (key) => {
      const response = await fetch("/api/status", {
        method: "POST",
        headers: { "content-type": "application/json", "x-flexkit-session": key ?? "" },
        body: "{}",
      });
      return [response.status, await response.json()];
    }, session);
    expect(status).toEqual([
      200,
      {
        hasToken: false,
        tokenSource: null,
        maskedToken: null,
        apiBase: "https://api.line.me",
        defaultTo: "",
      },
    ]);
    const wrongKey = await fetch(new URL("/api/status", server.url), {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url.replace(/\/$/, "") },
      body: "{}",
    });
    expect(wrongKey.status).toBe(403);
    await page.close();
  });

  it("mounts the image proxy, which answers only the page's session key and whose default guard refuses this machine", async () => {
    const url = new URL(
      `/api/image?url=${encodeURIComponent("http://127.0.0.1:9/a.png")}`,
      server.url,
    );
    const withoutKey = await fetch(url);
    expect([withoutKey.status, await withoutKey.json()]).toEqual([
      403,
      { error: "refused: missing or wrong session key; reload the simulator page" },
    ]);
    const page = await (await fetch(server.url)).text();
    const session = /name="flexkit-session" content="([^"]+)"/.exec(page)?.[1] ?? "";
    const response = await fetch(url, { headers: { "x-flexkit-session": session } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchInlineSnapshot(`
      {
        "error": "url: refused: 127.0.0.1 is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
      }
    `);
  });

  it("answers 404 for a file that is not there, and never serves outside the app folder", async () => {
    expect((await fetch(new URL("/assets/nothing.js", server.url))).status).toBe(404);
    // fetch() would normalise the dots away; a raw request sends them as written.
    for (const path of [
      "/../../package.json",
      "/%2e%2e/%2e%2e/package.json",
      "/..%2f..%2fpackage.json",
    ])
      expect(await rawStatus(path)).toBe(404);
  });

  it("ends with one line and exit code 2 when its port is busy (here: taken by the one above)", () => {
    const { port } = new URL(server.url);
    const run = spawnSync(process.execPath, [bin, "serve"], {
      cwd: repoRoot,
      env: testEnv({ PORT: port }),
      encoding: "utf8",
      timeout: 15_000,
    });
    expect([run.status, run.stdout, run.stderr]).toEqual([
      2,
      "",
      `flexkit: port ${port} is already in use; choose another with PORT=<port> or --port <port> (0 picks a free one)\n`,
    ]);
  });
});
