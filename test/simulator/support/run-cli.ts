import { spawn } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "../../helpers.js";

export const bin = join(repoRoot, "packages", "simulator", "bin", "flexkit.js");

export interface CliResult {
  /** The exit code; null when the run was ended for outlasting its limit (or by a signal). */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of every process a test starts: this process's, without any LINE_* variable
 * (the token, the API bases, the test recipient), so that a test never reaches LINE whatever the
 * machine running it has set, and without PORT, so that a test chooses its servers' ports itself;
 * with `env` (the only LINE settings it gets) on top.
 */
export function testEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("LINE_") && name !== "PORT"),
  );
  return { ...clean, NO_COLOR: "1", ...env };
}

export interface RunOptions {
  /** Where it runs; the repo root when not given. */
  cwd?: string;
  /** Its standard input, ended after this text (an empty one when not given). */
  input?: string;
  /** The only LINE settings it gets, over testEnv's. */
  env?: Record<string, string>;
  /**
   * How long it may run, in ms. A run still going then (the hang a test guards against) is
   * killed with its whole process group (npm and what it started) and ends with code null, so
   * that it fails instead of stalling the suite: passing runs end by themselves.
   */
  limit?: number;
}

/** Runs `command` to its end, in its own process group, and gives its exit code and output. */
export function runToEnd(
  command: string,
  args: string[],
  { cwd = repoRoot, input = "", env = {}, limit = 120_000 }: RunOptions = {},
): Promise<CliResult> {
  const child = spawn(command, args, { cwd, env: testEnv(env), detached: true });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  // A command that exits before reading all of its input closes the pipe (EPIPE): not a failure.
  child.stdin.on("error", () => {});
  child.stdin.end(input);
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    process.kill(-child.pid!, "SIGKILL");
  }, limit);
  return new Promise((resolve, reject) => {
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ code: killed ? null : code, stdout, stderr });
    });
  });
}

/**
 * The real `flexkit` bin, run as a user runs it, in a child process, with only the LINE settings
 * in `env` (see testEnv).
 */
export function flexkit(
  args: string[],
  env: Record<string, string> = {},
  options: Omit<RunOptions, "env"> = {},
): Promise<CliResult> {
  return runToEnd(process.execPath, [bin, ...args], { ...options, env });
}
