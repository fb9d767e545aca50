import { type ChildProcess, execFile, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FlexImageSchema, FlexTextSchema } from "@flexkit/validators";
import { describeProperty } from "@flexkit/validators/property-docs";
import type ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";
import { languageService, oneLine } from "../language-service.js";

/**
 * flexkit as a bot author gets it: the four workspaces packed with `npm pack` (their `prepack`
 * scripts included), installed into a fresh project beside `typescript` and `@line/bot-sdk` at
 * this repository's versions and the Babel packages of the README's install line, then
 * type-checked, compiled with Babel and run, and driven through the installed `flexkit` command.
 * One install serves every case; it comes from the npm cache that `npm ci` filled.
 */
const WORKSPACES = ["validators", "flex-jsx", "draw", "simulator"] as const;
const fixtures = join(import.meta.dirname, "bot");
const readme = readFileSync(join(repoRoot, "README.md"), "utf8");
const lock = JSON.parse(readFileSync(join(repoRoot, "package-lock.json"), "utf8")) as {
  packages: Record<string, { version?: string }>;
};

/** tsc over @line/bot-sdk's types takes a while on a busy two-core machine. */
const TYPE_CHECK_MS = 120_000;

/** The conditions a published exports map may use: ours for the workspace, then what users get. */
const EXPORT_CONDITIONS = ["@flexkit/source", "types", "default"];

interface Packed {
  name: string;
  filename: string;
  files: { path: string }[];
}

interface Output {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A child process's environment: the machine's, without LINE_* (nothing here may reach LINE,
 * whatever the machine has set) and without npm_* (an outer `npm test` passes its own settings
 * down that way, and the bot project's npm must read only its own).
 */
function botEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !name.startsWith("LINE_") && !/^npm_/i.test(name) && name !== "INIT_CWD",
    ),
  );
}

/** Runs a command to its end; a non-zero exit is a result, not an exception. */
function run(command: string, args: string[], cwd: string): Promise<Output> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      { cwd, env: botEnv(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

async function succeed(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(" ")} exited with ${result.code}:\n${result.stderr}`);
  return result.stdout;
}

/** The version this repository installs, so that npm finds it in the cache npm ci filled. */
function lockedVersion(name: string): string {
  const version = lock.packages[`node_modules/${name}`]?.version;
  if (version === undefined) throw new Error(`${name} is not in package-lock.json`);
  return version;
}

/**
 * The README's install lines for Babel users, in "Using the JSX in bot code": each package they
 * name and whether it is a devDependency (`--save-dev` or `-D`).
 */
function readmeInstall(): { name: string; dev: boolean }[] {
  const start = readme.indexOf("## Using the JSX in bot code");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  const lines = section.split("\n").filter((line) => /^npm install /.test(line));
  return lines.flatMap((line) => {
    const words = line.replace(/#.*/, "").trim().split(/\s+/).slice(2);
    const dev = words.includes("--save-dev") || words.includes("-D");
    return words.filter((word) => !word.startsWith("-")).map((name) => ({ name, dev }));
  });
}

/**
 * tsc's errors by file (relative to the project), from its `--pretty false` output; errors of no
 * file (the tsconfig's, say) under "tsc".
 */
function errorsByFile(output: string): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const line of output.split("\n")) {
    const match = /^(?:(.+?)\(\d+,\d+\): )?error (.*)$/.exec(line);
    if (match === null) continue;
    const file = match[1] ?? "tsc";
    errors.set(file, [...(errors.get(file) ?? []), match[2]!]);
  }
  return errors;
}

let temp: string;
let bot: string;
/** The installed `flexkit`: the link npm made in node_modules/.bin, which npx would run. */
let flexkit: string;
let packed: Packed[];
let typeChecks: Record<"nodenext" | "bundler", Promise<Output>>;
let built: Promise<Output>;
let server: ChildProcess | undefined;

beforeAll(async () => {
  temp = mkdtempSync(join(tmpdir(), "flexkit-bot-"));
  const tarballs = join(temp, "tarballs");
  mkdirSync(tarballs);
  const packStart = performance.now();
  // One npm for the four: on two cores, four npm processes side by side took longer.
  const packOutput = await succeed(
    "npm",
    [
      "pack",
      ...WORKSPACES.flatMap((workspace) => ["-w", `packages/${workspace}`]),
      "--pack-destination",
      tarballs,
      "--json",
    ],
    repoRoot,
  );
  // Script output may come first (npm prints it to stderr, but a script may not); npm's JSON is last.
  packed = JSON.parse(packOutput.slice(packOutput.search(/^\[/m))) as Packed[];
  const packSeconds = (performance.now() - packStart) / 1000;

  bot = join(temp, "bot");
  cpSync(fixtures, bot, { recursive: true });
  const tarball = (name: string) =>
    `file:${join(tarballs, packed.find((pack) => pack.name === name)!.filename)}`;
  const dependencies: Record<string, string> = {
    "@line/bot-sdk": lockedVersion("@line/bot-sdk"),
  };
  const devDependencies: Record<string, string> = { typescript: lockedVersion("typescript") };
  for (const { name, dev } of readmeInstall()) {
    (dev ? devDependencies : dependencies)[name] = name.startsWith("@flexkit/")
      ? tarball(name)
      : lockedVersion(name);
  }
  // The tarballs stand in for the registry: each workspace is installed from its own, and the
  // overrides send the packages' dependencies on each other there too (no registry lookup).
  const overrides: Record<string, string> = {};
  for (const workspace of WORKSPACES) {
    const name = `@flexkit/${workspace}`;
    if (dependencies[name] === undefined && devDependencies[name] === undefined)
      devDependencies[name] = tarball(name);
    overrides[name] = `$${name}`;
  }
  writeFileSync(
    join(bot, "package.json"),
    JSON.stringify({
      name: "bot",
      private: true,
      type: "module",
      dependencies,
      devDependencies,
      overrides,
    }),
  );
  const installStart = performance.now();
  await succeed("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund"], bot);
  const installSeconds = (performance.now() - installStart) / 1000;
  console.log(
    `bot project: npm pack ${packSeconds.toFixed(1)} s, npm install ${installSeconds.toFixed(1)} s`,
  );

  // The slow steps start now, side by side, and the cases wait for what they read.
  const tsc = join(bot, "node_modules", "typescript", "bin", "tsc");
  typeChecks = {
    nodenext: run(process.execPath, [tsc, "-p", "tsconfig.json", "--pretty", "false"], bot),
    bundler: run(process.execPath, [tsc, "-p", "tsconfig.bundler.json", "--pretty", "false"], bot),
  };
  flexkit = join(bot, "node_modules", ".bin", "flexkit");
  built = run(flexkit, ["build", "bot.flex.tsx", "-o", "messages.json"], bot);
}, 240_000);

afterAll(async () => {
  if (server !== undefined && server.exitCode === null) {
    const stopped = new Promise((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    await stopped;
  }
  // Let every started check end before its files go.
  await Promise.allSettled([built, typeChecks?.nodenext, typeChecks?.bundler]);
  if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
});

describe("the tarballs", () => {
  it("hold no TypeScript build info", () => {
    for (const pack of packed)
      expect(
        pack.files.map((file) => file.path).filter((path) => path.endsWith(".tsbuildinfo")),
        pack.name,
      ).toEqual([]);
  });

  it("point every export at a file they hold, with types from dist/*.d.ts", () => {
    for (const workspace of WORKSPACES) {
      const dir = join(bot, "node_modules", "@flexkit", workspace);
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        exports: Record<string, string | Record<string, string>>;
      };
      for (const [subpath, target] of Object.entries(manifest.exports)) {
        const conditions = typeof target === "string" ? { default: target } : target;
        for (const [condition, file] of Object.entries(conditions)) {
          const where = `${workspace} ${subpath} ${condition}`;
          expect(EXPORT_CONDITIONS, where).toContain(condition);
          expect(existsSync(join(dir, file)), `${where}: ${file}`).toBe(true);
          if (condition === "types") expect(file, where).toMatch(/^\.\/dist\/.*\.d\.ts$/);
        }
      }
    }
  });

  it("@flexkit/simulator is a command, not a module: importing it says so", () => {
    const fromBot = createRequire(join(bot, "package.json"));
    expect(() => fromBot.resolve("@flexkit/simulator")).toThrow(
      expect.objectContaining({ code: "ERR_PACKAGE_PATH_NOT_EXPORTED" }),
    );
    expect(existsSync(join(bot, "node_modules", ".bin", "flexkit"))).toBe(true);
  });
});

describe.each(["nodenext", "bundler"] as const)("tsc with moduleResolution %s", (resolution) => {
  it(
    "type-checks the bot's messages with zero errors under the strictest settings",
    async () => {
      const errors = errorsByFile((await typeChecks[resolution]).stdout);
      errors.delete("wrong-size.flex.tsx");
      errors.delete("send.tsx");
      expect(Object.fromEntries(errors)).toEqual({});
    },
    TYPE_CHECK_MS,
  );

  it(
    "rejects a prop value LINE does not have, naming the file",
    async () => {
      const errors = errorsByFile((await typeChecks[resolution]).stdout);
      expect(errors.get("wrong-size.flex.tsx")).toEqual([
        expect.stringMatching(/^TS2322: Type '"huge"' is not assignable to type /),
      ]);
    },
    TYPE_CHECK_MS,
  );

  it(
    "hands render()'s message to MessagingApiClient#pushMessage with no cast, and refuses a bubble",
    async () => {
      const errors = errorsByFile((await typeChecks[resolution]).stdout);
      expect(errors.get("send.tsx")).toBeUndefined();
    },
    TYPE_CHECK_MS,
  );
});

describe("an editor, over the installed packages", () => {
  it(
    "shows a prop's description on hover: the JSDoc is kept in dist/*.d.ts",
    async () => {
      // After the bot's own type-checks: one type-checker at a time on two cores.
      await Promise.allSettled([typeChecks.nodenext, typeChecks.bundler]);
      const typescript = createRequire(join(bot, "package.json"))("typescript") as typeof ts;
      const file = join(bot, "bot.flex.tsx");
      const service = languageService(typescript, join(bot, "tsconfig.json"), [file]);
      try {
        const cases = [
          { needle: 'size="xl"', doc: describeProperty(FlexTextSchema, "size") },
          { needle: 'aspectMode="cover"', doc: describeProperty(FlexImageSchema, "aspectMode") },
        ];
        for (const { needle, doc } of cases) {
          expect(doc, needle).toBeDefined();
          const hover = service.hover(file, needle);
          expect(oneLine(hover?.documentation ?? ""), needle).toBe(oneLine(doc!.description));
        }
      } finally {
        service.dispose();
      }
    },
    TYPE_CHECK_MS,
  );
});

describe("Babel, installed with the README's line", () => {
  it("names every package the preset loads, each one flex-jsx's peer dependency", async () => {
    const names = readmeInstall().map((entry) => entry.name);
    // The simulator's own dependencies would hide a missing name from the run below, so the
    // names are checked against what the preset asks Babel to load, in both modes.
    const loads = JSON.parse(
      await succeed(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          `import preset from "@flexkit/flex-jsx/babel";
           const api = { assertVersion() {} };
           const entries = [true, false].flatMap((development) => {
             const { presets, plugins } = preset(api, { development });
             return [...presets, ...plugins];
           });
           console.log(JSON.stringify(entries.map((entry) => (Array.isArray(entry) ? entry[0] : entry))));`,
        ],
        bot,
      ),
    ) as string[];
    const peers = Object.keys(
      (
        JSON.parse(
          readFileSync(join(bot, "node_modules/@flexkit/flex-jsx/package.json"), "utf8"),
        ) as { peerDependencies: Record<string, string> }
      ).peerDependencies,
    );
    for (const name of ["@babel/core", ...loads]) {
      expect(names, name).toContain(name);
      expect(peers, name).toContain(name);
    }
    // flex-jsx's own README gives the same line.
    const babelLine = /^npm install --save-dev @babel\/[^#\n]*/m.exec(readme)?.[0]?.trim();
    expect(babelLine).toBeDefined();
    expect(readFileSync(join(repoRoot, "packages/flex-jsx/README.md"), "utf8")).toContain(
      `${babelLine}\n`,
    );
  });

  it("compiles the bot file with the preset, and node runs the output", async () => {
    const out = JSON.parse(
      await succeed(
        process.execPath,
        [
          "--input-type=module",
          "-e",
          // babel.config.json (in the fixture) is the README's preset, with development: true.
          `import { writeFileSync } from "node:fs";
           import { transformFileAsync } from "@babel/core";
           const { code } = await transformFileAsync("bot.flex.tsx");
           writeFileSync("bot.flex.js", code);
           const { render } = await import("@flexkit/flex-jsx");
           const { default: messages } = await import("./bot.flex.js");
           console.log(JSON.stringify(messages.map((message) => render(message))));`,
        ],
        bot,
      ),
    ) as { message: { type: string }; sources: Record<string, string> }[];
    expect(out.map(({ message }) => message.type)).toEqual(["flex", "imagemap", "template"]);
    // development: true records where each element was written.
    expect(out[2]?.sources[""]).toMatch(/bot\.flex\.tsx:\d+:\d+$/);
    expect(await built).toMatchObject({ code: 0 });
    expect(out.map(({ message }) => message)).toStrictEqual(
      JSON.parse(readFileSync(join(bot, "messages.json"), "utf8")),
    );
  });
});

describe("the flexkit command, installed", () => {
  it("builds, validates and turns JSON back into JSX", async () => {
    expect(await built).toMatchObject({ code: 0, stderr: "" });
    const [validated, jsx] = await Promise.all([
      run(flexkit, ["validate", "messages.json"], bot),
      run(flexkit, ["to-jsx", "messages.json"], bot),
    ]);
    expect(validated).toMatchObject({ code: 0, stderr: "messages.json: valid\n" });
    expect(jsx).toMatchObject({ code: 0, stderr: "" });
    expect(jsx.stdout).toMatch(/<FlexMessage [^>]*altText="Order shipped"/);
    expect(jsx.stdout).toContain("<Imagemap");
    expect(jsx.stdout).toContain("<ButtonsTemplate");
  });

  it("serves the built simulator on 127.0.0.1", async () => {
    // The bin itself, not npx: the process that listens is the one stopped afterwards.
    server = spawn(
      process.execPath,
      [join(bot, "node_modules/@flexkit/simulator/bin/flexkit.js"), "serve", "--port", "0"],
      { cwd: bot, env: botEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match !== null) resolve(match[1]!);
      };
      server?.stdout?.on("data", collect);
      server?.stderr?.on("data", collect);
      server?.once("exit", (code) =>
        reject(new Error(`flexkit serve exited with ${code}:\n${output}`)),
      );
    });
    const page = await fetch(url);
    expect(page.status).toBe(200);
    const html = await page.text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect((await fetch(new URL(script!, url))).status).toBe(200);
  });
});

describe("engines", () => {
  it("each package says which Node it needs, as the README does; the simulator needs Vite's", () => {
    const nodeOf = (name: string) =>
      (
        JSON.parse(readFileSync(join(bot, "node_modules", name, "package.json"), "utf8")) as {
          engines?: { node?: string };
        }
      ).engines?.node;
    expect(nodeOf("@flexkit/simulator")).toBe(nodeOf("vite"));
    for (const workspace of WORKSPACES) {
      const node = nodeOf(`@flexkit/${workspace}`);
      expect(node, workspace).toBeDefined();
      expect(readme, workspace).toContain(`\`${node}\``);
    }
  });
});
