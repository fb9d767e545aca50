import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

/**
 * The port `flexkit start` and `flexkit dev` listen on: a busy port ends the process with one line
 * and exit code 2 (it used to print the line and hang), and `--port` and PORT choose it. Every
 * server here is a real process on 127.0.0.1, stopped by the test that started it.
 */

const bin = join(repoRoot, "packages/simulator/bin/flexkit.js");

interface Finished {
  /** null when the process had to be killed because it did not exit by itself. */
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Tests never talk to LINE, and choose the port themselves. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const name of ["LINE_CHANNEL_ACCESS_TOKEN", "LINE_API_BASE", "LINE_TEST_TO", "PORT"])
    delete env[name];
  return { ...env, ...extra };
}

/** Runs `flexkit <args>` to its end; one still running after `limit` ms is killed (code null). */
function runToEnd(args: string[], env: Record<string, string>, limit = 15_000): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env: cleanEnv(env),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill("SIGKILL");
    }, limit);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code: killed ? null : code, stdout, stderr });
    });
  });
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
    const result = await runToEnd(["start"], { PORT: String(busy) });
    expect(result).toEqual({ code: 2, stdout: "", stderr: busyLine(busy) });
  });

  it("ends `flexkit dev` with one line naming the port and exit code 2", async () => {
    const result = await runToEnd(["dev", dir], { PORT: String(busy) });
    expect(result).toEqual({ code: 2, stdout: "", stderr: busyLine(busy) });
  });

  it("is reported the same when it was chosen with --port", async () => {
    const result = await runToEnd(["dev", dir, "--port", String(busy)], {});
    expect(result).toEqual({ code: 2, stdout: "", stderr: busyLine(busy) });
  });
});
