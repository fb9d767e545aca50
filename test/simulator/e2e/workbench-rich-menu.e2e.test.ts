import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { GALLERY, renderSample } from "../../../packages/simulator/src/samples/gallery/index.js";
import { heldMessage, messageHash, useWorkbench } from "../support/workbench-page.js";

/**
 * A tab set written as JSX (the gallery's rich-menu-tabs.flex.tsx) switches tabs in the
 * simulator's chat (issue 19's "done when"): its richmenuswitch area shows the other alias's menu
 * and the bot's events list the postback with `params.newRichMenuAliasId` (RM-SWITCH-1).
 */
const workbench = useWorkbench();
const tabs = GALLERY.find((sample) => sample.id === "rich-menu-tabs")!;

const alias = (page: Page) =>
  page.locator("[data-chat] [data-rich-menu]").getAttribute("data-rich-menu-alias");

const postbacks = (page: Page) =>
  page
    .locator("[data-events-panel] [data-event-json]")
    .evaluateAll((nodes) =>
      nodes.map((node) => (JSON.parse(node.textContent ?? "") as { postback?: unknown }).postback),
    );

/** Taps the tab bar's second area (switch to tab-account) and checks the chat and the events. */
async function switchToAccount(page: Page): Promise<void> {
  await expect.poll(() => alias(page)).toBe("tab-shop");
  await page.locator("[data-chat] [data-rich-menu] [data-rich-menu-area='1']").click();
  await expect.poll(() => alias(page)).toBe("tab-account");
  await expect
    .poll(() => postbacks(page))
    .toEqual([
      { data: "tab=account", params: { newRichMenuAliasId: "tab-account", status: "SUCCESS" } },
    ]);
  // And back: the account tab's bar switches to the shop tab.
  await page.locator("[data-chat] [data-rich-menu] [data-rich-menu-area='0']").click();
  await expect.poll(() => alias(page)).toBe("tab-shop");
}

describe("workbench: a rich menu tab set written as JSX", () => {
  it("opens from the gallery as { richMenus } and its richmenuswitch area switches tabs", async () => {
    const { page, context, errors } = await workbench.open();
    await page.locator('[data-action="gallery"]').click();
    await page.locator("[data-gallery-search]").fill("tabs");
    const found = page.locator("[data-gallery] [data-sample]");
    await expect.poll(() => found.count()).toBe(1);
    await found.click();
    expect(await heldMessage(page)).toEqual(renderSample(tabs).message);
    await switchToAccount(page);
    expect(await page.locator("[data-issue]").allTextContents()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("JSON → JSX (<RichMenu>/<Area>) → edit → the chat draws the compiled set, which switches tabs", async () => {
    const { message } = renderSample(tabs);
    const { page, context, errors } = await workbench.open(messageHash(message));
    await page.locator('[data-tab="jsx"]').click();
    const jsx = page.locator('[data-code-editor="jsx"] .cm-content');
    await expect.poll(() => jsx.textContent()).toContain("@flexkit/flex-jsx/rich-menu");
    expect(await jsx.textContent()).toContain("<RichMenu");
    // An edit that changes nothing in the menus, so the JSX is compiled and rendered again.
    await jsx.click();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("\n// touched\n");
    await switchToAccount(page);
    await page.locator('[data-tab="json"]').click();
    await expect
      .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
      .toBe("true");
    expect(await heldMessage(page)).toEqual(message);
    expect(errors).toEqual([]);
    await context.close();
  });
});
