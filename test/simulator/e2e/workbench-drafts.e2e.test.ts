import { describe, expect, it } from "vitest";
import {
  bubbleText,
  editorText,
  jsxHash,
  linkRan,
  linkSource,
  replaceEditorText,
  settleCompiles,
  typeAtEnd,
  useWorkbench,
} from "../support/workbench-page.js";

/** What the workbench keeps in this browser between visits, and what a reload shows. */
const workbench = useWorkbench();

describe("workbench: drafts survive a reload", () => {
  it("a half-typed JSON draft comes back with its syntax error named and marked", async () => {
    const { page, context, errors } = await workbench.open();
    await replaceEditorText(page, "json", '{"type": "flex",\n "altText": }');
    const error = page.locator("[data-json-error]");
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toContain("line 2, column 13");

    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor({ state: "attached" });
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toContain("line 2, column 13");
    // Nothing of it ever parsed here: the preview honestly shows the sample.
    expect(await error.textContent()).toContain("the preview shows the sample until it parses");
    const marker = page.locator("[data-code-editor=json] .cm-lintRange-error");
    await expect.poll(() => marker.count()).toBe(1);
    expect(await marker.textContent()).toBe("}");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the JSX tab's source comes back as typed, formatting and comments, and runs", async () => {
    const { page, context, errors } = await workbench.open();
    await page.locator('[data-tab="jsx"]').click();
    const source = [
      "// My own layout, kept as I wrote it.",
      'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
      "",
      "const title = 'Formatted by hand';",
      "(globalThis as { __linkRan?: boolean }).__linkRan = true;",
      "",
      "export default (",
      '  <FlexMessage altText="mine">',
      '    <Bubble><Body><Box layout="vertical"><Text>{title}</Text></Box></Body></Bubble>',
      "  </FlexMessage>",
      ");",
    ].join("\n");
    await replaceEditorText(page, "jsx", source);
    await expect.poll(() => bubbleText(page, "Formatted by hand").count()).toBe(1);

    await page.reload();
    await page.locator('[data-code-editor="jsx"] .cm-content').waitFor({ state: "attached" });
    await expect
      .poll(() => page.locator('[data-tab="jsx"]').getAttribute("aria-pressed"))
      .toBe("true");
    expect(await editorText(page, "jsx")).toBe(source);
    // The person's own code, on their own machine: it runs (not only the saved JSON is drawn),
    // so issues find their JSX again.
    expect(await page.locator("[data-run-gate]").count()).toBe(0);
    await expect.poll(() => linkRan(page)).toBe(true);
    await expect.poll(() => bubbleText(page, "Formatted by hand").count()).toBe(1);

    // Back on the JSON tab, the JSON is what comes back.
    await page.locator('[data-tab="json"]').click();
    await expect
      .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
      .toBe("true");
    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor({ state: "attached" });
    await expect
      .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
      .toBe("true");
    await expect.poll(() => bubbleText(page, "Formatted by hand").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a JSX compile still under way does not draw or save over a message opened with New", async () => {
    const { page, context, errors } = await workbench.open();
    await page.locator('[data-tab="jsx"]').click();
    await expect
      .poll(() => page.locator('[data-tab="jsx"]').getAttribute("aria-pressed"))
      .toBe("true");
    const source = [
      'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
      "export default (",
      '  <FlexMessage altText="old">',
      '    <Bubble><Body><Box layout="vertical"><Text>Stale JSX</Text></Box></Body></Bubble>',
      "  </FlexMessage>",
      ");",
    ].join("\n");
    // The edit's compile waits 250 ms, then loads Babel; New comes first.
    await replaceEditorText(page, "jsx", source);
    await page.locator('[data-action="new"]').selectOption("bubble");
    await expect.poll(() => bubbleText(page, "Write your message here.").count()).toBe(1);
    // Until the edit's compile, Babel's first load included, would have drawn.
    await settleCompiles(page);
    expect(await bubbleText(page, "Stale JSX").count()).toBe(0);
    expect(await bubbleText(page, "Write your message here.").count()).toBe(1);
    await page.reload();
    await page.locator('[data-code-editor="json"] .cm-content').waitFor({ state: "attached" });
    await expect.poll(() => bubbleText(page, "Write your message here.").count()).toBe(1);
    expect(await editorText(page, "json")).not.toContain("Stale JSX");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a link's code, edited but not run, comes back behind the gate and does not run", async () => {
    const source = linkSource();
    const { page, context } = await workbench.open(jsxHash(source));
    await expect.poll(() => editorText(page, "jsx")).toBe(source);
    await typeAtEnd(page, "jsx", "\n// my note\n");
    // The same page without the link: what the autosave keeps.
    await page.goto(workbench.url());
    await page.locator('[data-code-editor="jsx"] .cm-content').waitFor({ state: "attached" });
    await expect.poll(() => editorText(page, "jsx")).toBe(`${source}\n// my note\n`);
    expect(await page.locator("[data-run-gate]").isVisible()).toBe(true);
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    expect(await bubbleText(page, "The code ran").count()).toBe(0);
    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "The code ran").count()).toBe(1);
    await context.close();
  });
});
