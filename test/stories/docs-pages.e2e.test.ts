import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeBlocks } from "../../stories/support/readme.js";
import { repoRoot } from "../helpers.js";
import { launchChromium } from "../simulator/support/browser-session.js";

/**
 * Storybook's docs pages, as a reader opens them: the built Storybook (`npm test` builds it before
 * Vitest runs) served on 127.0.0.1 and read in Chromium.
 */
const built = join(repoRoot, "storybook-static");
let server: PreviewServer;
let base: string;
let browser: Browser;

/** The newest modification time of the files below `dir` (what the built Storybook is made of). */
function newest(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      if (entry.name === "node_modules" || entry.name === "dist") return 0;
      return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
    }),
  );
}

beforeAll(async () => {
  const index = join(built, "index.json");
  if (!existsSync(index))
    throw new Error("no built Storybook in storybook-static: run `npm run build-storybook` first");
  // A build older than its sources shows what they said then: one clear line, not a failure per page.
  const sources = ["stories", ".storybook", "packages/validators/src"].map((dir) =>
    newest(join(repoRoot, dir)),
  );
  if (Math.max(...sources) > statSync(index).mtimeMs)
    throw new Error(
      "storybook-static is older than the stories or the property docs: run `npm run build-storybook` (npm test does)",
    );
  server = await preview({
    configFile: false,
    root: repoRoot,
    logLevel: "silent",
    build: { outDir: built },
    preview: { host: "127.0.0.1", port: 0, strictPort: false },
  });
  base = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function docsPage(id: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=docs`);
  await page.locator(".sbdocs-content").waitFor();
  return page;
}

describe("Storybook's docs pages", () => {
  it("open with the README's JSX and the JSON it renders to", async () => {
    const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
    const [jsx, json] = codeBlocks(readme, ["tsx", "json"]) as [string, string];
    const page = await docsPage("introduction--docs");
    // The code blocks come when the syntax highlighter has loaded.
    await page.locator(".sbdocs-content pre").nth(1).waitFor();
    const shown = await page.locator(".sbdocs-content pre").allInnerTexts();
    expect(shown.map((text) => text.trim())).toEqual([jsx.trim(), json.trim()]);
    await page.close();
  });

  /** The Flex component stories, by their story files' names (stories/flex/text.stories.tsx). */
  const flexComponents = readdirSync(join(repoRoot, "stories", "flex"))
    .filter((name) => name.endsWith(".stories.tsx"))
    .map((name) => name.replace(".stories.tsx", ""));

  it.each(flexComponents)(
    "show a description for every prop in the Controls of Flex/%s",
    async (component) => {
      const page = await docsPage(`flex-${component}--docs`);
      const rows = page.locator(".docblock-argstable-body > tr");
      await rows.first().waitFor();
      const table = await rows.evaluateAll((trs) =>
        trs.map((tr) => {
          const cells = [...tr.querySelectorAll(":scope > td")] as HTMLElement[];
          return {
            name: cells[0]?.innerText.trim() ?? "",
            // The description cell holds the description (when there is one), then the type's
            // summary: without a description the type is its only child.
            description:
              (cells[1]?.children.length ?? 0) > 1
                ? (cells[1]?.firstElementChild?.textContent?.trim() ?? "")
                : "",
            defaultValue: cells[2]?.innerText.trim() ?? "",
          };
        }),
      );
      expect(table.length).toBeGreaterThan(0);
      expect(table.filter((row) => row.description === "").map((row) => row.name)).toEqual([]);
      if (component === "text") {
        expect(table.find((row) => row.name.startsWith("size"))?.defaultValue).toContain("md");
      }
      await page.close();
    },
  );
});
