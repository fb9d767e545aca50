import { type ChildProcess, spawn } from "node:child_process";
import { repoRoot } from "../../helpers.js";
import { freePort, type RunningProcess } from "./browser-session.js";
import { bin, testEnv } from "./run-cli.js";

/**
 * Runs the real `flexkit <args>` on a free port and waits for the "running at" URL it prints.
 * `env`: variables to set on top of the clean environment (e.g. a fake LINE API's base).
 */
export async function startFlexkitServer(
  args: string[],
  env: Record<string, string> = {},
): Promise<RunningProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [bin, ...args], {
    cwd: repoRoot,
    env: testEnv({ PORT: String(port), ...env }),
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
