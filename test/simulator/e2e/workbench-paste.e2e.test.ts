import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { vbox } from "../../helpers.js";
import { useWorkbench } from "../support/workbench-page.js";

/**
 * Pasting into the workbench of the running simulator (`npm start`), in real Chromium, through
 * the system clipboard and the editor's own paste handling.
 */
const workbench = useWorkbench();

/** Replaces the JSON editor's text with `text` by a real paste (Ctrl/Cmd+V). */
async function pasteJson(page: Page, text: string) {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('[data-code-editor="json"] .cm-content').click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("ControlOrMeta+V");
}

describe("workbench: pasted JSON", () => {
  it("a bare bubble is read as a Flex container: drawn, and checked as a bubble", async () => {
    const { page, context, errors } = await workbench.open();

    const bubble = {
      type: "bubble",
      body: vbox(
        { type: "text", text: "Bare bubble" },
        { type: "text", text: "Too big", size: "huge" },
      ),
    };
    await pasteJson(page, JSON.stringify(bubble, null, 2));

    const drawn = page.locator('[data-chat] [data-flex="bubble"]');
    await expect.poll(() => drawn.getByText("Bare bubble").count()).toBe(1);
    expect(await page.locator("[data-chat] [data-message-row]").count()).toBe(1);
    expect(await page.locator("[data-chat] [data-render-error]").count()).toBe(0);
    expect(await page.locator("[data-json-error]").count()).toBe(0);

    // Checked as a container: the one issue is the bad size, at the bubble's own path (read as a
    // message, it would be a message of unknown type "bubble" instead).
    const issues = page.locator("[data-issue]");
    await expect.poll(() => issues.count()).toBe(1);
    expect(await issues.first().getAttribute("data-property")).toBe("body.contents[1].size");
    // The issue leads to the drawn component in the bare bubble.
    await issues.first().locator("button").click();
    await expect.poll(() => page.locator("[data-issue-outline]").textContent()).toBe("Too big");
    expect(errors).toEqual([]);
    await context.close();
  });
});
