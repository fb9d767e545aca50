import { compressToEncodedURIComponent } from "lz-string";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calls, fakeRichMenuLine, JPEG, png, TABS, USER } from "../push/rich-menu-fixtures.js";
import {
  launchChromium,
  type RunningProcess,
  startServeProcess,
} from "../support/browser-session.js";
import { type FaultServer, startFaultServer } from "../support/fault-server.js";

/**
 * The Send panel deploys the rich menu on screen: the real `flexkit serve` in front of a fake
 * LINE (standing in for both hosts, as LINE_API_BASE alone makes it), driven through Chromium.
 * The pictures are chosen in the panel as files; the token stays on the server.
 */
/** Random after its prefix: no 8 characters in common with a rich menu ID (they would be hidden). */
const TOKEN = "e2e-rm-channel-token-Vb8qZ2mL5xR9tK3wH7yN1cF4jD6sGpQ";

let browser: Browser;
let line: FaultServer;
let simulator: RunningProcess;
beforeAll(async () => {
  browser = await launchChromium();
  line = await startFaultServer(fakeRichMenuLine());
  simulator = await startServeProcess({
    LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
    LINE_API_BASE: line.url,
    LINE_TEST_TO: USER,
  });
});
afterAll(async () => {
  await browser?.close();
  await simulator?.stop();
  await line?.close();
});

async function openTabSet(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 430, height: 900 } });
  const payload = { richMenus: TABS };
  await page.goto(`${simulator.url}#m=${compressToEncodedURIComponent(JSON.stringify(payload))}`);
  await page.locator("[data-send-open]").click();
  await expect
    .poll(() => page.locator("[data-send-status]").textContent())
    .toContain("API http://127.0.0.1");
  return page;
}

describe("Send panel: deploy a rich menu", () => {
  it("deploys the tab set on screen with the pictures chosen in the panel, linked to the recipient", async () => {
    const page = await openTabSet();
    // Without pictures the menu to show can't be linked: the panel says so before anything.
    expect(await page.locator("[data-send-rich-menu-note]").textContent()).toContain("RM-SHOW-2");
    await page
      .locator('[data-send-rich-menu-image="tab-a"]')
      .setInputFiles({ name: "a.png", mimeType: "image/png", buffer: Buffer.from(png()) });
    await page
      .locator('[data-send-rich-menu-image="tab-b"]')
      .setInputFiles({ name: "b.jpg", mimeType: "image/jpeg", buffer: Buffer.from(JPEG) });
    await expect
      .poll(() => page.locator('[data-send-rich-menu-image-state="tab-b"]').textContent())
      .toMatch(/^b\.jpg \(\d+ KB\)$/);
    expect(await page.locator("[data-send-rich-menu-note]").count()).toBe(0);
    const submit = page.locator("[data-send-submit]");
    expect(await submit.textContent()).toBe("Deploy rich menu");
    await submit.click();
    const result = page.locator('[data-send-result="ok"]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toMatchInlineSnapshot(`
      "deployed 2 rich menus
        tab-a richmenu-1: image uploaded, alias tab-a created
        tab-b richmenu-2: image uploaded, alias tab-b created
        tab-a (richmenu-1) is linked to U0123456789abcdef0123456789abcdef: they see it at once, if they are a friend of the bot (RM-SHOW-1)
      to remove what this deploy made: flexkit richmenu delete richmenu-1 richmenu-2"
    `);
    expect(calls(line.requests)).toMatchInlineSnapshot(`
      [
        "GET /v2/bot/richmenu/list",
        "GET /v2/bot/richmenu/alias/list",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu/validate",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/richmenu-1/content (image/png)",
        "POST /v2/bot/richmenu",
        "POST /v2/bot/richmenu/richmenu-2/content (image/jpeg)",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/richmenu/alias",
        "POST /v2/bot/user/U0123456789abcdef0123456789abcdef/richmenu/richmenu-1",
      ]
    `);
    // The files' bytes as chosen, each with the Content-Type its first bytes say.
    expect(
      line.requests.filter((request) => request.path.endsWith("/content")).map((r) => r.body),
    ).toEqual([Buffer.from(png()).toString("utf8"), Buffer.from(JPEG).toString("utf8")]);
    for (const request of line.requests)
      expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`);
    const seen = [await page.content(), simulator.output()].join("\n");
    expect(seen).not.toContain(TOKEN);
    await page.close();
  });

  it("a dry run asks LINE to validate each menu, without pictures, and creates nothing", async () => {
    const page = await openTabSet();
    const before = line.requests.length;
    await page.locator("[data-send-dry-run]").check();
    await page.locator("[data-send-submit]").click();
    const result = page.locator('[data-send-result="ok"]');
    await expect.poll(() => result.count()).toBe(1);
    expect((await result.textContent())?.replace(/req-\d+/g, "req-N")).toMatchInlineSnapshot(`
      "valid: LINE accepts rich menu tab-a; nothing was created (dry run) (x-line-request-id req-N)
      valid: LINE accepts rich menu tab-b; nothing was created (dry run) (x-line-request-id req-N)
      warning tab-a.image: missing; the menu to show needs its image before it is linked to a user (LINE answers 400) [RM-SHOW-2]
      warning tab-b.image: missing; the menu is created and aliased, but can't be shown until it has an image [RM-SHOW-2]"
    `);
    expect(calls(line.requests.slice(before))).toEqual([
      "POST /v2/bot/richmenu/validate",
      "POST /v2/bot/richmenu/validate",
    ]);
    await page.close();
  });
});
