import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { flexMessage, repoRoot, vbox } from "../../helpers.js";
import { startFaultServer } from "../support/fault-server.js";
import { flexkit } from "../support/run-cli.js";

const work = mkdtempSync(join(tmpdir(), "flexkit-cli-"));
function write(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe("flexkit build", () => {
  it("prints the JSON of a .flex.tsx file (exit 0)", async () => {
    const result = await flexkit(["build", "test/flex-jsx/golden/welcome.flex.tsx"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const expected: unknown = JSON.parse(
      readFileSync(join(repoRoot, "test/flex-jsx/golden/welcome.json"), "utf8"),
    );
    expect(JSON.parse(result.stdout)).toStrictEqual(expected);
  });

  it("compiles through @babel/core to the same JSON as the TypeScript path", async () => {
    const { render } = await import("@flexkit/flex-jsx");
    const module = (await import("../../flex-jsx/golden/welcome.flex.js")) as {
      default: Parameters<typeof render>[0];
    };
    const result = await flexkit(["build", "test/flex-jsx/golden/welcome.flex.tsx"]);
    expect(JSON.parse(result.stdout)).toStrictEqual(render(module.default).message);
  });

  it("writes the JSON to a file with -o", async () => {
    const out = join(work, "out.json");
    const result = await flexkit(["build", "test/flex-jsx/golden/welcome.flex.tsx", "-o", out]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({
      type: "flex",
      altText: "Your receipt",
    });
  });

  it("exits 1 with each issue, its rule and its file:line:column on stderr when invalid", async () => {
    const file = write(
      "invalid.flex.tsx",
      [
        'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
        "export default function Card() {",
        "  return (",
        '    <FlexMessage altText="">',
        "      <Bubble>",
        "        <Body>",
        '          <Box layout="vertical">',
        '            <Text size={"huge" as "md"}>hi</Text>',
        "          </Box>",
        "        </Body>",
        "      </Bubble>",
        "    </FlexMessage>",
        "  );",
        "}",
      ].join("\n"),
    );
    const result = await flexkit(["build", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    const shown = result.stderr.replaceAll(`${work}/`, "");
    expect(shown).toMatchInlineSnapshot(`
      "error altText: expected at least 1 character (UTF-16 code units), got 0 (empty) [FLEX-1] (invalid.flex.tsx:4:5)
      error contents.body.contents[0].size: expected a size keyword ("xxs"…"5xl") or a px value like "18px" (no %), got "huge" [FLEX-VAL] (invalid.flex.tsx:8:13)
      "
    `);
  });

  it("prints a rich menu file's JSON: a lone menu as the menu, a tab set as { richMenus }", async () => {
    const lone = write(
      "menu.flex.tsx",
      [
        'import { message } from "@flexkit/flex-jsx";',
        'import { Area, Column, RichMenu } from "@flexkit/flex-jsx/rich-menu";',
        "export default (",
        '  <RichMenu size="compact" selected name="m" chatBarText="Menu">',
        '    <Column><Area action={message("a")} /></Column>',
        '    <Column><Area action={message("b")} /></Column>',
        "  </RichMenu>",
        ");",
        'export const image = "./menu.png";',
      ].join("\n"),
    );
    const built = await flexkit(["build", lone]);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout)).toEqual({
      size: { width: 2500, height: 843 },
      selected: true,
      name: "m",
      chatBarText: "Menu",
      areas: [
        {
          bounds: { x: 0, y: 0, width: 1250, height: 843 },
          action: { type: "message", text: "a" },
        },
        {
          bounds: { x: 1250, y: 0, width: 1250, height: 843 },
          action: { type: "message", text: "b" },
        },
      ],
    });
    const set = write(
      "tabs.flex.tsx",
      [
        'import { richMenuSwitch } from "@flexkit/flex-jsx";',
        'import { Area, RichMenu } from "@flexkit/flex-jsx/rich-menu";',
        "const bounds = { x: 0, y: 0, width: 2500, height: 843 };",
        "export const richMenus = {",
        '  a: <RichMenu size="compact" selected name="a" chatBarText="A">',
        '    <Area bounds={bounds} action={richMenuSwitch("c", "to=c")} />',
        "  </RichMenu>,",
        "};",
      ].join("\n"),
    );
    const result = await flexkit(["build", set]);
    // RM-9: the switch names an alias the set does not have, a warning at its JSX line.
    expect(result.stderr.replaceAll(`${work}/`, "")).toMatchInlineSnapshot(`
      "warning richMenus.a.areas[0].action.richMenuAliasId: switches to "c", which is not in this set of menus; unless that alias exists on the channel, LINE does not switch and the postback's params.status is "RICHMENU_ALIAS_ID_NOTFOUND" [RM-9] (tabs.flex.tsx:6:5)
      "
    `);
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(["richMenus"]);
  });

  it("exits 1 with the render error's sentence and place", async () => {
    const file = write(
      "misplaced.flex.tsx",
      'import { Body, Bubble, Text } from "@flexkit/flex-jsx";\nexport default <Bubble>\n  <Body><Text>x</Text></Body>\n</Bubble>;\n',
    );
    const result = await flexkit(["build", file]);
    expect(result.code).toBe(1);
    expect(result.stderr.replaceAll(`${work}/`, "")).toMatchInlineSnapshot(`
      "error <Text> must be inside a <Box>; found in <Body> at body (misplaced.flex.tsx:3:9)
      "
    `);
    noStackTrace(result.stderr);
  });

  it("exits 1 for an element where a message's text belongs, naming it at its JSX", async () => {
    // Babel compiles without type checks: the types refuse this, flexkit build did not.
    const file = write(
      "element-text.flex.tsx",
      'import { Text, TextMessage } from "@flexkit/flex-jsx";\nconst Bad = () => <Text>x</Text>;\nexport default <TextMessage>\n  <Bad />\n</TextMessage>;\n',
    );
    const result = await flexkit(["build", file]);
    expect([result.code, result.stdout]).toEqual([1, ""]);
    expect(result.stderr.replaceAll(`${work}/`, "")).toBe(
      "error <Bad> can't sit in a <TextMessage>; only text goes here (element-text.flex.tsx:4:3)\n",
    );
  });

  it("exits 2 with one line for a missing file", async () => {
    const result = await flexkit(["build", "does-not-exist.flex.tsx"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "flexkit: does-not-exist.flex.tsx: no such file
      "
    `);
  });

  it("exits 2 with file:line:column for a syntax error, never a stack trace", async () => {
    const file = write(
      "broken.flex.tsx",
      'import { Box } from "@flexkit/flex-jsx";\nexport default <Box layout="vertical">{</Box>;\n',
    );
    const result = await flexkit(["build", file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr.replaceAll(`${work}/`, "")).toMatchInlineSnapshot(`
      "flexkit: broken.flex.tsx:2:41: Unexpected token
      "
    `);
    noStackTrace(result.stderr);
  });

  it("exits 2 with the file:line:column of an error thrown while the file loads, in one line", async () => {
    // Thrown at the top level, outside any component: TypeScript types and the JSX runtime's
    // import shift Babel's output, so the place must come through its source map.
    const dir = join(work, "top-level");
    mkdirSync(dir, { recursive: true });
    const header = 'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";';
    const card =
      'export default <FlexMessage altText="a"><Bubble><Body><Box layout="vertical"><Text>x</Text></Box></Body></Bubble></FlexMessage>;';
    const thrown = join(dir, "thrown.flex.tsx");
    writeFileSync(
      thrown,
      [
        header,
        "interface Limits {",
        "  max: number;",
        "}",
        "const limits: Limits = { max: 1 };",
        'if (limits.max < 2) throw new Error("boom");',
        card,
        "",
      ].join("\n"),
    );
    const read = join(dir, "read.flex.tsx");
    writeFileSync(
      read,
      [
        header,
        "type Settings = { name: string };",
        "const settings = undefined as Settings | undefined;",
        "export const name: string = settings!.name;",
        card,
        "",
      ].join("\n"),
    );
    const results = await Promise.all([
      flexkit(["build", thrown]),
      flexkit(["build", read]),
      flexkit(["push", thrown, "--dry-run"], { LINE_API_BASE: "http://127.0.0.1:9" }),
      flexkit(["build", "--all", dir]),
    ]);
    const shown = results.map((result) => {
      noStackTrace(result.stderr);
      // build names the file as given (absolute), build --all relative to where it ran.
      return [result.code, result.stderr.replaceAll(/\S*\/(?=\w+\.flex\.tsx)/g, "")];
    });
    expect(shown).toEqual([
      [2, "flexkit: thrown.flex.tsx:6:27: could not load: boom\n"],
      [
        2,
        "flexkit: read.flex.tsx:4:39: could not load: Cannot read properties of undefined (reading 'name')\n",
      ],
      [2, "flexkit: thrown.flex.tsx:6:27: could not load: boom\n"],
      [
        2,
        [
          "[1/2] read.flex.tsx:4:39: could not load: Cannot read properties of undefined (reading 'name')",
          "[2/2] thrown.flex.tsx:6:27: could not load: boom",
          "built 0 of 2 message files",
          "",
        ].join("\n"),
      ],
    ]);
  });

  it("names only the file when what failed to load has no line of the author's (a missing import)", async () => {
    const file = write(
      "missing-import.flex.tsx",
      'import { Text } from "@flexkit/flex-jsx";\nimport { name } from "./no-such-module";\nexport default <Text>{name}</Text>;\n',
    );
    const result = await flexkit(["build", file]);
    expect(result.code).toBe(2);
    // Node's own frames (node:internal/…) are never the place.
    expect(result.stderr.replaceAll(`${work}/`, "")).toBe(
      "flexkit: missing-import.flex.tsx: could not load: Cannot find module 'no-such-module' imported from missing-import.flex.tsx\n",
    );
  });

  it("build --all names each file once when its error has no line:column", async () => {
    const dir = join(work, "placeless");
    mkdirSync(join(dir, "my cards"), { recursive: true });
    writeFileSync(
      join(dir, "miss.flex.tsx"),
      'import { Text } from "@flexkit/flex-jsx";\nimport { name } from "./no-such-module";\nexport default <Text>{name}</Text>;\n',
    );
    writeFileSync(join(dir, "props.flex.tsx"), greeting('export const previewProps = "Ann";'));
    writeFileSync(join(dir, "my cards", "no default.flex.tsx"), "export const x = 1;\n");
    // Run from the folder itself too: the file's path as given is then its shown path.
    const results = await Promise.all([
      flexkit(["build", "--all", dir]),
      flexkit(["build", "--all", "."], {}, { cwd: dir }),
    ]);
    // Paths shown relative to where flexkit ran, Node's own absolute: both cut to the file name.
    const [fromRoot, fromDir] = results.map((result) =>
      result.stderr.replaceAll(`${relative(repoRoot, dir)}/`, "").replaceAll(`${dir}/`, ""),
    );
    const lines = [
      "[1/3] miss.flex.tsx: could not load: Cannot find module 'no-such-module' imported from miss.flex.tsx",
      "[2/3] my cards/no default.flex.tsx: has no default export; export default a message element",
      '[3/3] props.flex.tsx: previewProps: expected an object of the default export\'s props, got the string "Ann"',
      "built 0 of 3 message files",
      "",
    ].join("\n");
    expect(fromDir).toBe(lines);
    expect(fromRoot).toBe(lines);
  });
});

/** A component that needs its props: called with none, `name.toUpperCase()` throws. */
const greeting = (previewProps: string) =>
  [
    'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
    previewProps,
    "function Name({ name }: { name: string }) {",
    "  return <Text>{name.toUpperCase()}</Text>;",
    "}",
    "export default function Card({ name }: { name: string }) {",
    "  return (",
    '    <FlexMessage altText="card">',
    "      <Bubble>",
    "        <Body>",
    '          <Box layout="vertical">',
    "            <Name name={name} />",
    "          </Box>",
    "        </Body>",
    "      </Bubble>",
    "    </FlexMessage>",
    "  );",
    "}",
    "",
  ].join("\n");

const textOf = (json: unknown) =>
  (json as { contents: { body: { contents: { text: string }[] } } }).contents.body.contents[0]!
    .text;

describe("previewProps in flexkit build and push (as in flexkit dev)", () => {
  const withProps = greeting('export const previewProps = { name: "Ann" };');

  it("build calls the default export with the file's previewProps", async () => {
    const file = write("props.flex.tsx", withProps);
    const result = await flexkit(["build", file]);
    expect([result.code, result.stderr]).toEqual([0, ""]);
    expect(textOf(JSON.parse(result.stdout))).toBe("ANN");
  });

  it("build --all calls each default export with its file's previewProps", async () => {
    const dir = join(work, "with-props");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "card.flex.tsx"), withProps);
    const result = await flexkit(["build", "--all", dir]);
    expect(result.code).toBe(0);
    expect(textOf(JSON.parse(readFileSync(join(dir, "card.json"), "utf8")))).toBe("ANN");
  });

  it("push renders with previewProps: LINE is asked about the message they make", async () => {
    const file = write("push-props.flex.tsx", withProps);
    const api = await startFaultServer(() => ({ status: 200, body: {} }));
    try {
      const result = await flexkit(["push", file, "--dry-run"], {
        LINE_CHANNEL_ACCESS_TOKEN: "cli-test-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
        LINE_API_BASE: api.url,
      });
      expect(result.code).toBe(0);
      const body = JSON.parse(api.requests[0]!.body) as { messages: unknown[] };
      expect(textOf(body.messages[0])).toBe("ANN");
    } finally {
      await api.close();
    }
  });

  it("a component that throws is reported in one line at the file:line:column it threw", async () => {
    const file = write("throws.flex.tsx", greeting("// no previewProps: name is undefined"));
    const results = await Promise.all([
      flexkit(["build", file]),
      flexkit(["push", file, "--dry-run"], { LINE_API_BASE: "http://127.0.0.1:9" }),
    ]);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stderr.replaceAll(`${work}/`, "")).toBe(
        "flexkit: throws.flex.tsx:4:22: rendering failed: Cannot read properties of undefined (reading 'toUpperCase')\n",
      );
    }
    const all = await flexkit(["build", "--all", work]);
    const line = all.stderr.split("\n").find((entry) => entry.includes("throws.flex.tsx"));
    expect(line?.replaceAll(`${work}/`, "")).toMatch(
      /^\[\d+\/\d+\] \S*throws\.flex\.tsx:4:22: rendering failed: Cannot read properties of undefined \(reading 'toUpperCase'\)$/,
    );
    noStackTrace(all.stderr);
  });

  it("refuses a previewProps that is not an object, in one line", async () => {
    const file = write("bad-props.flex.tsx", greeting('export const previewProps = "Ann";'));
    const result = await flexkit(["build", file]);
    expect(result.code).toBe(2);
    expect(result.stderr.replaceAll(`${work}/`, "")).toBe(
      'flexkit: bad-props.flex.tsx: previewProps: expected an object of the default export\'s props, got the string "Ann"\n',
    );
  });
});

describe("message files are *.flex.tsx and *.flex.jsx, as flexkit dev lists them", () => {
  it("build --all builds a *.flex.jsx file beside the *.flex.tsx ones, and nothing else", async () => {
    const dir = join(work, "both-kinds");
    mkdirSync(dir, { recursive: true });
    const text = (words: string) =>
      `import { TextMessage } from "@flexkit/flex-jsx";\nexport default <TextMessage>${words}</TextMessage>;\n`;
    writeFileSync(join(dir, "a.flex.tsx"), text("from TSX"));
    writeFileSync(join(dir, "b.flex.jsx"), text("from JSX"));
    writeFileSync(join(dir, "helper.jsx"), text("not a message file"));
    const result = await flexkit(["build", "--all", dir]);
    expect(result.stderr.replaceAll(`${relative(repoRoot, dir)}/`, "")).toBe(
      [
        "[1/2] a.flex.tsx → a.json",
        "[2/2] b.flex.jsx → b.json",
        "built 2 of 2 message files",
        "",
      ].join("\n"),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "b.json"), "utf8"))).toStrictEqual({
      type: "text",
      text: "from JSX",
    });
  });
});

describe("flexkit validate", () => {
  it("exits 0 for a valid message", async () => {
    const file = write(
      "valid.json",
      JSON.stringify(flexMessage(vbox({ type: "text", text: "hi" }))),
    );
    const result = await flexkit(["validate", file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("valid");
  });

  it("exits 1 and prints one line per issue for an invalid message", async () => {
    const file = write(
      "invalid.json",
      JSON.stringify(flexMessage(vbox({ type: "text", text: "hi", size: "huge" }))),
    );
    const result = await flexkit(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error contents.body.contents[0].size: expected a size keyword ("xxs"…"5xl") or a px value like "18px" (no %), got "huge" [FLEX-VAL]
      "
    `);
  });

  it("prints { ok, issues } with --json", async () => {
    const file = write("invalid2.json", JSON.stringify({ ...flexMessage(vbox()), altText: "" }));
    const result = await flexkit(["validate", "--json", file]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      issues: [
        {
          severity: "error",
          property: "altText",
          path: ["altText"],
          message: "expected at least 1 character (UTF-16 code units), got 0 (empty)",
          rule: "FLEX-1",
        },
      ],
    });
  });

  it("reads standard input with -", async () => {
    const result = await flexkit(
      ["validate", "-"],
      {},
      { input: JSON.stringify({ type: "bubble", body: vbox() }) },
    );
    expect(result.code).toBe(0);
  });

  it("exits 2 with line and column for JSON that does not parse", async () => {
    const file = write("broken.json", '{\n  "type": "flex",\n  "altText": "x",\n}\n');
    const result = await flexkit(["validate", file]);
    expect(result.code).toBe(2);
    expect(result.stderr.replaceAll(`${work}/`, "")).toMatchInlineSnapshot(`
      "flexkit: broken.json:4:1: not valid JSON: Expected double-quoted property name
      "
    `);
    noStackTrace(result.stderr);
  });
});

describe("flexkit usage errors: what a command does not take, a command it does not know", () => {
  it("exits 2 for an option the command does not take, naming the ones it does", async () => {
    const build = await flexkit(["build", "x.flex.tsx", "--port", "5000"]);
    expect(build.code).toBe(2);
    expect(build.stderr).toBe(
      "flexkit: build does not take --port; its options are --all, --output, --strict (flexkit --help)\n",
    );
    const validate = await flexkit(["validate", "-", "--to", "U0"]);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe(
      "flexkit: validate does not take --to; its options are --json, --strict (flexkit --help)\n",
    );
  });

  it("exits 2 for an argument the command does not take, naming it and what it takes", async () => {
    // Nothing may start or be sent if an argument is ignored: PORT is unusable (a server command
    // ends on its error), push has no token and LINE is a closed port, and --all gets an empty
    // folder (never the repo's goldens, which it would overwrite).
    const env = {
      PORT: "not-a-port",
      LINE_CHANNEL_ACCESS_TOKEN: "",
      LINE_API_BASE: "http://127.0.0.1:9",
    };
    const file = "test/flex-jsx/golden/welcome.flex.tsx";
    const empty = join(work, "stray-empty");
    mkdirSync(empty, { recursive: true });
    const cases: [string[], string][] = [
      [["start", "5174"], 'flexkit start: unexpected argument "5174"; use --port 5174'],
      [
        ["serve", "extra"],
        'flexkit serve: unexpected argument "extra"; it takes no arguments (flexkit serve [--port n])',
      ],
      [
        ["dev", "test", "b"],
        'flexkit dev: unexpected argument "b"; it takes one folder at most (flexkit dev [dir])',
      ],
      [["dev", "test", "5174"], 'flexkit dev: unexpected argument "5174"; use --port 5174'],
      [
        ["build", file, "b.flex.tsx"],
        'flexkit build: unexpected argument "b.flex.tsx"; it takes one file (flexkit build <file.flex.tsx>)',
      ],
      [
        ["build", "--all", empty, file],
        `flexkit build: unexpected argument "${file}"; with --all it takes only the folder (flexkit build --all <dir>)`,
      ],
      [
        ["to-jsx", "a.json", "b.json"],
        'flexkit to-jsx: unexpected argument "b.json"; it takes one file (flexkit to-jsx <file.json|->)',
      ],
      [
        ["validate", "-", "b.json"],
        'flexkit validate: unexpected argument "b.json"; it takes one file (flexkit validate <file.json|->)',
      ],
      [
        ["push", file, "U0", "--dry-run"],
        'flexkit push: unexpected argument "U0"; it takes one file (flexkit push <file> --to U…)',
      ],
      // A recipient's ID given without --to was meant as one.
      [
        ["push", file, `U${"0a".repeat(16)}`, "--dry-run"],
        `flexkit push: unexpected argument "U${"0a".repeat(16)}"; use --to U${"0a".repeat(16)}`,
      ],
      // `flexkit dev 5174`: a number that is no folder was meant as the port.
      [
        ["dev", "5174"],
        "flexkit: 5174: no such folder; to choose the port, use --port 5174 (flexkit dev [dir] --port n)",
      ],
    ];
    const results = await Promise.all(cases.map(([args]) => flexkit(args, env, { input: "" })));
    expect(results.map((result) => [result.code, result.stdout, result.stderr])).toEqual(
      cases.map(([, line]) => [2, "", `${line}\n`]),
    );
  });

  it("exits 2 for an unknown command, with one line", async () => {
    const result = await flexkit(["frobnicate"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "flexkit: unknown command "frobnicate"; expected one of start, dev, serve, build, to-jsx, validate, push, richmenu (flexkit --help)
      "
    `);
  });
});
