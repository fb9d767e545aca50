import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { flexMessage, repoRoot, vbox } from "../../helpers.js";
import { bin, type CliResult, runToEnd, testEnv } from "../support/run-cli.js";

/**
 * What the CLI reads (validate, to-jsx, push, build): files that are not files, input larger
 * than the cap or deeper than LINE JSON can be, and text that is not UTF-8 each get one line
 * naming what is wrong and where, exit 2, never a stack trace or a hang. The real bin, in a
 * child process, with no LINE_* variables of the machine running the tests.
 */

/** The cap (packages/simulator/src/cli/read-input.ts), as its line names it. */
const CAP_BYTES = 10 * 1024 * 1024;
const CAP_LINE = `more than 10 MB; flexkit reads at most 10 MB (${CAP_BYTES} bytes) of input, and LINE messages are far smaller`;

type Result = CliResult;

/** push never reaches a LINE: a closed port. */
const NO_LINE = { LINE_API_BASE: "http://127.0.0.1:9" };

/** Runs `command` (the bin through Node unless told otherwise) with `input` on stdin. */
function run(args: string[], input = "", command = process.execPath): Promise<Result> {
  const argv = command === process.execPath ? [bin, ...args] : args;
  return runToEnd(command, argv, { input, env: NO_LINE, limit: 20_000 });
}

const work = mkdtempSync(join(tmpdir(), "flexkit-input-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const path = (name: string) => join(work, name);
function write(name: string, content: string | Buffer): string {
  writeFileSync(path(name), content);
  return path(name);
}
/** stderr with the work folder cut, so lines read as the user's would. */
const shown = (result: Result) => result.stderr.replaceAll(`${work}/`, "");

/** One line on stderr, exit 2, nothing on stdout. */
function expectOneLine(result: Result, line: string): void {
  expect({ code: result.code, stdout: result.stdout, stderr: shown(result) }).toEqual({
    code: 2,
    stdout: "",
    stderr: `flexkit: ${line}\n`,
  });
}

const hi = JSON.stringify({ type: "text", text: "hi" });

/** A bubble whose body is `depth` boxes one inside another, the innermost holding a text. */
function deepBubble(depth: number): string {
  let box: unknown = { type: "text", text: "x" };
  for (let level = 0; level < depth; level++) box = vbox(box);
  return JSON.stringify({ type: "bubble", body: box });
}

describe("input that is not a file is named for what it is", () => {
  const card =
    'import { TextMessage } from "@flexkit/flex-jsx";\nexport default <TextMessage>hi</TextMessage>;\n';

  it("a folder", async () => {
    mkdirSync(path("folder.json"));
    mkdirSync(path("folder.flex.tsx"));
    const results = await Promise.all([
      run(["validate", path("folder.json")]),
      run(["to-jsx", path("folder.json")]),
      run(["push", path("folder.json"), "--dry-run"]),
      run(["build", path("folder.flex.tsx")]),
    ]);
    for (const result of results.slice(0, 3))
      expectOneLine(result, "folder.json: is a folder; expected a JSON file");
    expectOneLine(results[3]!, "folder.flex.tsx: is a folder; expected a .flex.tsx file");
  });

  it("a symbolic link loop, and a link to nothing", async () => {
    symlinkSync("loop-b.json", path("loop-a.json"));
    symlinkSync("loop-a.json", path("loop-b.json"));
    symlinkSync("nowhere.json", path("dangling.json"));
    symlinkSync("loop-a.json", path("loop.flex.tsx"));
    const [validate, toJsx, build, dangling] = await Promise.all([
      run(["validate", path("loop-a.json")]),
      run(["to-jsx", path("loop-a.json")]),
      run(["build", path("loop.flex.tsx")]),
      run(["validate", path("dangling.json")]),
    ]);
    const loop = "a symbolic link loop (following its links leads back to a link already followed)";
    expectOneLine(validate!, `loop-a.json: ${loop}; expected a JSON file`);
    expectOneLine(toJsx!, `loop-a.json: ${loop}; expected a JSON file`);
    expectOneLine(build!, `loop.flex.tsx: ${loop}; expected a .flex.tsx file`);
    expectOneLine(
      dangling!,
      "dangling.json: a symbolic link to nowhere.json, which does not exist; expected a JSON file",
    );
  });

  it("a named pipe with no writer: one line at once, not a wait for ever", async () => {
    execFileSync("mkfifo", [path("pipe.json"), path("pipe.flex.tsx")]);
    const [validate, toJsx, build] = await Promise.all([
      run(["validate", path("pipe.json")]),
      run(["to-jsx", path("pipe.json")]),
      run(["build", path("pipe.flex.tsx")]),
    ]);
    const line =
      "pipe.json: is a named pipe (FIFO) that no program writes to; expected a JSON file, or a pipe with a writer";
    expectOneLine(validate!, line);
    expectOneLine(toJsx!, line);
    expectOneLine(build!, "pipe.flex.tsx: is a named pipe (FIFO); expected a .flex.tsx file");
  });

  it("a pipe with a writer is read (bash's <(…))", async () => {
    const result = await run(
      ["-c", `"$0" "$1" validate <(printf '%s' "$2")`, process.execPath, bin, hi],
      "",
      "bash",
    );
    expect(result).toMatchObject({ code: 0, stderr: expect.stringMatching(/: valid\n$/) });
  });

  it("a missing file is still 'no such file', and a card file still builds", async () => {
    expectOneLine(await run(["validate", path("missing.json")]), "missing.json: no such file");
    const built = await run(["build", write("card.flex.tsx", card)]);
    expect(built.code).toBe(0);
  });
});

describe("input is capped at 10 MB", () => {
  it("a file larger than the cap: one line naming the cap, for every command", async () => {
    const big = write("big.json", Buffer.alloc(CAP_BYTES + 1, 0x20));
    const bigSource = write("big.flex.tsx", Buffer.alloc(CAP_BYTES + 1, 0x20));
    const results = await Promise.all([
      run(["validate", big]),
      run(["to-jsx", big]),
      run(["push", big, "--dry-run"]),
      run(["build", bigSource]),
    ]);
    for (const result of results.slice(0, 3)) expectOneLine(result, `big.json: ${CAP_LINE}`);
    expectOneLine(results[3]!, `big.flex.tsx: ${CAP_LINE}`);
  });

  it("validate - stops reading standard input at the cap", async () => {
    const child = spawn(process.execPath, [bin, "validate", "-"], {
      cwd: repoRoot,
      env: testEnv(NO_LINE),
      timeout: 60_000,
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    // Bytes the pipe took (each write's callback): at most what flexkit read, plus the pipe's
    // own buffer. flexkit ends the pipe at the cap, which fails the writes after it.
    let taken = 0;
    let ended = false;
    child.stdin.on("error", () => {
      ended = true;
    });
    const closed = once(child, "close");
    const chunk = Buffer.alloc(1024 * 1024);
    const limit = 6 * CAP_BYTES;
    for (let sent = 0; sent < limit && !ended; sent += chunk.length) {
      const accepted = child.stdin.write(chunk, (error) => {
        if (error === null || error === undefined) taken += chunk.length;
      });
      // Until the pipe takes more, or flexkit ends it (an EPIPE, which ends the loop).
      if (!accepted)
        await new Promise<void>((resolve) => {
          for (const event of ["drain", "close", "error"]) child.stdin.once(event, () => resolve());
        });
    }
    child.stdin.end();
    const [code] = (await closed) as [number | null];
    expect({ code, stderr }).toEqual({ code: 2, stderr: `flexkit: <stdin>: ${CAP_LINE}\n` });
    expect(taken).toBeLessThan(CAP_BYTES + 2 * 1024 * 1024);
  });
});

describe("nesting deeper than LINE JSON can be", () => {
  it("is one line naming the depth, for to-jsx, validate and push (no stack overflow)", async () => {
    const deep = write("deep.json", deepBubble(2000));
    const results = await Promise.all([
      run(["to-jsx", deep]),
      run(["validate", deep]),
      run(["push", deep, "--dry-run"]),
      run(["validate", "-"], deepBubble(2000)),
      // Not even JSON: only brackets.
      run(["validate", "-"], "[".repeat(100_000)),
    ]);
    // The bubble (1), 2000 boxes and their contents (4000), the text (1).
    const line =
      "nested 4002 levels deep; LINE JSON nests at most 1287 (a bubble's 30720 bytes hold at most 639 boxes one inside another, FLEX-BUB-4)";
    const place = "1:29603";
    for (const result of results.slice(0, 3)) expectOneLine(result, `deep.json:${place}: ${line}`);
    expectOneLine(results[3]!, `<stdin>:${place}: ${line}`);
    expectOneLine(
      results[4]!,
      "<stdin>:1:1288: nested 100000 levels deep; LINE JSON nests at most 1287 (a bubble's 30720 bytes hold at most 639 boxes one inside another, FLEX-BUB-4)",
    );
  });

  it("the deepest bubble LINE takes still validates and converts", async () => {
    // 639 boxes fill the bubble's 30 KB: nothing LINE accepts is refused.
    const deepest = write("deepest.json", deepBubble(638));
    const [validate, toJsx] = await Promise.all([
      run(["validate", deepest]),
      run(["to-jsx", deepest, "-o", path("deepest.flex.tsx")]),
    ]);
    // Valid, with the warning for a bubble that close to 30 KB.
    expect(validate.code).toBe(0);
    expect(validate.stderr).toMatch(
      /^warning \(root\): the bubble's compact JSON is \d+ bytes.*\n$/,
    );
    expect(toJsx).toMatchObject({ code: 0, stderr: "" });
  });
});

describe("text must be UTF-8", () => {
  it("is an error at the byte offset of the first byte that is not, never replaced", async () => {
    // "é" is 2 bytes: the bad byte is at offset 25, after 24 characters of line 1.
    const bytes = Buffer.concat([
      Buffer.from('{"type":"text","text":"é'),
      Buffer.from([0xff]),
      Buffer.from('"}'),
    ]);
    const file = write("latin.json", bytes);
    const results = await Promise.all([
      run(["validate", file]),
      run(["to-jsx", file]),
      run(["push", file, "--dry-run"]),
    ]);
    for (const result of results)
      expectOneLine(
        result,
        "latin.json:1:25: not valid UTF-8: the byte at offset 25 is 0xFF; expected UTF-8 text",
      );
  });

  it("names a UTF-16 file as one", async () => {
    const file = write(
      "utf16.json",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hi, "utf16le")]),
    );
    expectOneLine(
      await run(["validate", file]),
      "utf16.json:1:1: not valid UTF-8: the byte at offset 0 is 0xFF (the file starts with a UTF-16 byte order mark); expected UTF-8 text",
    );
  });

  it("a .flex.tsx source that is not UTF-8 is an error too", async () => {
    const file = write(
      "latin.flex.tsx",
      Buffer.concat([
        Buffer.from(
          'import { TextMessage } from "@flexkit/flex-jsx";\nexport default <TextMessage>',
        ),
        Buffer.from([0xe9]),
        Buffer.from("</TextMessage>;\n"),
      ]),
    );
    expectOneLine(
      await run(["build", file]),
      "latin.flex.tsx:2:29: not valid UTF-8: the byte at offset 77 is 0xE9; expected UTF-8 text",
    );
  });

  it("accepts a UTF-8 byte order mark, in a file and on standard input", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const file = write("bom.json", Buffer.concat([bom, Buffer.from(hi)]));
    const [validate, toJsx, stdin] = await Promise.all([
      run(["validate", file]),
      run(["to-jsx", file]),
      run(["validate", "-"], `\uFEFF${JSON.stringify(flexMessage(vbox()))}`),
    ]);
    expect(validate).toMatchObject({ code: 0, stderr: `${file}: valid\n` });
    expect(toJsx).toMatchObject({ code: 0, stderr: "" });
    expect(toJsx.stdout).toContain("<TextMessage>hi</TextMessage>");
    expect(stdin).toMatchObject({ code: 0, stderr: "<stdin>: valid\n" });
  });
});

describe("output a command cannot write", () => {
  it("is one line naming the path and why, for to-jsx -o, build -o and build --all -o", async () => {
    const json = write("out-hi.json", hi);
    mkdirSync(path("out-folder"));
    const dir = path("out-cards");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "hi.flex.tsx"),
      'import { TextMessage } from "@flexkit/flex-jsx";\nexport default <TextMessage>hi</TextMessage>;\n',
    );
    const [missing, folder, built, all] = await Promise.all([
      run(["to-jsx", json, "-o", path("no-such-folder/hi.flex.tsx")]),
      run(["to-jsx", json, "-o", path("out-folder")]),
      run(["build", join(dir, "hi.flex.tsx"), "-o", path("out-folder")]),
      // The output folder is a file.
      run(["build", "--all", dir, "-o", json]),
    ]);
    expectOneLine(
      missing,
      "no-such-folder/hi.flex.tsx: cannot write the output: no such folder (no-such-folder)",
    );
    const isFolder = "out-folder: cannot write the output: it is a folder; expected a file name";
    expectOneLine(folder, isFolder);
    expectOneLine(built, isFolder);
    expect(all.code).toBe(2);
    expect(shown(all).split("\n").at(-2)).toBe(
      "flexkit: out-hi.json/hi.json: cannot write the output: a part of its path is a file, not a folder",
    );
    expect(all.stderr).not.toMatch(/\n\s+at /);
  });
});
