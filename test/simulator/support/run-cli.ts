import { execFile, spawn } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../../helpers.js";

export const bin = join(repoRoot, "packages", "simulator", "bin", "flexkit.js");
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment of every process a test starts: this process's, without any LINE_* variable
 * (the token, the API bases, the test recipient), so that a test never reaches LINE whatever the
 * machine running it has set, and with `env` (the only LINE settings it gets) on top.
 */
export function testEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("LINE_")),
  );
  return { ...clean, NO_COLOR: "1", ...env };
}

export interface FlexkitOptions {
  /** Where it runs; the repo root when not given. */
  cwd?: string;
  /** Its standard input, when it reads one. */
  input?: string;
}

/**
 * The real `flexkit` bin, run as a user runs it, in a child process, with only the LINE settings
 * in `env` (see testEnv).
 */
export async function flexkit(
  args: string[],
  env: Record<string, string> = {},
  { cwd = repoRoot, input }: FlexkitOptions = {},
): Promise<CliResult> {
  const child = run(process.execPath, [bin, ...args], { cwd, env: testEnv(env) });
  if (input !== undefined) child.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await child;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Runs a command with `input` on its standard input and only the LINE variables given here. */
export function runWithInput(
  command: string,
  args: string[],
  input: string,
  env: Record<string, string>,
): Promise<CliResult> {
  const child = spawn(command, args, { cwd: repoRoot, env: testEnv(env) });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
