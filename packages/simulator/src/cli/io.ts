import { sep } from "node:path";
import { createInterface } from "node:readline/promises";
import type { FlexRenderError } from "@flexkit/flex-jsx";

/** Where a command prints: bin/flexkit.js gives stdout and stderr, the tests collect lines. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** 0 done, 1 the message is invalid (or was not delivered), 2 unusable input or options. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** Source locations are absolute; people read them relative to where they ran flexkit. */
export function relativeToCwd(text: string): string {
  return text.replaceAll(`${process.cwd()}${sep}`, "");
}

/** `error expected … (welcome.flex.tsx:14:9)`: a message that could not be rendered, in one line. */
export function renderErrorLine(error: FlexRenderError): string {
  return `error ${relativeToCwd(error.message)}`;
}

/** Whether a person is at a terminal to answer a question (scripts and tests have none). */
export function isTerminal(): boolean {
  return process.stdin.isTTY === true && process.stderr.isTTY === true;
}

/** Asks on the terminal; only "y" or "yes" (any case) says yes. */
export async function confirm(question: string): Promise<boolean> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await terminal.question(question);
    return /^\s*y(es)?\s*$/i.test(answer);
  } finally {
    terminal.close();
  }
}
