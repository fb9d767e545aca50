import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  bubbleText,
  editorText,
  jsxHash,
  linkRan,
  linkSource,
  messageHash,
  settleCompiles,
  typeAtEnd,
  useWorkbench,
} from "../support/workbench-page.js";

/**
 * A tab switch converts in its own time: JSON → JSX waits for the toJsx module, JSX → JSON for
 * Babel. Whatever the person opens meanwhile (a `#jsx=` or `#m=` link, New, the Gallery) wins:
 * the switch's late result is dropped, not written over it.
 */
// Its tests hold the request of one module (to-jsx, Babel) by its own URL: Vite's development
// server serves each module at one.
const workbench = useWorkbench({ development: true });

/**
 * Holds the page's request for the module whose URL matches `pattern` until release(), so that
 * what the page awaits is still pending while the test opens something else.
 */
async function holdModule(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested: string | undefined;
  await page.route(pattern, async (route) => {
    requested = route.request().url();
    await released;
    await route.continue();
  });
  return {
    requested: () => requested,
    /** Lets the module load, and returns once it has run and the page has drawn what followed. */
    async release() {
      release();
      // The page's own import of the same URL settles after the held one, which it shares; a
      // string, so that Vitest leaves the page's dynamic import alone.
      await page.evaluate(`import(${JSON.stringify(requested)}).then(() => undefined)`);
      await page.evaluate(
        () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
      );
    },
  };
}

const pressed = (page: Page, tab: "json" | "jsx") =>
  page.locator(`[data-tab="${tab}"]`).getAttribute("aria-pressed");

/**
 * A page on the JSX tab with the person's own edit, whose switch back to JSON waits for Babel
 * (held until `babel.release()`), as does the edit's own compile.
 */
async function switchingBackWhileBabelLoads() {
  const opened = await workbench.open();
  const { page } = opened;
  // Held before the JSX tab opens: the converted text is compiled after the typing pause too,
  // and on a slow machine that compile could load Babel before a later hold was in place.
  const babel = await holdModule(page, /babel\.min\.js/);
  await page.locator('[data-tab="jsx"]').click();
  await expect.poll(() => editorText(page, "jsx")).toContain("FlexMessage");
  await typeAtEnd(page, "jsx", "\n// mine\n");
  await page.locator('[data-tab="json"]').click();
  await expect.poll(() => babel.requested()).toBeDefined();
  return { ...opened, babel };
}

describe("workbench: a later open wins over a tab switch still converting", () => {
  it("a #jsx= link opened while the JSX tab waits for toJsx keeps its code, behind the gate", async () => {
    const { page, context, errors } = await workbench.open();
    const toJsx = await holdModule(page, /\/flex-jsx\/src\/to-jsx\.ts/);
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => toJsx.requested()).toBeDefined();

    const source = linkSource("From the link");
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, jsxHash(source));
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    await toJsx.release();

    expect(await editorText(page, "jsx")).toBe(source);
    expect(await pressed(page, "jsx")).toBe("true");
    expect(await page.locator("[data-run-gate]").isVisible()).toBe(true);
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    // Run code runs the link's code, as on any page opened from it.
    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "From the link").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("New and a #m= link opened while the JSX tab waits for toJsx stay on the JSON tab", async () => {
    for (const open of [
      (page: Page) => page.locator('[data-action="new"]').selectOption("bubble"),
      (page: Page) =>
        page.evaluate((hash) => {
          window.location.hash = hash;
        }, messageHash(opened)),
    ]) {
      const { page, context, errors } = await workbench.open();
      const toJsx = await holdModule(page, /\/flex-jsx\/src\/to-jsx\.ts/);
      await page.locator('[data-tab="jsx"]').click();
      await expect.poll(() => toJsx.requested()).toBeDefined();
      await open(page);
      await expect.poll(() => editorText(page, "json")).toMatch(/Write your message here\.|Opened/);
      const json = await editorText(page, "json");
      await toJsx.release();

      expect(await pressed(page, "json")).toBe("true");
      expect(await editorText(page, "json")).toBe(json);
      expect(await editorText(page, "jsx")).toBe("");
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it("a #jsx= link opened while the JSON tab waits for Babel says nothing about the JSX", async () => {
    const { page, context, errors, babel } = await switchingBackWhileBabelLoads();

    const source = linkSource("From the link");
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, jsxHash(source));
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    await babel.release();
    await settleCompiles(page);

    expect(await pressed(page, "jsx")).toBe("true");
    expect(await editorText(page, "jsx")).toBe(source);
    expect(await page.locator("[data-notice]").count()).toBe(0);
    expect(await linkRan(page)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("typing in the JSX while the switch to JSON waits for Babel keeps the JSX tab, with no false notice", async () => {
    const { page, context, errors, babel } = await switchingBackWhileBabelLoads();
    // Still typing: this edit's compile overtakes the switch's, which then has nothing to show.
    await typeAtEnd(page, "jsx", "// second\n");
    await babel.release();
    await settleCompiles(page);

    expect(await page.locator("[data-notice]").count()).toBe(0);
    expect(await page.locator("[data-jsx-error]").count()).toBe(0);
    expect(await pressed(page, "jsx")).toBe("true");
    expect(await editorText(page, "jsx")).toContain("// second");
    expect(errors).toEqual([]);
    await context.close();
  });
});

const opened = {
  type: "flex",
  altText: "opened",
  contents: {
    type: "bubble",
    body: {
      type: "box",
      layout: "vertical",
      contents: [{ type: "text", text: "Opened" }],
    },
  },
};
