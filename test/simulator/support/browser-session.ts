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
 * Starts the real `flexkit start` (what `npm start` runs) and waits for the URL it prints. `env`
 * is all of LINE's settings it gets (testEnv). Most e2e files share the one the run starts
 * (global-simulator.ts, `inject("simulatorUrl")`); a file starts its own for settings of its own.
 */
export async function startSimulatorProcess(
  env: Record<string, string> = {},
): Promise<RunningProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [bin, "start"], {
    cwd: repoRoot,
    env: testEnv({ ...env, PORT: String(port) }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`simulator did not start in time:\n${output}`)),
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
      reject(new Error(`simulator exited with ${code}:\n${output}`));
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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
}

export { testEnv };
