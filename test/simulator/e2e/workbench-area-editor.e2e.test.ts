import { describe, expect, it } from "vitest";
import { heldMessage, messageHash, useWorkbench } from "../support/workbench-page.js";

/**
 * The area editor on the workbench's Tree tab: an area drawn over an imagemap with the mouse is
 * one edit of the one message (the JSON the page holds), undone by the toolbar's Undo like any
 * other edit, and selecting it selects its action in the tree.
 */
const workbench = useWorkbench();

const IMAGEMAP = {
  type: "imagemap",
  baseUrl: "https://example.com/imagemap",
  altText: "Shop",
  baseSize: { width: 1040, height: 1040 },
  actions: [{ type: "message", text: "Top left", area: { x: 0, y: 0, width: 520, height: 520 } }],
};

interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}
const areasOf = (message: unknown) =>
  (message as { actions: Array<{ area: Area }> }).actions.map((action) => action.area);

describe("workbench: the area editor on the Tree tab", () => {
  it("draws an area by dragging as one undoable edit, in whole baseSize units", async () => {
    const { page, context, errors } = await workbench.open(messageHash(IMAGEMAP));
    await page.locator('[data-tab="tree"]').click();
    const canvas = page.locator("[data-area-canvas]");
    const box = (await canvas.boundingBox())!;
    // From 60 % to 90 % of the picture, in the part no area covers.
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.9, { steps: 8 });
    await page.mouse.up();

    await expect.poll(async () => areasOf(await heldMessage(page)).length).toBe(2);
    const drawn = areasOf(await heldMessage(page))[1]!;
    for (const value of Object.values(drawn)) expect(Number.isInteger(value)).toBe(true);
    // The drag's ends, in baseSize units, give or take the snap to the first area's edges.
    expect(drawn.x).toBeGreaterThanOrEqual(520);
    expect(Math.abs(drawn.x - 624)).toBeLessThanOrEqual(104);
    expect(Math.abs(drawn.x + drawn.width - 936)).toBeLessThanOrEqual(20);
    expect(Math.abs(drawn.y + drawn.height - 936)).toBeLessThanOrEqual(20);
    // The new area is selected: its action is the tree's selection.
    await expect
      .poll(() =>
        page.locator('[role="treeitem"][aria-selected="true"]').getAttribute("aria-label"),
      )
      .toMatch(/^area/);

    await page.locator('[data-action="undo"]').click();
    await expect
      .poll(async () => areasOf(await heldMessage(page)))
      .toEqual([IMAGEMAP.actions[0]!.area]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
