import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../../helpers.js";
import {
  bubbleText,
  editorText,
  heldMessage,
  jsxHash,
  linkRan,
  linkSource,
  messageHash,
  replaceEditorText,
  settleCompiles,
  typeAtEnd,
  useWorkbench,
} from "../support/workbench-page.js";

/** Edits made on a page opened from a link survive a reload; opening a link loses no draft. */
const workbench = useWorkbench();

const message = (text: string) => flexMessage(vbox({ type: "text", text }));
const hashOf = (page: import("playwright-core").Page) => page.evaluate(() => window.location.hash);

describe("workbench: edits on a page opened from a link", () => {
  it("#m=: the first edit takes the link out of the address, so a reload shows the edit", async () => {
    const { page, context, errors } = await workbench.open(messageHash(message("From the link")));
    await expect.poll(() => bubbleText(page, "From the link").count()).toBe(1);
    // Unedited, the page is the link's: a reload shows the link.
    await page.reload();
    await expect.poll(() => bubbleText(page, "From the link").count()).toBe(1);
    expect(await hashOf(page)).toMatch(/^#m=/);

    await replaceEditorText(page, "json", JSON.stringify(message("Edited after the link")));
    await expect.poll(() => bubbleText(page, "Edited after the link").count()).toBe(1);
    await expect.poll(() => hashOf(page)).toBe("");
    await page.reload();
    await expect.poll(() => bubbleText(page, "Edited after the link").count()).toBe(1);
    expect(await heldMessage(page)).toEqual(message("Edited after the link"));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opening a link and looking at it (tabs, no edit) keeps the last draft", async () => {
    const { page, context } = await workbench.open();
    await replaceEditorText(page, "json", JSON.stringify(message("My draft")));
    await expect.poll(() => bubbleText(page, "My draft").count()).toBe(1);
    await page.goto(`${workbench.url()}${messageHash(message("Someone's link"))}`);
    await expect.poll(() => bubbleText(page, "Someone's link").count()).toBe(1);
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("Someone's link");
    await page.locator('[data-tab="json"]').click();
    await expect
      .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
      .toBe("true");
    await page.goto(workbench.url());
    await expect.poll(() => bubbleText(page, "My draft").count()).toBe(1);
    expect(await page.locator('[data-tab="json"]').getAttribute("aria-pressed")).toBe("true");
    await context.close();
  });

  it("#jsx=: an edit of the link's code survives a reload, still behind the gate", async () => {
    const source = linkSource();
    const { page, context } = await workbench.open(jsxHash(source));
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    await typeAtEnd(page, "jsx", "\n// my note\n");
    await expect.poll(() => hashOf(page)).toBe("");
    await page.reload();
    await page.locator('[data-code-editor="jsx"] .cm-content').waitFor({ state: "attached" });
    await expect.poll(() => editorText(page, "jsx")).toBe(`${source}\n// my note\n`);
    expect(await page.locator("[data-run-gate]").isVisible()).toBe(true);
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    await context.close();
  });
});
