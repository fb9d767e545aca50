import { FlexTextSchema } from "@flexkit/validators";
import { describeProperty } from "@flexkit/validators/property-docs";
import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../../helpers.js";
import { bubbleText, messageHash, useWorkbench } from "../support/workbench-page.js";

/** The JSON editor's words for a property (issue 21), in the running simulator. */
const workbench = useWorkbench();

describe("workbench: property docs in the JSON editor", () => {
  it("hovering a property name shows its description, default and LINE's link", async () => {
    const doc = describeProperty(FlexTextSchema, "size")!;
    const message = flexMessage(vbox({ type: "text", text: "Sized", size: "xl" }));
    const { page, context, errors } = await workbench.open(messageHash(message));
    await expect.poll(() => bubbleText(page, "Sized").count()).toBe(1);
    const name = page
      .locator('[data-code-editor="json"] .tok-propertyName')
      .filter({ hasText: /^"size"$/ });
    await name.hover();
    const tooltip = page.locator("[data-property-doc]");
    await expect.poll(() => tooltip.count()).toBe(1);
    const shown = await tooltip.innerText();
    for (const line of doc.description.split("\n")) expect(shown).toContain(line);
    expect(shown).toContain(`Default: ${doc.default}`);
    expect(await tooltip.locator("a").getAttribute("href")).toBe(doc.see);
    expect(errors).toEqual([]);
    await context.close();
  });
});
