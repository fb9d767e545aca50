import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_ARGS, requireChromium } from "../../../scripts/chromium.mjs";
import { repoRoot } from "../../helpers.js";
import { bin, testEnv } from "./run-cli.js";

/** A free TCP port on 127.0.0.1, so parallel runs never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Runs the real `flexkit <args>` (`start`, `dev <dir>`, `serve`) on a free port and waits for the
 * "running at" URL it prints. `env` is all of LINE's settings it gets (testEnv), and anything else
 * to set on top of the clean environment.
 */
export async function startFlexkitServer(
  args: string[],
  env: Record<string, string> = {},
): Promise<RunningProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    env: testEnv({ ...env, PORT: String(port) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`flexkit ${args[0]} did not start in time:\n${output}`)),
      30_000,
    );
    child.stdout?.on("data", () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`flexkit ${args[0]} exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * The real `flexkit start` (what `npm start` runs). Most e2e files share the one the run starts
 * (global-simulator.ts, `inject("simulatorUrl")`); a file starts its own for settings of its own.
 */
export function startSimulatorProcess(env: Record<string, string> = {}): Promise<RunningProcess> {
  return startFlexkitServer(["start"], env);
}

/**
 * The real `flexkit serve`: the built page (built by the run's global setup) with the same
 * server routes as `flexkit start` (the Send panel's push API, the token page, the image proxy),
 * for a file that needs settings of its own but tests those routes, not Vite's development
 * server: a page opens in about 0.6 s instead of 1.7 s, and there is no cold start.
 */
export function startServeProcess(env: Record<string, string> = {}): Promise<RunningProcess> {
  return startFlexkitServer(["serve"], env);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

export { testEnv };
