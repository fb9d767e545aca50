import { execFile, spawn } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "../helpers.js";

export const bin = join(repoRoot, "packages", "simulator", "bin", "flexkit.js");
const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * This process's environment without any LINE_* variable (the token, the API bases, the test
 * recipient): a test never reaches LINE, whatever the machine running it has set.
 */
function withoutLineSettings(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("LINE_")),
  );
}

/**
 * The real `flexkit` bin, run from the repo root with only the LINE variables given here (none
 * inherited from the machine running the tests).
 */
export async function flexkit(
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  const clean = withoutLineSettings();
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env: { ...clean, NO_COLOR: "1", ...env },
    });
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
  const clean = withoutLineSettings();
  const child = spawn(command, args, { cwd: repoRoot, env: { ...clean, NO_COLOR: "1", ...env } });
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
