/** @jsxImportSource react */
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { Chat } from "../../../packages/simulator/src/app/chat.js";
import { textPath } from "../../../packages/simulator/src/app/workbench/issue-location.js";
import {
  compileJsx,
  offsetOfSource,
} from "../../../packages/simulator/src/app/workbench/jsx-compile.js";
import { previewElementFor } from "../../../packages/simulator/src/app/workbench/preview-target.js";

/** The workbench's pieces in real Chromium: JSX compiled in the page, issue → drawn component. */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function drawChat(payload: unknown): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = "width: 430px; height: 800px;";
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Chat payload={payload} />));
  return host.querySelector<HTMLElement>("[data-chat]")!;
}

const text = (value: string) => ({ type: "text", text: value });
const bubble = (...contents: unknown[]) => ({
  type: "bubble",
  body: { type: "box", layout: "vertical", contents },
});

describe("compileJsx", () => {
  it("compiles TypeScript JSX with the flex runtime and renders the default export", async () => {
    const result = await compileJsx(
      [
        'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
        "const title: string = 'Hello';",
        "export default () => (",
        '  <FlexMessage altText="hi"><Bubble><Body><Box layout="vertical">',
        "    <Text>{title}</Text>",
        "  </Box></Body></Bubble></FlexMessage>",
        ");",
      ].join("\n"),
    );
    expect(result).toMatchObject({
      ok: true,
      message: { type: "flex", altText: "hi", contents: bubble(text("Hello")) },
    });
    // Each property path knows the JSX that produced it.
    expect(result.ok && result.sources["contents.body.contents[0]"]).toMatch(/:5:5$/);
  });

  it("a rich menu tab set renders to { richMenus, images }, which the chat draws under it", async () => {
    const result = await compileJsx(
      [
        'import { message, richMenuSwitch } from "@flexkit/flex-jsx";',
        'import { Area, RichMenu, Row } from "@flexkit/flex-jsx/rich-menu";',
        "const tab = (alias: string, other: string) => (",
        '  <RichMenu size="compact" selected name={alias} chatBarText={alias}>',
        "    <Row>",
        "      <Area action={message(alias)} />",
        '      <Area action={richMenuSwitch(other, "to=" + other)} />',
        "    </Row>",
        "  </RichMenu>",
        ");",
        'export const richMenus = { "tab-a": tab("tab-a", "tab-b"), "tab-b": tab("tab-b", "tab-a") };',
        'export const images = { "tab-b": "https://example.com/b.png" };',
      ].join("\n"),
    );
    expect(result.ok && Object.keys(result.message as object)).toEqual(["richMenus", "images"]);
    expect(result.ok && result.sources["richMenus.tab-b.areas[1]"]).toMatch(/:7:7$/);
    const chat = drawChat(result.ok ? result.message : undefined);
    const menu = chat.ownerDocument.querySelector("[data-rich-menu]");
    expect(menu?.getAttribute("data-rich-menu-alias")).toBe("tab-a");
    expect(menu?.querySelectorAll("[data-rich-menu-area]")).toHaveLength(2);
  });

  it("an array export renders to a list of messages, sources named as the validators name them", async () => {
    const result = await compileJsx(
      'import { TextMessage } from "@flexkit/flex-jsx";\nexport default [<TextMessage>a</TextMessage>, <TextMessage>b</TextMessage>];',
    );
    expect(result).toMatchObject({ ok: true, message: [text("a"), text("b")] });
    expect(result.ok && Object.keys(result.sources)).toContain("messages[1]");
  });

  it("calls a function default export with the file's previewProps", async () => {
    const result = await compileJsx(
      'import { TextMessage } from "@flexkit/flex-jsx";\nexport const previewProps = { name: "Ada" };\nexport default ({ name }: { name: string }) => <TextMessage>{name}</TextMessage>;',
    );
    expect(result).toMatchObject({ ok: true, message: text("Ada") });
  });

  it("says what is wrong and where", async () => {
    const errors = await Promise.all(
      [
        "export default <Text>oops</Txet>;",
        'import { Box, Icon } from "@flexkit/flex-jsx";\nexport default (\n  <Box layout="vertical">\n    <Icon url="https://example.com/i.png" />\n  </Box>\n);',
        'import React from "react";\nexport default React;',
        "export const x = 1;",
        "export default () => { throw new Error('thrown by the file'); };",
      ].map(compileJsx),
    );
    expect(errors).toMatchInlineSnapshot(`
      [
        {
          "column": 26,
          "error": "Expected corresponding JSX closing tag for <Text>.",
          "line": 1,
          "ok": false,
        },
        {
          "column": 5,
          "error": "<Icon> must be inside a <Box layout="baseline">; found in a vertical <Box> at contents[0]",
          "line": 4,
          "ok": false,
        },
        {
          "error": "only @flexkit/flex-jsx can be imported here, not "react"",
          "ok": false,
        },
        {
          "error": "has no default export; export default a message element",
          "ok": false,
        },
        {
          "error": "thrown by the file",
          "ok": false,
        },
      ]
    `);
  });
});

describe("offsetOfSource", () => {
  it("turns file:line:column into an offset", () => {
    const source = "ab\ncdef\ng";
    expect(offsetOfSource(source, "/message.flex.tsx:2:3")).toBe(5);
    expect(source[offsetOfSource(source, "x:3:1")!]).toBe("g");
    expect(offsetOfSource(source, "x:9:1")).toBeUndefined();
  });
});

describe("textPath: an issue's path in the JSON text", () => {
  it("counts a list's messages from the root array, where the issues say messages[i]", () => {
    const list = [{ type: "text", text: "a" }];
    expect(textPath(list, ["messages", 0, "text"])).toEqual([0, "text"]);
    expect(textPath(list, ["messages"])).toEqual(["messages"]);
    // A body really has its messages under `messages`; a message has its own keys.
    expect(textPath({ messages: list }, ["messages", 0, "text"])).toEqual(["messages", 0, "text"]);
    expect(textPath(list[0], ["text"])).toEqual(["text"]);
  });
});

describe("previewElementFor", () => {
  it("finds the drawn component of an issue's path in a carousel", () => {
    const chat = drawChat({
      type: "flex",
      altText: "c",
      contents: {
        type: "carousel",
        contents: [bubble(text("First")), bubble(text("Second"), text("Third"))],
      },
    });
    expect(
      previewElementFor(chat, "contents.contents[1].body.contents[1].size", "message")?.textContent,
    ).toBe("Third");
    expect(previewElementFor(chat, "contents.contents[1]", "message")?.dataset.flex).toBe("bubble");
    expect(previewElementFor(chat, "contents.contents[0].body", "message")?.textContent).toBe(
      "First",
    );
  });

  it("takes an issue's path as steps, and leaves the caller's steps as they were", () => {
    const chat = drawChat({
      type: "flex",
      altText: "c",
      contents: { type: "carousel", contents: [bubble(text("First"), text("Second"))] },
    });
    const path = ["contents", "contents", 0, "body", "contents", 1, "size"];
    expect(previewElementFor(chat, path, "message")?.textContent).toBe("Second");
    expect(path).toEqual(["contents", "contents", 0, "body", "contents", 1, "size"]);
  });

  it("counts messages in a list and reads bare containers", () => {
    const list = drawChat([
      text("one"),
      { type: "flex", altText: "b", contents: bubble(text("in two")) },
    ]);
    expect(previewElementFor(list, "[1].contents.body.contents[0]", "message")?.textContent).toBe(
      "in two",
    );
    expect(previewElementFor(list, "[0].text", "message")?.matches("[data-message-row]")).toBe(
      true,
    );
    root?.unmount();
    host?.remove();
    const bare = drawChat(
      bubble(text("x"), { type: "box", layout: "horizontal", contents: [text("deep")] }),
    );
    expect(previewElementFor(bare, "body.contents[1].contents[0]", "container")?.textContent).toBe(
      "deep",
    );
  });

  it("reads the validators' paths of a push body and a list (messages[i]…)", () => {
    // A push body draws its messages; the issues name them as `messages[i]…` (PUSH rules).
    const chat = drawChat({
      to: `U${"0".repeat(32)}`,
      messages: [text("one"), { type: "flex", altText: "b", contents: bubble(text("in two")) }],
    });
    expect(
      previewElementFor(chat, "messages[1].contents.body.contents[0]", "body")?.textContent,
    ).toBe("in two");
    const row = previewElementFor(chat, "messages[0].text", "body");
    expect(row?.matches("[data-message-row]") && row.textContent).toContain("one");
    // `messages` itself (say, too many of them) is the whole list, and `to` is not drawn.
    expect(previewElementFor(chat, "messages", "body")).toBeUndefined();
    expect(previewElementFor(chat, "to", "body")).toBeUndefined();
    // A list's issues say `messages[i]…` too.
    expect(
      previewElementFor(chat, "messages[1].contents.body.contents[0]", "message")?.textContent,
    ).toBe("in two");
  });
});
