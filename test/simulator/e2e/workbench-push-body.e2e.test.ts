import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../../helpers.js";
import {
  bubbleText,
  editorText,
  heldMessage,
  messageHash,
  replaceEditorText,
  useWorkbench,
} from "../support/workbench-page.js";

/** A push body `{to, messages}` (or a validate body `{messages}`) in the editor. */
const workbench = useWorkbench();

const to = `U${"0".repeat(32)}`;
const first = { type: "text", text: "First message" };
const broken = flexMessage(
  vbox({ type: "text", text: "Fine" }, { type: "text", text: "Too big", size: "huge" }),
);
const property = "messages[1].contents.body.contents[1].size";

describe("workbench: a push body's issues lead to their place", () => {
  it.each([
    ["push body", { to, messages: [first, broken] }],
    ["validate body", { messages: [first, broken] }],
  ])("%s: an issue under messages[1] outlines that message's component", async (_kind, body) => {
    const { page, context, errors } = await workbench.open(messageHash(body));
    await expect.poll(() => bubbleText(page, "Too big").count()).toBe(1);
    const issue = page.locator(`[data-issue][data-property="${property}"]`);
    await expect.poll(() => issue.count()).toBe(1);

    // Hovering outlines it already; a click also selects the value in the text.
    await issue.locator("button").hover();
    await expect.poll(() => page.locator("[data-issue-outline]").textContent()).toBe("Too big");
    await issue.locator("button").click();
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString()))
      .toBe('"huge"');
    const outlined = page.locator("[data-issue-outline]");
    expect(await outlined.count()).toBe(1);
    expect(await outlined.textContent()).toBe("Too big");
    expect(await outlined.getAttribute("data-issue-outline")).toBe(property);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe("workbench: the JSX tab of a push body", () => {
  const second = flexMessage(vbox({ type: "text", text: "Second message" }));
  const body = { to, notificationDisabled: true, messages: [first, second] };

  it("edits the messages and keeps to (and the rest of the body) both ways", async () => {
    const { page, context, errors } = await workbench.open(messageHash(body));
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("First message");
    // The JSX is the messages; the note says what happens to the rest.
    const note = page.locator("[data-jsx-body]");
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toContain(to);
    expect(await heldMessage(page)).toEqual(body);

    // Unchanged JSX goes back as it came.
    await page.locator('[data-tab="json"]').click();
    await expect
      .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
      .toBe("true");
    expect(JSON.parse(await editorText(page, "json"))).toEqual(body);

    // An edit of a message is drawn and checked inside the same body, and comes back in it with
    // its keys in their order.
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("First message");
    const source = await editorText(page, "jsx");
    await replaceEditorText(page, "jsx", source.replace("First message", "Edited first"));
    await expect.poll(() => page.locator("[data-chat]").getByText("Edited first").count()).toBe(1);
    const editedBody = { ...body, messages: [{ ...first, text: "Edited first" }, second] };
    expect(await heldMessage(page)).toEqual(editedBody);
    await page.locator('[data-tab="json"]').click();
    await expect
      .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
      .toBe("true");
    const edited = JSON.parse(await editorText(page, "json"));
    expect(edited).toEqual(editedBody);
    expect(Object.keys(edited)).toEqual(Object.keys(body));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("on the JSX tab, an issue under messages[1] selects its element and outlines it", async () => {
    const { page, context } = await workbench.open(messageHash({ to, messages: [first, broken] }));
    await page.locator('[data-tab="jsx"]').click();
    await expect.poll(() => editorText(page, "jsx")).toContain("Too big");
    // An edit compiles it (the drawing shows it), so each property knows its JSX.
    const source = await editorText(page, "jsx");
    await replaceEditorText(page, "jsx", source.replace(">Fine<", ">Fine!<"));
    await expect.poll(() => bubbleText(page, "Fine!").count()).toBe(1);
    const issue = page.locator(`[data-issue][data-property="${property}"]`);
    await expect.poll(() => issue.count()).toBe(1);
    await issue.locator("button").click();
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString()))
      .toBe('<Text size="huge">');
    expect(await page.locator("[data-issue-outline]").textContent()).toBe("Too big");
    await context.close();
  });
});
