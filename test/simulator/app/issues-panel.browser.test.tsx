/** @jsxImportSource react */
import { validateAny } from "@flexkit/validators";
import { explainRule } from "@flexkit/validators/rule-docs";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { IssuesPanel } from "../../../packages/simulator/src/app/workbench/issues-panel.js";

/** The issues panel in real Chromium: each issue's `[RULE-ID]` opens to what the rule asks. */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function mount(message: unknown) {
  const picked: string[] = [];
  host = document.createElement("div");
  host.style.width = "420px";
  document.body.append(host);
  root = createRoot(host);
  const { issues } = validateAny(message);
  flushSync(() =>
    root!.render(
      <IssuesPanel
        issues={issues}
        valid
        onPick={(issue) => picked.push(issue.rule)}
        onHover={() => {}}
      />,
    ),
  );
  return { issues, picked };
}

const carousel = {
  type: "flex",
  altText: "Menu",
  contents: {
    type: "carousel",
    contents: [
      { type: "bubble", size: "kilo", body: { type: "box", layout: "vertical", contents: [] } },
      { type: "bubble", size: "mega", body: { type: "box", layout: "vertical", contents: [] } },
    ],
  },
};

describe("the issues panel's rule IDs", () => {
  it("open to the rule's explanation when clicked, and the issue's button still picks it", async () => {
    const { issues, picked } = mount(carousel);
    expect(issues.map((issue) => issue.rule)).toContain("FLEX-CAR-2");
    const text = explainRule("FLEX-CAR-2")!.text;
    const rule = page.getByText("[FLEX-CAR-2]");
    await expect.element(page.getByText(text)).not.toBeVisible();
    await rule.click();
    await expect.element(page.getByText(text)).toBeVisible();
    await expect.element(page.getByText("RULES.md §5.2 Containers")).toBeVisible();
    expect(picked).toEqual([]);
    await page
      .getByRole("button", { name: /FLEX-CAR|size/ })
      .first()
      .click();
    expect(picked).toEqual(["FLEX-CAR-2"]);
  });
});
