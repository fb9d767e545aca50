import { detectShape, validateAny } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { vbox } from "../helpers.js";
import { lines } from "./rule-helpers.js";

describe("shape of pasted LINE JSON (shared by the CLI and the page)", () => {
  it("tells a message, a list, a bare container and push/validate bodies apart", () => {
    expect(detectShape({ type: "text", text: "a" })).toBe("message");
    expect(detectShape([{ type: "text", text: "a" }])).toBe("messages");
    expect(detectShape({ type: "carousel", contents: [] })).toBe("container");
    expect(detectShape({ type: "bubble" })).toBe("container");
    expect(detectShape({ to: "U1", messages: [] })).toBe("request");
    expect(detectShape({ messages: [] })).toBe("validate-request");
  });

  it("tells a rich menu (no type, its own properties) and a set of them { richMenus }", () => {
    expect(detectShape({ size: { width: 2500, height: 843 }, areas: [] })).toBe("rich-menu");
    expect(detectShape({ name: "Main", chatBarText: "Menu" })).toBe("rich-menu");
    expect(detectShape({ richMenus: { main: {} } })).toBe("rich-menu-set");
    // A message keeps its type, whatever else it holds.
    expect(detectShape({ type: "text", text: "a", areas: [] })).toBe("message");
  });
});

describe("validateAny: each shape through its own validator, with LINE's paths", () => {
  const badText = { type: "text" };
  it("a message, a list of them, and the two request bodies", () => {
    expect(lines(validateAny(badText))).toMatchInlineSnapshot(`
      [
        "error text: missing; expected string [MSG-TEXT]",
      ]
    `);
    expect(lines(validateAny([badText]))).toMatchInlineSnapshot(`
      [
        "error messages[0].text: missing; expected string [MSG-TEXT]",
      ]
    `);
    expect(lines(validateAny({ messages: [badText] }))).toMatchInlineSnapshot(`
      [
        "error messages[0].text: missing; expected string [MSG-TEXT]",
      ]
    `);
    expect(lines(validateAny({ to: "U1", messages: [badText] }))).toMatchInlineSnapshot(`
      [
        "error to: expected a userId, groupId or roomId (U, C or R + 32 lowercase hex), got "U1" [PUSH-3]",
        "error messages[0].text: missing; expected string [MSG-TEXT]",
      ]
    `);
  });

  it("a bare container", () => {
    expect(lines(validateAny({ type: "bubble", body: vbox(badText) }))).toMatchInlineSnapshot(`
      [
        "error body.contents[0].text: missing; a text needs "text" or "contents" (spans) [FLEX-VAL]",
      ]
    `);
  });

  it("a rich menu, and a set of them under richMenus", () => {
    const menu = { size: { width: 2500, height: 843 }, selected: false, name: "m", areas: [] };
    expect(lines(validateAny({ ...menu, chatBarText: "" }))).toMatchInlineSnapshot(`
      [
        "error areas: expected at least 1 item, got 0 (empty) [RM-1]",
        "error chatBarText: expected at least 1 character (UTF-16 code units), got 0 (empty) [RM-1]",
      ]
    `);
    expect(
      lines(validateAny({ richMenus: { main: { ...menu, chatBarText: "" } } })),
    ).toMatchInlineSnapshot(`
      [
        "error richMenus.main.areas: expected at least 1 item, got 0 (empty) [RM-1]",
        "error richMenus.main.chatBarText: expected at least 1 character (UTF-16 code units), got 0 (empty) [RM-1]",
      ]
    `);
  });

  it("a set with the chat above it: both the menus and the messages are checked", () => {
    const menu = { size: { width: 2500, height: 843 }, selected: false, name: "m", areas: [] };
    const file = {
      richMenus: { main: { ...menu, chatBarText: "Menu" } },
      messages: [{ type: "text", text: "" }],
    };
    expect(detectShape(file)).toBe("rich-menu-set");
    expect(lines(validateAny(file))).toMatchInlineSnapshot(`
      [
        "error richMenus.main.areas: expected at least 1 item, got 0 (empty) [RM-1]",
        "error messages[0].text: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-TEXT]",
      ]
    `);
  });
});
