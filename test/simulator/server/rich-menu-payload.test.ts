import { describe, expect, it } from "vitest";
import { readRichMenuPayload } from "../../../packages/simulator/src/push/rich-menu-input.js";
import { richMenuSetOfPayload } from "../../../packages/simulator/src/server/rich-menu-payload.js";
import { png, richMenu, TABS } from "../push/rich-menu-fixtures.js";

/**
 * The page's rich menu payload as the server deploys it: only data: URLs become images (the
 * server fetches no address a page names), the simulator's own `image` key of a lone menu
 * included; anything that is not a rich menu is refused with one line.
 */
const dataUrl = (bytes: Uint8Array, type = "image/png") =>
  `data:${type};base64,${Buffer.from(bytes).toString("base64")}`;

describe("richMenuSetOfPayload", () => {
  it("takes a set's data: URL images, notes the others, and shows the first menu", () => {
    const read = richMenuSetOfPayload({
      richMenus: TABS,
      images: { "tab-a": dataUrl(png()), "tab-b": "https://example.com/b.png" },
      messages: [{ type: "text", text: "hi" }],
    });
    if (!read.ok) throw new Error(read.message);
    expect(read.set.entry).toBe("tab-a");
    expect(read.set.menus["tab-a"]!.image).toEqual(png());
    expect(read.set.menus["tab-b"]!.image).toBeUndefined();
    expect(read.notes).toMatchInlineSnapshot(`
      [
        "warning images.tab-b: "https://example.com/b.png" is not fetched (the simulator's server fetches no address the page names); choose the file in the Send panel",
      ]
    `);
  });

  it("takes a lone menu's own image key, which is not sent to LINE", () => {
    const menu = richMenu("Main");
    const read = richMenuSetOfPayload({ ...menu, image: dataUrl(png()) });
    if (!read.ok) throw new Error(read.message);
    expect(read.set).toEqual({ menus: { menu: { menu, image: png() } }, lone: true });
  });

  it("reads percent-encoded data: URLs byte for byte", () => {
    const bytes = png();
    const encoded = `data:image/png,${[...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")}`;
    const read = richMenuSetOfPayload({ ...richMenu("Main"), image: encoded });
    expect(read.ok && read.set.menus.menu!.image).toEqual(bytes);
  });

  it("refuses what is not a rich menu, and images of no menu", () => {
    expect(readRichMenuPayload({ type: "text", text: "hi" })).toMatchInlineSnapshot(`
      {
        "message": "expected a rich menu object or { "richMenus": { "<alias>": <rich menu> } }, got a message",
        "ok": false,
      }
    `);
    expect(
      readRichMenuPayload({ richMenus: TABS, images: { "tab-c": "./c.png" } }),
    ).toMatchInlineSnapshot(`
      {
        "message": "images.tab-c: no menu has this alias; expected one of "tab-a", "tab-b"",
        "ok": false,
      }
    `);
  });
});
