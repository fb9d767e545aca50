import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STARTERS } from "../../../packages/simulator/src/app/workbench/starters.js";
import { treeOf } from "../../../packages/simulator/src/app/workbench/visual/tree-model.js";
import { GALLERY, renderSample } from "../../../packages/simulator/src/samples/gallery/index.js";
import {
  editorText,
  heldMessage,
  messageHash,
  replaceEditorText,
  useWorkbench,
} from "../support/workbench-page.js";

/** The Tree tab of the running simulator's workbench, driven by keyboard and mouse in Chromium. */
const workbench = useWorkbench();

const text = (value: string) => ({ type: "text", text: value });
const ORDER = text("Order shipped");
const BASELINE = { type: "box", layout: "baseline", contents: [text("Arrives Friday")] };
const THANKS = text("Thank you");
const MESSAGE = {
  type: "flex",
  altText: "Order shipped",
  contents: {
    type: "bubble",
    body: { type: "box", layout: "vertical", contents: [ORDER, BASELINE, THANKS] },
  },
};

/** MESSAGE with its body's contents replaced. */
const withBody = (...contents: unknown[]) => ({
  ...MESSAGE,
  contents: { ...MESSAGE.contents, body: { ...MESSAGE.contents.body, contents } },
});

const pretty = (value: unknown) => JSON.stringify(value, null, 2);
const item = (page: Page, name: string) => page.getByRole("treeitem", { name, exact: true });
const selectedName = (page: Page) =>
  page.locator('[role="treeitem"][aria-selected="true"]').getAttribute("aria-label");
/** The JSON editor's text, as the JSON tab shows it. */
const jsonText = async (page: Page) => {
  await page.locator('[data-tab="json"]').click();
  const shown = await editorText(page, "json");
  await page.locator('[data-tab="tree"]').click();
  return shown;
};

describe("workbench: the Tree tab", () => {
  it("is an ARIA tree of the message, named by type, levels and selection as the JSON says", async () => {
    const { page, context, errors } = await workbench.open(messageHash(MESSAGE));
    await page.locator('[data-tab="tree"]').click();
    const tree = page.getByRole("tree", { name: "Component tree" });
    const names = await tree
      .getByRole("treeitem")
      .evaluateAll((items) =>
        items.map(
          (each) => `${each.getAttribute("aria-level")} ${each.getAttribute("aria-label")}`,
        ),
      );
    expect(names).toEqual([
      '1 flex message "Order shipped"',
      "2 bubble",
      "3 box (body) vertical",
      '4 text "Order shipped"',
      "4 box baseline",
      '5 text "Arrives Friday"',
      '4 text "Thank you"',
    ]);
    expect(await selectedName(page)).toBe('flex message "Order shipped"');
    expect(await page.locator("[data-inspector-slot]").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keyboard: arrows, Delete, Ctrl+D, Alt+arrows, Ctrl+Z and Shift+Z edit the JSON editor's text", async () => {
    const { page, context, errors } = await workbench.open(messageHash(MESSAGE));
    await page.locator('[data-tab="tree"]').click();
    await item(page, "box (body) vertical").click();
    await page.keyboard.press("ArrowDown");
    expect(await selectedName(page)).toBe('text "Order shipped"');
    // Ctrl+D duplicates the text right after it, and selects the copy.
    await page.keyboard.press("Control+D");
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, ORDER, BASELINE, THANKS)));
    await item(page, 'text "Order shipped"').nth(1).focus();
    // Delete removes it again.
    await page.keyboard.press("Delete");
    await expect.poll(() => jsonText(page)).toBe(pretty(MESSAGE));
    await item(page, 'text "Thank you"').click();
    // Alt+Up moves it up over the baseline box.
    await page.keyboard.press("Alt+ArrowUp");
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, THANKS, BASELINE)));
    expect(await selectedName(page)).toBe('text "Thank you"');
    // Undo and redo in the tree are the JSON editor's: one step each.
    await item(page, 'text "Thank you"').focus();
    await page.keyboard.press("Control+Z");
    await expect.poll(() => jsonText(page)).toBe(pretty(MESSAGE));
    await item(page, 'text "Thank you"').focus();
    await page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, THANKS, BASELINE)));
    // Ctrl+C copies a node; Ctrl+V puts it after the selected one where it may sit.
    await item(page, 'text "Order shipped"').click();
    await page.keyboard.press("Control+C");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await selectedName(page)).toBe("box baseline");
    // Left closes an open node, Right opens it again, then goes to its first child.
    const baseline = item(page, "box baseline");
    expect(await baseline.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => baseline.getAttribute("aria-expanded")).toBe("false");
    expect(await item(page, 'text "Arrives Friday"').count()).toBe(0);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => baseline.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("ArrowRight");
    expect(await selectedName(page)).toBe('text "Arrives Friday"');
    await page.keyboard.press("Control+V");
    const pasted = { ...BASELINE, contents: [...BASELINE.contents, ORDER] };
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, THANKS, pasted)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("mouse: the palette offers only what fits; add, drag and drop, undo with the toolbar", async () => {
    const { page, context, errors } = await workbench.open(messageHash(MESSAGE));
    await page.locator('[data-tab="tree"]').click();
    await item(page, "box baseline").click();
    const palette = page.getByRole("toolbar", { name: "Add to the selected node" });
    expect(await palette.getByRole("button").evaluateAll((b) => b.map((x) => x.ariaLabel))).toEqual(
      ["Add text", "Add icon"],
    );
    await page.getByRole("button", { name: "Add icon" }).click();
    const icon = { type: "icon", url: "https://example.com/icon.png" };
    const baselineWithIcon = { ...BASELINE, contents: [...BASELINE.contents, icon] };
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, baselineWithIcon, THANKS)));
    expect(await selectedName(page)).toBe("icon icon.png");
    // The text dragged onto "Order shipped" takes its place; an icon can't leave its baseline box.
    await item(page, 'text "Thank you"').dragTo(item(page, 'text "Order shipped"'));
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(THANKS, ORDER, baselineWithIcon)));
    await item(page, "icon icon.png").dragTo(item(page, 'text "Order shipped"'));
    expect(await jsonText(page)).toBe(pretty(withBody(THANKS, ORDER, baselineWithIcon)));
    // The toolbar's Undo undoes the tree's last edit.
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, baselineWithIcon, THANKS)));
    // The JSX tab shows the same message.
    await page.locator('[data-tab="jsx"]').click();
    await expect
      .poll(() => editorText(page, "jsx"))
      .toContain('<Icon url="https://example.com/icon.png" />');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a click in the chat selects in the tree; the tree's selection is outlined in the chat", async () => {
    const { page, context, errors } = await workbench.open(messageHash(MESSAGE));
    await page.locator('[data-tab="tree"]').click();
    // Even inside a closed node, which opens.
    await item(page, "box baseline").locator(".flexkit-tree-twisty").click();
    expect(await item(page, 'text "Arrives Friday"').count()).toBe(0);
    await page.locator('[data-chat] [data-flex="text"]', { hasText: "Arrives Friday" }).click();
    expect(await selectedName(page)).toBe('text "Arrives Friday"');
    const outlined = page.locator("[data-tree-outline]");
    await expect.poll(() => outlined.textContent()).toBe("Arrives Friday");
    await item(page, 'text "Thank you"').click();
    await expect
      .poll(() => outlined.getAttribute("data-tree-outline"))
      .toBe("contents.body.contents[2]");
    expect(await outlined.textContent()).toBe("Thank you");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a click on a button in the chat selects it rather than tapping it", async () => {
    const button = {
      type: "button",
      action: { type: "uri", label: "Track", uri: "https://example.com/" },
    };
    const { page, context, errors } = await workbench.open(messageHash(withBody(ORDER, button)));
    await page.locator('[data-tab="tree"]').click();
    await page.locator('[data-chat] [data-flex="button"] button').click();
    expect(await selectedName(page)).toBe('button "Track"');
    // The uri action did not open a tab.
    expect(context.pages()).toHaveLength(1);
    expect(await page.getByText("Opened https://example.com/").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("blocks and carousel bubbles are added and removed the same way, from New → Carousel", async () => {
    const { page, context, errors } = await workbench.open();
    await page.locator('[data-tab="tree"]').click();
    await page.locator('[data-action="new"]').selectOption("carousel");
    await item(page, "carousel 2 bubbles").click();
    await page.getByRole("button", { name: "Add bubble" }).click();
    expect(await selectedName(page)).toBe("bubble kilo");
    await page.getByRole("button", { name: "Add hero image" }).click();
    expect(await selectedName(page)).toBe("image (hero) image.png");
    // The new bubble has its hero: only the header and the footer are left to add.
    await item(page, "bubble kilo").nth(2).click();
    const adds = page
      .getByRole("toolbar", { name: "Add to the selected node" })
      .getByRole("button");
    expect(await adds.evaluateAll((b) => b.map((x) => x.ariaLabel))).toEqual([
      "Add header",
      "Add footer",
    ]);
    const carousel = (await heldMessage(page)) as {
      contents: { contents: Array<{ size: string; hero?: unknown }> };
    };
    expect(carousel.contents.contents).toHaveLength(3);
    expect(carousel.contents.contents[2]).toMatchObject({
      size: "kilo",
      hero: { type: "image", url: "https://example.com/image.png", size: "full" },
    });
    await item(page, "image (hero) image.png").click();
    await page.keyboard.press("Delete");
    expect(await selectedName(page)).toBe("bubble kilo");
    await page.keyboard.press("Delete");
    await expect.poll(() => item(page, "carousel 2 bubbles").count()).toBe(1);
    expect(await page.locator("[data-issue]").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a word typed into an inspector field is one undo step, the next property edited another", async () => {
    const { page, context, errors } = await workbench.open(messageHash(MESSAGE));
    await page.locator('[data-tab="tree"]').click();
    await item(page, 'text "Thank you"').click();
    const field = (name: string) =>
      page.locator("[data-inspector-slot]").getByRole("textbox", { name, exact: true });
    await field("text").click();
    await page.keyboard.press("End");
    await page.keyboard.type(" all");
    await field("color").fill("#666666");
    const typed = text("Thank you all");
    await expect
      .poll(() => jsonText(page))
      .toBe(pretty(withBody(ORDER, BASELINE, { ...typed, color: "#666666" })));
    const undo = page.locator('[data-action="undo"]');
    await undo.click();
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, BASELINE, typed)));
    await undo.click();
    await expect.poll(() => jsonText(page)).toBe(pretty(MESSAGE));
    await page.locator('[data-action="redo"]').click();
    await expect.poll(() => jsonText(page)).toBe(pretty(withBody(ORDER, BASELINE, typed)));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an Undo back to JSON that does not parse shows no tree, and says why", async () => {
    const { page, context, errors } = await workbench.open(messageHash(MESSAGE));
    await replaceEditorText(page, "json", '{"type": ');
    await replaceEditorText(page, "json", pretty(MESSAGE));
    await page.locator('[data-tab="tree"]').click();
    await page.locator('[data-action="undo"]').click();
    await expect
      .poll(() => page.locator("[data-tree-unavailable]").textContent())
      .toBe("The JSON does not parse: fix it on the JSON tab to see its tree.");
    expect(await page.getByRole("tree").count()).toBe(0);
    await page.locator('[data-action="redo"]').click();
    await expect.poll(() => page.getByRole("treeitem").count()).toBe(7);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("an issue picked on the Tree tab selects its component", async () => {
    const broken = withBody(ORDER, { type: "text", text: "Too big", size: "huge" });
    const { page, context, errors } = await workbench.open(messageHash(broken));
    await page.locator('[data-tab="tree"]').click();
    await page.locator('[data-issue][data-rule="FLEX-VAL"] button').click();
    expect(await selectedName(page)).toBe('text "Too big"');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("every gallery sample and starter opens in the tree and round-trips unchanged", async () => {
    const { page, context, errors } = await workbench.open();
    await page.locator('[data-tab="tree"]').click();
    const opened: Array<[string, unknown, () => Promise<void>]> = [
      ...GALLERY.map((sample): [string, unknown, () => Promise<void>] => [
        sample.id,
        renderSample(sample).message,
        async () => {
          if ((await page.locator("[data-gallery]").count()) === 0)
            await page.locator('[data-action="gallery"]').click();
          await page.locator(`[data-sample="${sample.id}"]`).click();
        },
      ]),
      ...Object.entries(STARTERS).map(([kind, value]): [string, unknown, () => Promise<void>] => [
        kind,
        value,
        async () => {
          await page.locator('[data-action="new"]').selectOption(kind);
        },
      ]),
    ];
    for (const [id, value, open] of opened) {
      await open();
      // It opens on the Tree tab, with a node for each of the model's.
      await expect
        .poll(() => page.getByRole("treeitem").count(), { message: id })
        .toBe(treeOf(value).length);
      // What the workbench holds is the sample, key order included (a long sample's JSON text
      // is drawn only in part, so the message is read through Copy pretty).
      expect(pretty(await heldMessage(page)), id).toBe(pretty(value));
      expect(await page.locator('[data-tab="tree"]').getAttribute("aria-pressed")).toBe("true");
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
