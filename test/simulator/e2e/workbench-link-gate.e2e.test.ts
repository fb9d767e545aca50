import { describe, expect, it } from "vitest";
import {
  bubbleText,
  editorText,
  jsxHash,
  linkRan,
  linkSource,
  messageHash,
  replaceEditorText,
  settleCompiles,
  typeAtEnd,
  useWorkbench,
} from "../support/workbench-page.js";

/** Code from a `#jsx=` link runs only when the person presses "Run code", however it comes back. */
const workbench = useWorkbench();

describe("workbench: the run gate of code from a link", () => {
  it("New → JSX tab → Undo brings the link's code back without running it", async () => {
    const source = linkSource();
    const { page, context, errors } = await workbench.open(jsxHash(source));
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    // An edit to the link's code, which must not run either when it comes back.
    await typeAtEnd(page, "jsx", "\n// read it\n");
    await page.locator('[data-action="new"]').selectOption("bubble");
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("Write your message here.");
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(0);

    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => editorText(page, "jsx")).toBe(`${source}\n// read it\n`);
    expect(await page.locator("[data-run-gate]").isVisible()).toBe(true);
    // Redo goes forward to the converted starter, the person's own code, which runs again; Undo
    // goes back to the gate.
    await page.locator('[data-action="redo"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("Write your message here.");
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(0);
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(1);
    // An edit now must not run it either.
    await typeAtEnd(page, "jsx", "// still not run\n");
    // Give a compile every chance to have happened.
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    expect(await bubbleText(page, "The code ran").count()).toBe(0);

    // Run code runs what the editor shows.
    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "The code ran").count()).toBe(1);
    expect(await linkRan(page)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("Run code approves the text on screen: Undo past it brings the gate back", async () => {
    const source = linkSource();
    const { page, context } = await workbench.open(jsxHash(source));
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    // The person deletes the line they do not trust, then runs what is left.
    const trusted = source
      .split("\n")
      .filter((line) => !line.includes("__linkRan"))
      .join("\n");
    await replaceEditorText(page, "jsx", trusted);
    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "The code ran").count()).toBe(1);
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(0);

    // The first Undo takes back the decision to run, the second the edit: the deleted line is
    // back, and it does not run.
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(1);
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    expect(await page.locator("[data-run-gate]").isVisible()).toBe(true);
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    await context.close();
  });

  it("until Run code, the issues and the preview say the code has not run (no PUSH-2 got 0)", async () => {
    const { page, context, errors } = await workbench.open(jsxHash(linkSource()));
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(1);
    const count = page.locator("[data-issue-count]");
    await expect.poll(() => count.textContent()).toContain("not run yet");
    expect(await page.locator("[data-issue]").count()).toBe(0);
    expect(await page.locator("[data-not-run]").textContent()).toContain("not run yet");
    // The JSON tab has nothing to show for code that has not run, and says why.
    await page.locator('[data-tab="json"]').click();
    await expect.poll(() => page.locator("[data-notice]").textContent()).toContain("not run yet");
    expect(await page.locator('[data-tab="jsx"]').getAttribute("aria-pressed")).toBe("true");

    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "The code ran").count()).toBe(1);
    await expect.poll(() => count.textContent()).toContain("none: LINE will accept this");
    expect(await page.locator("[data-not-run]").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a #m= link's JSON opened on the JSX tab stays data: a property name cannot become code", async () => {
    const hostile = "a={(globalThis.__linkRan = true)} b";
    const message = {
      type: "flex",
      altText: "keys",
      contents: {
        type: "bubble",
        body: {
          type: "box",
          layout: "vertical",
          contents: [{ type: "text", text: "Only data", [hostile]: 1 }],
        },
      },
    };
    const { page, context, errors } = await workbench.open(messageHash(message));
    await expect.poll(() => bubbleText(page, "Only data").count()).toBe(1);
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("Only data");
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    expect(await editorText(page, "jsx")).toContain(JSON.stringify(hostile));
    await expect.poll(() => bubbleText(page, "Only data").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
