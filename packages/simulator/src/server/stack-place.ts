import { fileURLToPath } from "node:url";

/**
 * The one reader of stack frames, for an error the author's code threw: `flexkit build` and `push`
 * (code compiled by the Babel hooks, whose source maps give the author's positions) and
 * `flexkit dev` (code compiled by Vite, its stack fixed by ssrFixStacktrace) both find its place
 * here.
 */

export interface StackFrame {
  /** An absolute path. */
  file: string;
  line: number;
  column: number;
}

/**
 * A frame's file starts its place (`at f (/x.tsx:1:2)`, `at file:///x.tsx:1:2`,
 * `at async /x.tsx:1:2`); Node's own `node:internal/modules/…:283:11` has a slash inside but is no
 * file, and a path may hold spaces and colons.
 */
const FRAME = /(?:^at (?:async )?|\()((?:file:\/\/)?\/[^()]+?):(\d+):(\d+)\)?$/;

/** The frames of an error's stack that name a file, innermost first. */
export function stackFrames(error: unknown): StackFrame[] {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const frames: StackFrame[] = [];
  for (const line of stack.split("\n").slice(1)) {
    const match = FRAME.exec(line.trim());
    if (match === null) continue;
    const file = match[1]!.startsWith("file:") ? fileURLToPath(match[1]!) : match[1]!;
    frames.push({ file, line: Number(match[2]), column: Number(match[3]) });
  }
  return frames;
}

/**
 * Where an error happened in the author's files: the first frame whose file `isAuthors` accepts,
 * as `file:line:column` with the file as `show` gives it (in full by default).
 */
export function placeInStack(
  error: unknown,
  isAuthors: (file: string) => boolean,
  show: (file: string) => string = (file) => file,
): string | undefined {
  const frame = stackFrames(error).find(({ file }) => isAuthors(file));
  return frame === undefined ? undefined : `${show(frame.file)}:${frame.line}:${frame.column}`;
}
