import { describe, expect, it } from "vitest";
import { replaceEditorText, useWorkbench } from "./workbench-page.js";

/** What the workbench keeps in this browser between visits, and what a reload shows. */
const workbench = useWorkbench();

/** Compiling JSX loads @babel/standalone (a few MB) the first time: allow for it. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

describe("workbench: drafts survive a reload", () => {
  it("a half-typed JSON draft comes back with its syntax error named and marked", async () => {
    const { page, context, errors } = await workbench.open();
    await replaceEditorText(page, "json", '{"type": "flex",\n "altText": }');
    const error = page.locator("[data-json-error]");
    await poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toContain("line 2, column 13");

    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor({ state: "attached" });
    await poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toContain("line 2, column 13");
    // Nothing of it ever parsed here: the preview honestly shows the sample.
    expect(await error.textContent()).toContain("the preview shows the sample until it parses");
    const marker = page.locator("[data-code-editor=json] .cm-lintRange-error");
    await poll(() => marker.count()).toBe(1);
    expect(await marker.textContent()).toBe("}");
    expect(errors).toEqual([]);
    await context.close();
  });
});
