import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GALLERY } from "../../../packages/simulator/src/samples/gallery/index.js";
import { repoRoot } from "../../helpers.js";
import {
  launchChromium,
  type RunningProcess,
  startFlexkitServer,
} from "../support/browser-session.js";

/**
 * The gallery's own files through `flexkit dev`: each design is listed under its name (its file's
 * name, the sample's id) with its one message, and drawn without an error.
 */
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

/** Compiling and drawing every file in Chromium took 24–28 s here under load: room above 30 s. */
const WHOLE_GALLERY = 120_000;

const fileNames = GALLERY.map((sample) => `${sample.id}.flex.tsx`);

/** A rich menu tab set is listed under its `richMenus` export; every other file by `default`. */
const exportOf = (file: string): string =>
  file === "rich-menu-tabs.flex.tsx" ? "richMenus" : "default";
const isRichMenu = (file: string): boolean => file.startsWith("rich-menu-");

describe("the gallery in flexkit dev", () => {
  it(
    "lists every design by its name, in name order, each with its one message (or rich menu set)",
    async () => {
      const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
      await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
      await page.goto(server.url);
      const nav = page.getByRole("navigation", { name: "Message files" });
      const groups = nav.locator("[data-dev-file]");
      // The first answer compiles every file: allow it a while (not a speed target).
      await expect.poll(() => groups.count(), { timeout: 60_000 }).toBe(GALLERY.length);
      // What a person reads in the sidebar: each group's heading, then its entries.
      const listed = await groups.evaluateAll((nodes) =>
        nodes.map((node) => ({
          name: (node.firstElementChild as HTMLElement).innerText.trim(),
          entries: [...node.querySelectorAll("button")].map((button) => button.innerText),
        })),
      );
      expect(listed).toEqual(
        [...fileNames].sort().map((name) => ({ name, entries: [exportOf(name)] })),
      );
      await page.close();
    },
    WHOLE_GALLERY,
  );

  it(
    "draws each design, picked by its name, with no error card and no page error",
    async () => {
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
      for (const file of fileNames) {
        const group = page
          .locator("[data-dev-file]")
          .filter({ has: page.getByText(file, { exact: true }) });
        const item = group.getByRole("button", { name: exportOf(file), exact: true });
        await item.click();
        await expect.poll(() => item.getAttribute("aria-current")).toBe("true");
        if (isRichMenu(file)) {
          // A rich menu is drawn under the chat, which has no message above it: its chat bar,
          // and the menu itself when it is `selected` (open).
          await expect.poll(() => page.locator("[data-rich-menu-view]").count()).toBe(1);
        } else {
          const chat = page.locator("[data-chat-scroll]");
          await expect.poll(() => chat.locator("[data-message-row]").count()).toBeGreaterThan(0);
        }
        if ((await page.locator("[data-render-error], [data-dev-error]").count()) === 0)
          drawn.push(file);
      }
      expect(drawn).toEqual(fileNames);
      expect(errors).toEqual([]);
    },
    WHOLE_GALLERY,
  );
});
