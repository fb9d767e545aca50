import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { realWorldFlex } from "../../helpers.js";
import { flexkit } from "../support/run-cli.js";

/** The real `flexkit` bin: `to-jsx`, `build --all` and arrays of messages. */

const work = mkdtempSync(join(tmpdir(), "flexkit-jsx-cli-"));
function write(name: string, content: string): string {
  const path = join(work, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const header =
  'import { Body, Box, Bubble, FlexMessage, Text, TextMessage } from "@flexkit/flex-jsx";\n';

describe("flexkit to-jsx", () => {
  it("writes .flex.tsx whose flexkit build gives back the same JSON", async () => {
    const fixture = join(realWorldFlex, "line-bot-sdk-java", "Restaurant.json");
    const out = join(work, "restaurant.flex.tsx");
    const converted = await flexkit(["to-jsx", fixture, "-o", out]);
    expect(converted).toMatchObject({ code: 0, stderr: "" });
    expect(readFileSync(out, "utf8")).toMatch(
      /^\/\*\* @jsxImportSource @flexkit\/flex-jsx \*\/\nimport \{/,
    );
    const built = await flexkit(["build", out]);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toStrictEqual(JSON.parse(readFileSync(fixture, "utf8")));
  });

  it("prints to stdout, and exits 2 with one line for JSON it cannot convert", async () => {
    const ok = await flexkit(["to-jsx", write("hi.json", '{"type":"text","text":"hi"}')]);
    expect(ok.stdout).toMatchInlineSnapshot(`
      "/** @jsxImportSource @flexkit/flex-jsx */
      import { TextMessage } from "@flexkit/flex-jsx";

      export default (
        <TextMessage>hi</TextMessage>
      );
      "
    `);
    const unknown = await flexkit(["to-jsx", write("fax.json", '{"type":"fax"}')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.replaceAll(work, "<tmp>")).toMatchInlineSnapshot(`
      "flexkit: <tmp>/fax.json: expected a message type ("text", "textV2", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex", "coupon"), got "fax"
      "
    `);
    const broken = await flexkit(["to-jsx", write("broken.json", '{"type":')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr.replaceAll(work, "<tmp>")).toMatchInlineSnapshot(`
      "flexkit: <tmp>/broken.json:1:9: not valid JSON: Unexpected end of JSON input
      "
    `);
    expect(`${unknown.stderr}${broken.stderr}`).not.toMatch(/\n\s+at /);
  });
});

describe("flexkit build", () => {
  it("prints an array of up to 5 messages, and refuses 6 with the rule", async () => {
    const five = write(
      "five.flex.tsx",
      `${header}export default [1, 2, 3, 4, 5].map((n) => <TextMessage key={n}>message {n}</TextMessage>);\n`,
    );
    const built = await flexkit(["build", five]);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toStrictEqual(
      [1, 2, 3, 4, 5].map((n) => ({ type: "text", text: `message ${n}` })),
    );
    const six = write(
      "six.flex.tsx",
      `${header}export default [1, 2, 3, 4, 5, 6].map((n) => <TextMessage key={n}>m{n}</TextMessage>);\n`,
    );
    const refused = await flexkit(["build", six]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatchInlineSnapshot(`
      "error messages: expected 1 to 5 messages, got 6 [PUSH-2]
      "
    `);
  });

  it("prints a bare <Carousel> root as the container", async () => {
    const file = write(
      "bare.flex.tsx",
      `${header.replace("Bubble,", "Bubble, Carousel,")}export default (\n  <Carousel>\n    <Bubble>\n      <Body>\n        <Box layout="vertical">\n          <Text>one</Text>\n        </Box>\n      </Body>\n    </Bubble>\n  </Carousel>\n);\n`,
    );
    const built = await flexkit(["build", file]);
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toStrictEqual({
      type: "carousel",
      contents: [
        {
          type: "bubble",
          body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "one" }] },
        },
      ],
    });
  });

  it("--all builds every *.flex.tsx in a folder with a progress line per file", async () => {
    const card = (text: string) =>
      `${header}export default (\n  <FlexMessage altText="x">\n    <Bubble>\n      <Body>\n        <Box layout="vertical">\n          <Text>${text}</Text>\n        </Box>\n      </Body>\n    </Bubble>\n  </FlexMessage>\n);\n`;
    write("all/a.flex.tsx", card("A"));
    write("all/nested/b.flex.tsx", card("B"));
    write("all/c.flex.tsx", `${header}export default <TextMessage>{""}</TextMessage>;\n`);
    write("all/notes.tsx", "this is not a message file");
    const result = await flexkit(["build", "--all", "all"], {}, { cwd: work });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "[1/3] all/a.flex.tsx → all/a.json
      [2/3] all/c.flex.tsx: invalid
        error text: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-TEXT] (all/c.flex.tsx:2:16)
      [3/3] all/nested/b.flex.tsx → all/nested/b.json
      built 2 of 3 message files
      "
    `);
    expect(JSON.parse(readFileSync(join(work, "all", "nested", "b.json"), "utf8"))).toMatchObject({
      type: "flex",
      contents: { body: { contents: [{ text: "B" }] } },
    });
  });

  it("--all -o writes below another folder and exits 2 for an empty folder", async () => {
    write("two/a.flex.tsx", `${header}export default <TextMessage>hello</TextMessage>;\n`);
    const result = await flexkit(["build", "--all", "two", "-o", "out"], {}, { cwd: work });
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(work, "out", "a.json"), "utf8"))).toStrictEqual({
      type: "text",
      text: "hello",
    });
    mkdirSync(join(work, "empty"));
    const empty = await flexkit(["build", "--all", "empty"], {}, { cwd: work });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatchInlineSnapshot(`
      "flexkit: empty: no *.flex.tsx or *.flex.jsx files
      "
    `);
  });
});
