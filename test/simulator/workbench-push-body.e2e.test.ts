import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";
import { bubbleText, messageHash, useWorkbench } from "./workbench-page.js";

/** A push body `{to, messages}` (or a validate body `{messages}`) in the editor. */
const workbench = useWorkbench();

/** Compiling JSX loads @babel/standalone (a few MB) the first time: allow for it. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 10_000 });

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
    await poll(() => bubbleText(page, "Too big").count()).toBe(1);
    const issue = page.locator(`[data-issue][data-property="${property}"]`);
    await poll(() => issue.count()).toBe(1);

    // Hovering outlines it already; a click also selects the value in the text.
    await issue.locator("button").hover();
    await poll(() => page.locator("[data-issue-outline]").textContent()).toBe("Too big");
    await issue.locator("button").click();
    await poll(() => page.evaluate(() => document.getSelection()?.toString())).toBe('"huge"');
    const outlined = page.locator("[data-issue-outline]");
    expect(await outlined.count()).toBe(1);
    expect(await outlined.textContent()).toBe("Too big");
    expect(await outlined.getAttribute("data-issue-outline")).toBe(property);
    expect(errors).toEqual([]);
    await context.close();
  });
});
