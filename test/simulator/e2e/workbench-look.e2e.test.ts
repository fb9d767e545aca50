import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SPLITTER_STEP } from "../../../packages/simulator/src/app/ui/splitter.js";
import { flexMessage, vbox } from "../../helpers.js";
import {
  editorText,
  messageHash,
  replaceEditorText,
  useWorkbench,
} from "../support/workbench-page.js";

/** The workbench's layout, themes and editors, in real Chromium at a laptop's and a desktop's width. */
const workbench = useWorkbench();

const COLUMNS = ["[data-chat-pane]", "[data-editor-pane]", "[data-side-pane]"] as const;

async function boxOf(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (box === null) throw new Error(`${selector} is not shown`);
  return box;
}

const pageOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe("workbench layout", () => {
  for (const width of [1024, 1280]) {
    it(`shows the chat, the editor and the side panels side by side at ${width} px, with no sideways scroll`, async () => {
      const { page, context, errors } = await workbench.open("", width);
      expect(await pageOverflow(page)).toBe(0);
      const [chat, editor, side] = await Promise.all(COLUMNS.map((column) => boxOf(page, column)));
      expect(chat!.x + chat!.width).toBeLessThanOrEqual(editor!.x);
      expect(editor!.x + editor!.width).toBeLessThanOrEqual(side!.x);
      expect(side!.x + side!.width).toBeLessThanOrEqual(width);
      for (const box of [chat!, editor!, side!]) expect(box.width).toBeGreaterThanOrEqual(200);
      expect(editor!.width).toBeGreaterThanOrEqual(300);
      // The toolbar's controls stay inside the editor column.
      const share = await boxOf(page, '[data-action="share"]');
      expect(share.x + share.width).toBeLessThanOrEqual(editor!.x + editor!.width);
      // The copy and download buttons under them stand on one line, each label on one line.
      const copies = page.locator("[data-copy-actions] button");
      const tops = new Set<number>();
      for (const button of await copies.all()) {
        const box = await button.boundingBox();
        expect(box!.height).toBeLessThanOrEqual(share.height);
        tops.add(Math.round(box!.y));
      }
      expect(tops.size).toBe(1);
      expect((await boxOf(page, "[data-copy-actions]")).height).toBeLessThanOrEqual(share.height);
      // From 1280 px the row above them (views, Undo/Redo, New, Gallery) is one line as well.
      if (width >= 1280) {
        const middles = new Set<number>();
        for (const control of await page.locator("[data-toolbar] > *").all()) {
          const box = await control.boundingBox();
          if (box !== null) middles.add(Math.round(box.y + box.height / 2));
        }
        expect(middles.size).toBe(1);
      }
      expect(await page.locator("[data-issues-pane]").isVisible()).toBe(true);
      expect(await page.locator("[data-events-panel]").isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("resizes the chat by dragging its handle and the side panels by keyboard", async () => {
    const { page, context } = await workbench.open("", 1280);
    const handle = page.locator('[role="separator"][data-splitter="chat"]');
    const before = (await boxOf(page, "[data-chat-pane]")).width;
    const grip = await handle.boundingBox();
    await page.mouse.move(grip!.x + grip!.width / 2, grip!.y + grip!.height / 2);
    await page.mouse.down();
    await page.mouse.move(grip!.x + grip!.width / 2 + 60, grip!.y + grip!.height / 2, {
      steps: 5,
    });
    await page.mouse.up();
    const after = (await boxOf(page, "[data-chat-pane]")).width;
    expect(after - before).toBeCloseTo(60, -1);
    expect(Number(await handle.getAttribute("aria-valuenow"))).toBe(Math.round(after));

    const sideHandle = page.locator('[role="separator"][data-splitter="side"]');
    const sideBefore = (await boxOf(page, "[data-side-pane]")).width;
    const valueBefore = Number(await sideHandle.getAttribute("aria-valuenow"));
    await sideHandle.focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    expect(Number(await sideHandle.getAttribute("aria-valuenow"))).toBe(
      valueBefore + 2 * SPLITTER_STEP,
    );
    expect((await boxOf(page, "[data-side-pane]")).width - sideBefore).toBeCloseTo(
      2 * SPLITTER_STEP,
      0,
    );
    expect(await pageOverflow(page)).toBe(0);

    // Both widths are remembered in this browser.
    const chatValue = await handle.getAttribute("aria-valuenow");
    const sideValue = await sideHandle.getAttribute("aria-valuenow");
    const widths = await Promise.all(
      COLUMNS.map(async (column) => (await boxOf(page, column)).width),
    );
    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor();
    expect(await handle.getAttribute("aria-valuenow")).toBe(chatValue);
    expect(await sideHandle.getAttribute("aria-valuenow")).toBe(sideValue);
    expect(
      await Promise.all(COLUMNS.map(async (column) => (await boxOf(page, column)).width)),
    ).toEqual(widths);
    await context.close();
  });

  it("folds a side panel, and the whole side column to give the editor its room", async () => {
    const { page, context } = await workbench.open("", 1024);
    const toggle = page.locator("[data-issues-pane] [data-panel-toggle]");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    expect(await page.locator("[data-issues-pane] .fk-panel-body").isVisible()).toBe(false);

    const editorBefore = (await boxOf(page, "[data-editor-pane]")).width;
    await page.locator('[data-action="collapse-side"]').click();
    expect(await page.locator("[data-events-panel]").isVisible()).toBe(false);
    const editorAfter = (await boxOf(page, "[data-editor-pane]")).width;
    expect(editorAfter).toBeGreaterThan(editorBefore + 150);
    // The folded side column is remembered too.
    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor();
    expect(await page.locator('[data-action="collapse-side"]').getAttribute("aria-expanded")).toBe(
      "false",
    );
    expect((await boxOf(page, "[data-editor-pane]")).width).toBe(editorAfter);
    await page.locator('[data-action="collapse-side"]').click();
    expect(await page.locator("[data-events-panel]").isVisible()).toBe(true);
    expect(await pageOverflow(page)).toBe(0);
    await context.close();
  });
});

describe("app theme", () => {
  it("switches the workbench to dark, keeps the chat's own theme, and is remembered after a reload", async () => {
    const { page, context } = await workbench.open("", 1280);
    await page.evaluate(() => localStorage.removeItem("flexkit.app-theme"));
    await page.locator('[data-control="app-theme"]').selectOption("light");
    const background = () =>
      page
        .locator("[data-editor-pane]")
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const light = await background();
    await page.locator('[data-control="app-theme"]').selectOption("dark");
    expect(await page.evaluate(() => document.documentElement.dataset.appTheme)).toBe("dark");
    const dark = await background();
    expect(dark).not.toBe(light);
    // LINE's chat theme is a setting of its own.
    expect(await page.locator('[data-control="theme"]').inputValue()).toBe("light");

    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor();
    expect(await page.locator('[data-control="app-theme"]').inputValue()).toBe("dark");
    expect(await background()).toBe(dark);
    await page.locator('[data-control="app-theme"]').selectOption("light");
    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor();
    expect(await background()).toBe(light);
    await context.close();
  });
});

describe("editors", () => {
  it("highlights JSON and TSX with CodeMirror's token classes", async () => {
    const { page, context } = await workbench.open("", 1280);
    const json = page.locator('[data-code-editor="json"]');
    await expect.poll(() => json.locator(".tok-propertyName").count()).toBeGreaterThan(0);
    expect(await json.locator(".tok-string").count()).toBeGreaterThan(0);
    const propertyColour = await json
      .locator(".tok-propertyName")
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    const stringColour = await json
      .locator(".tok-string")
      .first()
      .evaluate((element) => getComputedStyle(element).color);
    expect(propertyColour).not.toBe(stringColour);

    await page.locator('[data-tab="jsx"]').click();
    const jsx = page.locator('[data-code-editor="jsx"]');
    await expect.poll(() => jsx.locator(".tok-tagName").count()).toBeGreaterThan(0);
    expect(await jsx.locator(".tok-attributeName").count()).toBeGreaterThan(0);
    expect(await jsx.locator(".tok-keyword").count()).toBeGreaterThan(0);
    await context.close();
  });

  it("completes a property name and a keyword value in the JSON editor", async () => {
    const { page, context } = await workbench.open("", 1280);
    await replaceEditorText(
      page,
      "json",
      JSON.stringify(flexMessage(vbox({ type: "text", text: "Hi" })), null, 2),
    );
    // Put the cursor after "Hi" and start a new property.
    await page.locator('[data-code-editor="json"] .cm-line', { hasText: '"text": "Hi"' }).click();
    await page.keyboard.press("End");
    await page.keyboard.type(', "si');
    const list = page.locator(".cm-tooltip-autocomplete");
    await expect
      .poll(() => list.locator("li").allTextContents())
      .toContainEqual(expect.stringContaining("size"));
    // CodeMirror ignores Enter for its interactionDelay (75 ms) after the list opens.
    await page.waitForTimeout(200);
    await page.keyboard.press("Enter");
    await expect.poll(() => editorText(page, "json")).toMatch(/"text": "Hi", "size": $/m);
    await page.keyboard.type('"x');
    await expect
      .poll(() => list.locator("li").allTextContents())
      .toEqual(
        expect.arrayContaining([expect.stringContaining("xl"), expect.stringContaining("xxl")]),
      );
    await list.locator("li", { hasText: "xxl" }).click();
    await expect.poll(() => editorText(page, "json")).toMatch(/"text": "Hi", "size": "xxl"$/m);
    await context.close();
  });

  it("completes a component name in the JSX editor", async () => {
    const { page, context } = await workbench.open("", 1280);
    await page.locator('[data-tab="jsx"]').click();
    await page.locator('[data-code-editor="jsx"] .cm-content').click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.type("\n<Separ");
    const list = page.locator(".cm-tooltip-autocomplete");
    await expect
      .poll(() => list.locator("li").allTextContents())
      .toContainEqual(expect.stringContaining("Separator"));
    await context.close();
  });

  it("hovering an issue's marker shows its message and rule", async () => {
    const broken = flexMessage(vbox({ type: "text", text: "Too big", size: "huge" }));
    const { page, context } = await workbench.open(messageHash(broken), 1280);
    const marker = page.locator("[data-code-editor=json] .cm-lintRange-error");
    await expect.poll(() => marker.count()).toBe(1);
    await marker.hover();
    const tooltip = page.locator(".cm-tooltip-hover .cm-diagnostic");
    await expect.poll(() => tooltip.textContent()).toContain("[FLEX-VAL]");
    expect(await tooltip.textContent()).toContain('got "huge"');
    await context.close();
  });
});
