import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { codeBlocks } from "../../../stories/support/readme.js";
import { repoRoot } from "../../helpers.js";
import { heldMessage, useWorkbench } from "../support/workbench-page.js";

/**
 * Issue 20's "done when": the README's "Order shipped" message built from New → Bubble with the
 * Tree tab alone (the tree selects, the inspector sets properties), never typing into the JSON
 * or JSX editors, gives exactly the README's JSON.
 */
const workbench = useWorkbench();

const [readmeJson] = codeBlocks(readFileSync(join(repoRoot, "README.md"), "utf8"), ["json"]);

const item = (page: Page, name: string) => page.getByRole("treeitem", { name, exact: true });
/** An inspector control by the LINE property it edits. */
const field = (page: Page, role: "textbox" | "combobox" | "switch", name: string) =>
  page.locator("[data-inspector-slot]").getByRole(role, { name, exact: true });

describe("workbench: building a message with the tree and the inspector", () => {
  it("builds the README's Order shipped message from New → Bubble", async () => {
    const { page, context, errors } = await workbench.open();
    await page.locator('[data-action="new"]').selectOption("bubble");
    await page.locator('[data-tab="tree"]').click();

    await item(page, 'flex message "New bubble"').click();
    await field(page, "textbox", "altText").fill("Order shipped");
    await item(page, "bubble").click();
    await field(page, "combobox", "size").selectOption("kilo");
    await item(page, "box (body) vertical").click();
    await field(page, "combobox", "spacing").selectOption("md");
    await item(page, 'text "Title"').click();
    await field(page, "textbox", "text").fill("Order shipped");
    await item(page, 'text "Write your message here."').click();
    await field(page, "textbox", "text").fill("It arrives on Friday.");
    await field(page, "textbox", "color").fill("#666666");

    await expect.poll(() => heldMessage(page)).toEqual(JSON.parse(readmeJson!));
    expect(errors).toEqual([]);
    await context.close();
  });
});
