/** @jsxImportSource @flexkit/flex-jsx */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  Body,
  Box,
  Bubble,
  FlexMessage,
  type FlexNode,
  render,
  Text,
  TextMessage,
} from "@flexkit/flex-jsx";
import {
  defaultMessage,
  isMessageFile,
  MESSAGE_FILE,
  MESSAGE_FILES,
  MessageFileError,
  type MessageModule,
  messageExports,
  PREVIEW_PROPS,
  previewPropsOf,
  renderMessageFile,
  renderMessages,
} from "@flexkit/flex-jsx/message-file";
import { nearestSource, validateMessages } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

/** The error a call throws, as `name: message`. */
function thrown(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  throw new Error("did not throw");
}

const Greeting = ({ name }: { name: string }) => (
  <FlexMessage altText="hi">
    <Bubble>
      <Body>
        <Box layout="vertical">
          <Text>{name.toUpperCase()}</Text>
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);

const textOf = (message: unknown) =>
  (message as { contents: { body: { contents: { text: string }[] } } }).contents.body.contents[0]!
    .text;

describe("the message file pattern", () => {
  it("is *.flex.tsx and *.flex.jsx, nothing else", () => {
    for (const name of ["card.flex.tsx", "card.flex.jsx", "my cards/a.b.flex.tsx"])
      expect(isMessageFile(name), name).toBe(true);
    for (const name of ["card.tsx", "card.jsx", "card.flex.ts", "card.flex.tsx.bak", "flex.tsx"])
      expect(isMessageFile(name), name).toBe(false);
    expect("x/card.flex.jsx".replace(MESSAGE_FILE, ".json")).toBe("x/card.json");
    expect(MESSAGE_FILES).toBe("*.flex.tsx or *.flex.jsx");
  });
});

describe("previewPropsOf", () => {
  it("is the previewProps export, or no props", () => {
    expect(PREVIEW_PROPS).toBe("previewProps");
    expect(previewPropsOf({ previewProps: { name: "Ann" } }, "a.flex.tsx")).toEqual({
      name: "Ann",
    });
    expect(previewPropsOf({}, "a.flex.tsx")).toEqual({});
  });

  it("refuses anything but an object, in one line naming the file", () => {
    const lines = ["Ann", ["Ann"], null, 3].map((previewProps) =>
      thrown(() => previewPropsOf({ previewProps }, "a.flex.tsx")),
    );
    expect(lines).toEqual([
      'MessageFileError: a.flex.tsx: previewProps: expected an object of the default export\'s props, got the string "Ann"',
      "MessageFileError: a.flex.tsx: previewProps: expected an object of the default export's props, got an array",
      "MessageFileError: a.flex.tsx: previewProps: expected an object of the default export's props, got null",
      "MessageFileError: a.flex.tsx: previewProps: expected an object of the default export's props, got a number",
    ]);
  });
});

describe("defaultMessage and renderMessageFile", () => {
  it("calls a function default export with the file's previewProps", () => {
    const module = { previewProps: { name: "Ada" }, default: Greeting };
    expect(textOf(renderMessageFile(module, "a.flex.tsx").message)).toBe("ADA");
  });

  it("takes an element or an array as it is", () => {
    const element = <TextMessage>hi</TextMessage>;
    expect(defaultMessage({ default: element }, "a.flex.tsx")).toBe(element);
    expect(renderMessageFile({ default: [element, element] }, "a.flex.tsx").message).toEqual([
      { type: "text", text: "hi" },
      { type: "text", text: "hi" },
    ]);
  });

  it("lets what the author's function throws through, as it is", () => {
    const error = thrown(() => renderMessageFile({ default: Greeting }, "a.flex.tsx"));
    expect(error).toMatch(/^TypeError: /);
  });

  it("says in one line what is wrong with the default export", () => {
    expect(thrown(() => defaultMessage({ x: 1 }, "a.flex.tsx"))).toBe(
      "MessageFileError: a.flex.tsx: has no default export; export default a message element",
    );
    expect(thrown(() => defaultMessage({ default: "hi" }, "a.flex.tsx"))).toBe(
      'MessageFileError: a.flex.tsx: the default export is the string "hi"; expected a message element or a function returning one',
    );
    expect(
      thrown(() => defaultMessage({ default: Greeting, previewProps: 1 }, "a.flex.tsx")),
    ).toMatch(/^MessageFileError: a\.flex\.tsx: previewProps: /);
  });

  it("keeps the file and the reason apart, for a place that shows one file", () => {
    const error = new MessageFileError("a.flex.tsx", "has no default export");
    expect([error.file, error.reason, error.message]).toEqual([
      "a.flex.tsx",
      "has no default export",
      "a.flex.tsx: has no default export",
    ]);
  });
});

describe("renderMessages", () => {
  it("renders an element as render() does", () => {
    const element = (
      <FlexMessage altText="x">
        <Bubble>
          <Body>
            <Box layout="vertical">
              <Text>a</Text>
            </Box>
          </Body>
        </Bubble>
      </FlexMessage>
    );
    expect(renderMessages(element)).toEqual(render(element));
  });

  it("renders an array to a list, sources under messages[i] as the validators name them", () => {
    const { message, sources } = renderMessages([
      <TextMessage key="a">fine</TextMessage>,
      <TextMessage key="b">{""}</TextMessage>,
    ]);
    expect(message).toEqual([
      { type: "text", text: "fine" },
      { type: "text", text: "" },
    ]);
    expect(Object.keys(sources).sort()).toEqual(["messages[0]", "messages[1]"]);
    const [issue] = validateMessages(message as unknown[]).issues;
    expect(issue?.property).toBe("messages[1].text");
    // The line of the second <TextMessage> above.
    expect(nearestSource(issue!.path, sources)).toBe(sources["messages[1]"]);
    expect(sources["messages[1]"]).toMatch(/message-file\.test\.tsx:\d+:\d+$/);
  });
});

describe("messageExports", () => {
  const bubble = (
    <Bubble>
      <Body>
        <Box layout="vertical">
          <Text>part</Text>
        </Box>
      </Body>
    </Bubble>
  );

  it("lists the default first, then each named export that produces a message", () => {
    // In the order a module lists them; previewProps, helpers and parts are no variants.
    const module: MessageModule = {
      previewProps: { name: "Ann" },
      Compact: <TextMessage>compact</TextMessage>,
      helper: (value: string) => value.toUpperCase(),
      Part: bubble,
      LABEL: "x",
      options: { type: "compact" },
      Json: { type: "text", text: "plain" },
      Named: Greeting,
      default: Greeting,
    };
    const found = messageExports(module, "a.flex.tsx");
    expect(found.map((entry) => entry.name)).toEqual(["default", "Compact", "Json", "Named"]);
    const [first, compact, json, named] = found;
    expect(textOf(renderMessages((first as { node: FlexNode }).node).message)).toBe("ANN");
    expect(compact).toHaveProperty("node");
    expect(json).toEqual({ name: "Json", json: { type: "text", text: "plain" } });
    expect(textOf(renderMessages((named as { node: FlexNode }).node).message)).toBe("ANN");
  });

  it("lists a component that throws with its error, a helper that throws not at all", () => {
    const module: MessageModule = {
      default: <TextMessage>hi</TextMessage>,
      Broken: Greeting,
      broken: Greeting,
    };
    const found = messageExports(module, "a.flex.tsx");
    expect(found.map((entry) => entry.name)).toEqual(["default", "Broken"]);
    expect((found[1] as { error: unknown }).error).toBeInstanceOf(TypeError);
  });

  it("lists a default export that fails with its error", () => {
    const [entry] = messageExports({ default: 42 }, "a.flex.tsx");
    expect(String((entry as { error: unknown }).error)).toBe(
      "MessageFileError: a.flex.tsx: the default export is a number; expected a message element or a function returning one",
    );
  });

  it("refuses a file with no message, or a previewProps that is no object", () => {
    expect(thrown(() => messageExports({ helper: () => 1, Part: bubble }, "a.flex.tsx"))).toBe(
      "MessageFileError: a.flex.tsx: exports no message; export default a message element or a function returning one",
    );
    expect(
      thrown(() => messageExports({ default: Greeting, previewProps: "Ann" }, "a.flex.tsx")),
    ).toMatch(/^MessageFileError: a\.flex\.tsx: previewProps: /);
  });
});

describe("@flexkit/flex-jsx/message-file", () => {
  it("is Node-free: it imports only the runtime's own modules and the validators' types", () => {
    const source = readFileSync(join(repoRoot, "packages/flex-jsx/src/message-file.ts"), "utf8");
    const imports = [...source.matchAll(/^import (type )?[^;]*? from "([^"]+)";$/gms)].map(
      ([, type, from]) => `${type ?? ""}${from}`,
    );
    expect(imports).toEqual([
      "type @flexkit/validators",
      "./component.js",
      "./element.js",
      "./render.js",
    ]);
    expect(source).not.toMatch(/\bprocess\.|\brequire\(|["']node:/);
  });

  it("is an entry point of its own, not part of the runtime's main entry", () => {
    const pkg = JSON.parse(
      readFileSync(join(repoRoot, "packages/flex-jsx/package.json"), "utf8"),
    ) as { exports: Record<string, Record<string, string>> };
    expect(pkg.exports["./message-file"]?.["@flexkit/source"]).toBe("./src/message-file.ts");
    const index = readFileSync(join(repoRoot, "packages/flex-jsx/src/index.ts"), "utf8");
    expect(index).not.toContain("message-file");
  });
});
