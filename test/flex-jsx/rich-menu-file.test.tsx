/** @jsxImportSource @flexkit/flex-jsx */
import { message, richMenuSwitch, TextMessage } from "@flexkit/flex-jsx";
import {
  isRichMenuModule,
  renderMessageFile,
  renderRichMenuFile,
  richMenuSources,
} from "@flexkit/flex-jsx/message-file";
import { Area, RichMenu, Row } from "@flexkit/flex-jsx/rich-menu";
import { validateAny } from "@flexkit/validators";
import { describe, expect, it } from "vitest";

function thrown(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  throw new Error("did not throw");
}

const tab = (alias: string, other: string) => (
  <RichMenu size="compact" selected name={alias} chatBarText={alias}>
    <Row>
      <Area action={message(alias)} />
      <Area action={richMenuSwitch(other, `to=${other}`)} />
    </Row>
  </RichMenu>
);

describe("rich menu files", () => {
  it("render a default <RichMenu> as a lone menu, its image beside it", () => {
    const module = { default: () => tab("a", "b"), image: "./menu.png" };
    expect(isRichMenuModule(module, "m.flex.tsx")).toBe(true);
    const rendered = renderRichMenuFile(module, "m.flex.tsx");
    expect(rendered.lone).toBe(true);
    expect(Object.keys(rendered.richMenus)).toEqual(["menu"]);
    expect(rendered.images).toEqual({ menu: "./menu.png" });
    expect(Object.keys(richMenuSources(rendered, "menu")).sort()).toEqual([
      "",
      "areas[0]",
      "areas[1]",
    ]);
  });

  it("render a richMenus set with sources under richMenus.<alias>, and it validates as a set", () => {
    const module = {
      richMenus: { "tab-a": tab("tab-a", "tab-b"), "tab-b": tab("tab-b", "tab-a") },
      images: { "tab-a": "./a.png" },
    };
    expect(isRichMenuModule(module, "tabs.flex.tsx")).toBe(true);
    const rendered = renderRichMenuFile(module, "tabs.flex.tsx");
    expect(rendered.lone).toBe(false);
    expect(rendered.images).toEqual({ "tab-a": "./a.png" });
    expect(Object.keys(rendered.sources)).toContain("richMenus.tab-b.areas[1]");
    const result = validateAny({ richMenus: rendered.richMenus });
    expect(result.issues).toEqual([]);
  });

  it("leave message files as they were", () => {
    const module = { default: <TextMessage>Hi</TextMessage> };
    expect(isRichMenuModule(module, "hi.flex.tsx")).toBe(false);
    expect(renderMessageFile(module, "hi.flex.tsx").message).toEqual({ type: "text", text: "Hi" });
  });

  it("say what is wrong with the exports", () => {
    expect(
      thrown(() =>
        renderRichMenuFile({ richMenus: { a: <TextMessage>Hi</TextMessage> } }, "f.flex.tsx"),
      ),
    ).toMatchInlineSnapshot(
      `"MessageFileError: f.flex.tsx: richMenus.a is a <TextMessage>; expected a <RichMenu> element"`,
    );
    expect(
      thrown(() =>
        renderRichMenuFile(
          { richMenus: { a: tab("a", "b") }, images: { b: "./b.png" } },
          "f.flex.tsx",
        ),
      ),
    ).toMatchInlineSnapshot(
      `"MessageFileError: f.flex.tsx: images.b: no menu has that alias in richMenus (a)"`,
    );
    expect(
      thrown(() => renderRichMenuFile({ default: tab("a", "b"), image: 3 }, "f.flex.tsx")),
    ).toMatchInlineSnapshot(
      `"MessageFileError: f.flex.tsx: image: expected the menu's picture, a path relative to the file or a URL, got a number"`,
    );
  });
});
