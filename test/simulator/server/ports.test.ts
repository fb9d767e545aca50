import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../../helpers.js";
import { bin, type CliResult, runToEnd, testEnv } from "../support/run-cli.js";

/**
 * The port `flexkit start` and `flexkit dev` listen on: a busy port ends the process with one line
 * and exit code 2 (it used to print the line and hang), and `--port` and PORT choose it. Every
 * server here is a real process on 127.0.0.1, stopped by the test that started it.
 */

/** `flexkit <args>`, or `npm start` when `command` is "npm start". */
function commandLine(args: string[]): [string, string[]] {
  return args[0] === "npm" ? ["npm", args.slice(1)] : [process.execPath, [bin, ...args]];
}

/** Runs `flexkit <args>` to its end; one still running after `limit` ms is killed (code null). */
function runFlexkitToEnd(
  args: string[],
  env: Record<string, string>,
  limit = 15_000,
): Promise<CliResult> {
  const [file, argv] = commandLine(args);
  return runToEnd(file, argv, { env, limit });
}

/** Holds a port on 127.0.0.1 (0: any free one) until closed. */
function occupy(port: number): Promise<Server | undefined> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      error.code === "EADDRINUSE" ? resolve(undefined) : reject(error),
    );
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

function portOf(server: Server): number {
  const address = server.address();
  if (typeof address !== "object" || address === null) throw new Error("not listening");
  return address.port;
}

const close = (server: Server | undefined) =>
  new Promise<void>((resolve) =>
    server === undefined ? resolve() : server.close(() => resolve()),
  );

const busyLine = (port: number) =>
  `flexkit: port ${port} is already in use; choose another with PORT=<port> or --port <port> (0 picks a free one)\n`;

/**
 * Starts `flexkit <args>` (or `npm start`), waits for the URL it prints and returns it with a
 * stop() that ends the process group it started.
 */
async function startUntilUrl(
  args: string[],
  env: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const [file, argv] = commandLine(args);
  const child = spawn(file, argv, {
    cwd: repoRoot,
    env: testEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
  };
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL in time:\n${output}`)), 30_000);
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      resolve(match[1]!);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing a URL:\n${output}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });
  return { url, stop };
}

let dir: string;
let held: Server;
let busy: number;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flexkit-ports-"));
  held = (await occupy(0))!;
  busy = portOf(held);
});

afterAll(async () => {
  await close(held);
  await rm(dir, { recursive: true, force: true });
});

describe("a busy port", () => {
  it("ends `flexkit start` with one line naming the port and exit code 2", async () => {
    const result = await runFlexkitToEnd(["start"], { PORT: String(busy) });
    expect(result).toEqual({ code: 2, stdout: "", stderr: busyLine(busy) });
  });

  it("ends `flexkit dev` with one line naming the port and exit code 2", async () => {
    const result = await runFlexkitToEnd(["dev", dir], { PORT: String(busy) });
    expect(result).toEqual({ code: 2, stdout: "", stderr: busyLine(busy) });
  });

  it("is reported the same when it was chosen with --port", async () => {
    const result = await runFlexkitToEnd(["dev", dir, "--port", String(busy)], {});
    expect(result).toEqual({ code: 2, stdout: "", stderr: busyLine(busy) });
  });
});

/**
 * Starts `args` on a port free a moment ago and checks it prints that port's URL and answers 200
 * there; PORT is `env`'s, so a test can make it busy to prove the port came from elsewhere.
 */
async function expectServesOnFreePort(
  args: (port: number) => string[],
  env: (port: number) => Record<string, string>,
): Promise<void> {
  const free = (await occupy(0))!;
  const port = portOf(free);
  await close(free);
  const started = await startUntilUrl(args(port), env(port));
  try {
    expect(started.url).toBe(`http://127.0.0.1:${port}/`);
    expect((await fetch(started.url)).status).toBe(200);
  } finally {
    await started.stop();
  }
}

/** `npm start` alone takes seconds (two npm processes) before flexkit starts: room for a loaded CI. */
const NPM_TIMEOUT = 60_000;

describe("the port flexkit start listens on", () => {
  it(
    "is PORT when set, through `npm start`: it prints that URL and answers there",
    () =>
      expectServesOnFreePort(
        () => ["npm", "start"],
        (port) => ({ PORT: String(port) }),
      ),
    NPM_TIMEOUT,
  );

  it(
    "is --port when given through `npm start -- --port n`, before PORT",
    // PORT is busy: a --port lost on the way through npm fails the start naming it.
    () =>
      expectServesOnFreePort(
        (port) => ["npm", "start", "--", "--port", String(port)],
        () => ({ PORT: String(busy) }),
      ),
    NPM_TIMEOUT,
  );

  it("is --port when given, before PORT", () =>
    expectServesOnFreePort(
      (port) => ["start", "--port", String(port)],
      () => ({ PORT: String(busy) }),
    ));

  it(
    "is 5173 when neither PORT nor --port is given (`npm start` and `flexkit start`)",
    async () => {
      // Whether 5173 is free on this machine is not ours to know, and a check-then-start would race
      // anything else starting there. So the test makes it busy itself when it can (when it can't,
      // something else already holds it): either way, a start on the default port must fail naming
      // 5173, and nothing else is possible.
      const holder = await occupy(5173);
      try {
        for (const args of [["npm", "start"], ["start"]]) {
          const result = await runFlexkitToEnd(args, {});
          expect(result.code).toBe(2);
          expect(result.stderr.split("\n")[0]).toBe(busyLine(5173).trimEnd());
        }
      } finally {
        await close(holder);
      }
    },
    NPM_TIMEOUT,
  );

  it("refuses a PORT or --port that is not a port number with one line", async () => {
    const [fromEnv, fromFlag] = await Promise.all([
      runFlexkitToEnd(["start"], { PORT: "http" }),
      runFlexkitToEnd(["start", "--port", "70000"], {}),
    ]);
    expect([fromEnv, fromFlag]).toEqual([
      {
        code: 2,
        stdout: "",
        stderr: 'flexkit: PORT: expected a port number (0–65535), got "http"\n',
      },
      {
        code: 2,
        stdout: "",
        stderr: 'flexkit: --port: expected a port number (0–65535), got "70000"\n',
      },
    ]);
  });
});
