import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { messageOf } from "../shared/error-message.js";
import { UserInputError } from "./user-input-error.js";

/**
 * Writes what a command made (`-o`, build --all's x.json): a path it cannot write to is the
 * user's mistake, one line naming it and why, never a stack trace.
 */
export async function writeOutput(
  file: string,
  text: string,
  options: { makeFolder?: boolean } = {},
): Promise<void> {
  try {
    if (options.makeFolder === true) await mkdir(dirname(file), { recursive: true });
    await writeFile(file, text);
  } catch (error) {
    throw new UserInputError(`${file}: cannot write the output: ${outputProblem(file, error)}`);
  }
}

function outputProblem(file: string, error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return `no such folder (${dirname(file)})`;
    case "EISDIR":
      return "it is a folder; expected a file name";
    case "ENOTDIR":
    // mkdir's answer when a folder to make is a file already.
    case "EEXIST":
      return "a part of its path is a file, not a folder";
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return messageOf(error);
  }
}
