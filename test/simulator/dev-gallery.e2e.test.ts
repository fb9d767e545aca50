import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GALLERY } from "../../packages/simulator/src/samples/gallery/index.js";
import { repoRoot } from "../helpers.js";
import { launchChromium, type RunningProcess } from "./browser-session.js";
import { startFlexkitServer } from "./dev-process.js";

/** The gallery's own files through `flexkit dev`: each one is listed and drawn without an error. */
let server: RunningProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startFlexkitServer([
    "dev",
    join(repoRoot, "packages/simulator/src/samples/gallery"),
  ]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the gallery in flexkit dev", () => {
  it("lists every sample file and draws each one with no error card and no page error", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Images point at example.com, which tests never reach: block every request off this machine.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await page.goto(server.url);
    const files = page.locator("[data-dev-file]");
    // The first answer compiles every file: allow it a while (not a speed target).
    await expect.poll(() => files.count(), { timeout: 15_000 }).toBe(GALLERY.length);
    const drawn: string[] = [];
    for (const sample of GALLERY) {
      const file = `${sample.id}.flex.tsx`;
      const item = page.locator(`[data-dev-file="${file}"] [data-dev-export="default"]`);
      await item.click();
      await expect.poll(() => item.getAttribute("aria-current")).toBe("true");
      const chat = page.locator("[data-chat-scroll]");
      await expect.poll(() => chat.locator("[data-message-row]").count()).toBeGreaterThan(0);
      if ((await page.locator("[data-render-error], [data-dev-error]").count()) === 0)
        drawn.push(file);
    }
    expect(drawn).toEqual(GALLERY.map((sample) => `${sample.id}.flex.tsx`));
    expect(errors).toEqual([]);
  });
});
