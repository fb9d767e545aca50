import { compressToEncodedURIComponent } from "lz-string";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";
import { launchChromium, type RunningProcess, startSimulatorProcess } from "./browser-session.js";

/**
 * The running simulator's workbench (`npm start`) in real Chromium, for the e2e files named
 * `workbench-*.e2e.test.ts`. Call {@link useWorkbench} once at the top of a file.
 */
export interface WorkbenchSession {
  url: () => string;
  open: (hash?: string, width?: number) => Promise<Opened>;
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  errors: string[];
}

export function useWorkbench({
  development = false,
}: {
  /**
   * A `flexkit start` of the file's own (Vite's development server, each module its own URL), for
   * tests that hold a module's request; otherwise the run's shared `flexkit serve`.
   */
  development?: boolean;
} = {}): WorkbenchSession {
  // The run's shared simulator (global-simulator.ts): the workbench keeps its state in the page.
  const simulator = { url: development ? "" : inject("simulatorUrl") };
  let own: RunningProcess | undefined;
  let browser: Browser;
  beforeAll(async () => {
    if (development) {
      own = await startSimulatorProcess();
      simulator.url = own.url;
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await own?.stop();
  });
  return {
    url: () => simulator.url,
    async open(hash = "", width = 1400) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.grantPermissions(["clipboard-read", "clipboard-write"], {
        origin: simulator.url.replace(/\/$/, ""),
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${simulator.url}${hash}`);
      await page.locator('[data-code-editor="json"] .cm-content').waitFor({ state: "attached" });
      return { page, context, errors };
    },
  };
}

export const messageHash = (payload: unknown) =>
  `#m=${compressToEncodedURIComponent(JSON.stringify(payload))}`;

export const jsxHash = (source: string) => `#jsx=${compressToEncodedURIComponent(source)}`;

/** Types over the whole text of an editor, as a person pasting would. */
export async function replaceEditorText(page: Page, editor: "json" | "jsx", text: string) {
  await page.locator(`[data-code-editor="${editor}"] .cm-content`).click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(text);
}

/** Types `text` at the end of an editor. */
export async function typeAtEnd(page: Page, editor: "json" | "jsx", text: string) {
  await page.locator(`[data-code-editor="${editor}"] .cm-content`).click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText(text);
}

export const editorText = (page: Page, editor: "json" | "jsx") =>
  page.locator(`[data-code-editor="${editor}"] .cm-content`).evaluate((element) =>
    // CodeMirror draws each line as a .cm-line; join them back with newlines.
    [...element.querySelectorAll(".cm-line")].map((line) => line.textContent).join("\n"),
  );

/** The message the workbench holds, through its own "Copy pretty" button and the clipboard. */
export async function heldMessage(page: Page): Promise<unknown> {
  await page.locator('[data-action="copy-pretty"]').click();
  await expect.poll(() => page.locator("[data-notice]").textContent()).toContain("pretty JSON");
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate(() => navigator.clipboard.writeText(""));
  return JSON.parse(text);
}

export const bubbleText = (page: Page, text: string) =>
  page.locator('[data-chat] [data-flex="text"]', { hasText: text });

/**
 * `.flex.tsx` source that, when it runs, sets `globalThis.__linkRan` and draws `text`: what a
 * link could carry.
 */
export function linkSource(text = "The code ran"): string {
  return [
    'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
    "(globalThis as { __linkRan?: boolean }).__linkRan = true;",
    "export default (",
    '  <FlexMessage altText="ran"><Bubble><Body><Box layout="vertical">',
    `    <Text>${text}</Text>`,
    "  </Box></Body></Bubble></FlexMessage>",
    ");",
  ].join("\n");
}

export const linkRan = (page: Page) =>
  page.evaluate(() => (globalThis as { __linkRan?: boolean }).__linkRan);

/**
 * Waits until the page has no JSX compile due or running: the JSX pane is marked `aria-busy` from
 * the edit that makes a compile due until the newest compile has drawn or failed, or was
 * cancelled. A compile that must not happen (a link's code) is never marked, so this returns at
 * once there; one that wrongly starts keeps the mark until it has drawn, and the test sees it.
 */
export async function settleCompiles(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator('[data-jsx-pane][aria-busy="true"]').count(), { timeout: 30_000 })
    .toBe(0);
}
