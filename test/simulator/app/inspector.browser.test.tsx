/** @jsxImportSource react */
import { type PathStep, validateAny } from "@flexkit/validators";
import { useState } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import {
  Inspector,
  type InspectorEdit,
} from "../../../packages/simulator/src/app/workbench/visual/inspector.js";

/**
 * The property inspector in real Chromium, over the workbench's loop: each change goes to
 * onChange as the next whole message, which becomes the message shown (and checked) next.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function mount(
  initial: unknown,
  path: ReadonlyArray<PathStep>,
  describe?: (schema: unknown, key: string) => string | undefined,
) {
  const changes: unknown[] = [];
  const edits: InspectorEdit[] = [];
  function Harness() {
    const [message, setMessage] = useState(initial);
    return (
      <Inspector
        message={message}
        path={path}
        issues={validateAny(message).issues}
        onChange={(next, edit) => {
          changes.push(next);
          edits.push(edit);
          setMessage(next);
        }}
        {...(describe === undefined ? {} : { describe })}
      />
    );
  }
  host = document.createElement("div");
  host.style.width = "420px";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Harness />));
  return { changes, edits, last: () => changes.at(-1) };
}

const bubble = (...contents: unknown[]) => ({
  type: "flex",
  altText: "Order shipped",
  contents: { type: "bubble", body: { type: "box", layout: "vertical", contents } },
});
const TEXT = ["contents", "body", "contents", 0] as const;
const textOf = (message: unknown) =>
  (message as ReturnType<typeof bubble>).contents.body.contents[0] as Record<string, unknown>;
const named = (role: Parameters<typeof page.getByRole>[0], name: string) =>
  page.getByRole(role, { name, exact: true });

describe("Inspector", () => {
  it("sets a keyword, a px value, a colour with alpha and a boolean, each as the next whole message", async () => {
    const original = bubble({ type: "text", text: "Order shipped" });
    const frozen = structuredClone(original);
    const { changes, last } = mount(original, TEXT);

    await named("combobox", "size").selectOptions("xl");
    expect(textOf(last())).toEqual({ type: "text", text: "Order shipped", size: "xl" });
    await named("combobox", "align").selectOptions("center");
    expect(textOf(last()).align).toBe("center");
    // A component's type is what the tree made it: shown, not offered as a choice.
    await expect.element(named("combobox", "type")).not.toBeInTheDocument();
    await expect.element(named("status", "type")).toHaveTextContent('"text"');

    await named("combobox", "margin").selectOptions("px value");
    await named("spinbutton", "margin").fill("18");
    expect(textOf(last()).margin).toBe("18px");

    await named("textbox", "color").fill("#1DB446");
    expect(textOf(last()).color).toBe("#1DB446");
    await named("spinbutton", "color").fill("50");
    expect(textOf(last()).color).toBe("#1DB44680");

    await named("switch", "wrap").click();
    expect(textOf(last()).wrap).toBe(true);
    await named("switch", "wrap").click();
    expect(textOf(last()).wrap).toBe(false);

    // Nothing else was written: unset stays unset, and the message handed in never changed.
    expect(Object.keys(textOf(last()))).toEqual([
      "type",
      "text",
      "size",
      "align",
      "margin",
      "color",
      "wrap",
    ]);
    expect(original).toEqual(frozen);
    expect(changes.every((change) => change !== original)).toBe(true);
  });

  it("resets a property by removing it, and clears an optional number to unset", async () => {
    const { last } = mount(bubble({ type: "text", text: "a", size: "md", maxLines: 2 }), TEXT);
    await expect.element(named("button", "reset size")).toBeVisible();
    await expect.element(named("button", "reset align")).not.toBeInTheDocument();
    await named("button", "reset size").click();
    expect(textOf(last())).toEqual({ type: "text", text: "a", maxLines: 2 });
    await named("spinbutton", "maxLines").fill("");
    expect(textOf(last())).toEqual({ type: "text", text: "a" });
  });

  it("changes an action's type among the types allowed there, keeping what both have", async () => {
    const button = {
      type: "button",
      action: { type: "uri", label: "Track", uri: "https://example.com/track" },
    };
    const { last } = mount(bubble(button), TEXT);
    const picker = named("combobox", "action.type");
    const offered = await picker.element().querySelectorAll("option");
    const types = [...offered].map((option) => option.value).filter(Boolean);
    expect(types).toEqual(["postback", "message", "uri", "datetimepicker", "clipboard"]);

    await picker.selectOptions("message");
    expect(textOf(last()).action).toEqual({ type: "message", label: "Track" });
    await named("textbox", "action.text").fill("track my order");
    expect(textOf(last()).action).toEqual({
      type: "message",
      label: "Track",
      text: "track my order",
    });
  });

  it("shows each issue inline at its property, with its rule ID", async () => {
    mount(bubble({ type: "text", text: "a", size: "huge", color: "red" }), TEXT);
    const size = page.getByRole("combobox", { name: "size", exact: true });
    await expect.element(size).toHaveAttribute("aria-invalid", "true");
    const issue = document.querySelector('[data-property="size"] [data-inspector-issue]');
    expect(issue?.textContent).toMatch(/"huge".*\[FLEX-VAL\]$/);
    expect(issue?.getAttribute("data-rule")).toBe("FLEX-VAL");
    // The control is described by its issue, so a screen reader reads it with the field.
    await expect.element(size).toHaveAccessibleDescription(/FLEX-VAL/);
    const color = document.querySelector('[data-property="color"] [data-inspector-issue]');
    expect(color?.textContent).toContain("[FLEX-VAL]");
  });

  it("edits a nested gradient and shows the describe() help under its field", async () => {
    const box = { type: "box", layout: "vertical", contents: [] };
    const { last } = mount(bubble(box), TEXT, (_schema, key) =>
      key === "layout" ? "How the box lays out its children." : undefined,
    );
    await expect.element(page.getByText("How the box lays out its children.")).toBeVisible();
    await named("button", "background").click();
    expect(textOf(last()).background).toEqual({ type: "linearGradient" });
    await named("spinbutton", "background.angle").fill("90");
    expect(textOf(last()).background).toEqual({ type: "linearGradient", angle: "90deg" });
    await named("textbox", "background.startColor").fill("#FF0000");
    await named("spinbutton", "background.centerPosition").fill("40");
    expect(textOf(last()).background).toEqual({
      type: "linearGradient",
      angle: "90deg",
      startColor: "#FF0000",
      centerPosition: "40%",
    });
    await named("spinbutton", "background.centerPosition").fill("");
    expect(textOf(last()).background).not.toHaveProperty("centerPosition");
  });

  it("builds a quick reply from nothing: a nested object, a list item, a quick-reply-only action", async () => {
    const { last } = mount({ type: "text", text: "Where are you?" }, []);
    await named("button", "quickReply").click();
    expect(last()).toEqual({ type: "text", text: "Where are you?", quickReply: {} });
    await named("button", "quickReply.items").click();
    expect(last()).toMatchObject({ quickReply: { items: [{ type: "action" }] } });
    const picker = named("combobox", "quickReply.items[0].action.type");
    await expect.element(picker).toBeVisible();
    const types = [...picker.element().querySelectorAll("option")].map((option) => option.value);
    expect(types).toContain("location");
    expect(types).not.toContain("richmenuswitch");
    await picker.selectOptions("location");
    await named("textbox", "quickReply.items[0].action.label").fill("Send location");
    expect(last()).toEqual({
      type: "text",
      text: "Where are you?",
      quickReply: {
        items: [{ type: "action", action: { type: "location", label: "Send location" } }],
      },
    });
    await named("button", "remove quickReply.items[0]").click();
    expect(last()).toEqual({ type: "text", text: "Where are you?", quickReply: { items: [] } });
    // The empty list breaks QR-1, and says so where the list is edited.
    const issue = document.querySelector(
      '[data-property="quickReply.items"] [data-inspector-issue]',
    );
    expect(issue?.getAttribute("data-rule")).toBe("QR-1");
  });

  it("edits keys the author chooses (a textV2 substitution) as JSON, with the issues inside it", async () => {
    const message = {
      type: "textV2",
      text: "Hi {user}",
      substitution: { user: { type: "mention", mentionee: { type: "user", userId: "nope" } } },
    };
    const { last } = mount(message, []);
    const field = named("textbox", "substitution");
    await expect.element(field).toHaveAccessibleDescription(/\[MSG-TEXTV2\]/);
    const fixed = { user: { type: "mention", mentionee: { type: "all" } } };
    await field.fill(JSON.stringify(fixed));
    expect(last()).toEqual({ ...message, substitution: fixed });
    await expect.element(field).not.toHaveAttribute("aria-invalid");
  });

  it("tells the workbench which property changed and whether by typing, to fold typing into one undo step", async () => {
    const { edits } = mount(bubble({ type: "text", text: "a" }), TEXT);
    await named("combobox", "size").selectOptions("sm");
    await named("textbox", "text").fill("Order");
    await named("switch", "wrap").click();
    await named("button", "reset size").click();
    expect(edits).toEqual([
      { path: [...TEXT, "size"], typing: false },
      { path: [...TEXT, "text"], typing: true },
      { path: [...TEXT, "wrap"], typing: false },
      { path: [...TEXT, "size"], typing: false },
    ]);
  });
});
