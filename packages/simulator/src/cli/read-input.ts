import { isUtf8 } from "node:buffer";
import { close, constants, open as openFd, read as readFd, type Stats } from "node:fs";
import { lstat, open, readlink, stat } from "node:fs/promises";
import { Socket } from "node:net";
import { promisify } from "node:util";
import { messageOf } from "../shared/error-message.js";
import { UserInputError } from "./user-input-error.js";

/**
 * The one reader of what the CLI is given to read: a JSON file or standard input (validate,
 * to-jsx, push) and a message module's source (build, push, through the Babel hooks). Each kind
 * of path that is not a readable file is named for what it is, the size is capped, and the text
 * must be UTF-8: every mistake is one line (a UserInputError), never a stack trace.
 */

/**
 * The most flexkit reads of one input: 10 MB. LINE takes far less (a whole request body is at
 * most 2 MB, PUSH-12, and a bubble 30 KB), so this leaves room for pretty-printed JSON and
 * commented source, while a stream that never ends (`/dev/zero`, `yes`) stops here, long before
 * Node's ~512 MB string limit.
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The cap as its line says it. */
const MAX_INPUT_SHOWN = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;

/** How standard input is named in messages. */
export const STDIN_NAME = "<stdin>";

const CHUNK_BYTES = 64 * 1024;

function tooLarge(name: string): UserInputError {
  return new UserInputError(
    `${name}: more than ${MAX_INPUT_SHOWN}; flexkit reads at most ${MAX_INPUT_SHOWN} (${MAX_INPUT_BYTES} bytes) of input, and LINE messages are far smaller`,
  );
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** One line for why stat() failed on `file`. */
async function statProblem(file: string, error: unknown, expected: string): Promise<string> {
  switch (errorCode(error)) {
    case "ENOENT": {
      // A link to nothing is named as one: "no such file" would send the user looking for it.
      const target = await lstat(file).then(
        (stats) => (stats.isSymbolicLink() ? readlink(file) : undefined),
        () => undefined,
      );
      return target === undefined
        ? `${file}: no such file`
        : `${file}: a symbolic link to ${target}, which does not exist; expected ${expected}`;
    }
    case "ELOOP":
      return `${file}: a symbolic link loop (following its links leads back to a link already followed); expected ${expected}`;
    case "ENOTDIR":
      return `${file}: no such file (a part of its path is a file, not a folder)`;
    case "EACCES":
    case "EPERM":
      return `${file}: permission denied; expected ${expected} flexkit can read`;
    case "ENAMETOOLONG":
      return `${file}: the path is too long`;
    default:
      return `${file}: could not be read (${messageOf(error)})`;
  }
}

/**
 * The stats of an input path, or a UserInputError naming what it is instead of a file: missing,
 * a link loop, a folder, a socket, a regular file over the cap. A named pipe passes: the caller
 * decides (JSON is read from one, a module is not).
 */
async function statInput(file: string, expected: string): Promise<Stats> {
  let stats: Stats;
  try {
    stats = await stat(file);
  } catch (error) {
    throw new UserInputError(await statProblem(file, error, expected));
  }
  if (stats.isDirectory()) throw new UserInputError(`${file}: is a folder; expected ${expected}`);
  if (stats.isSocket()) throw new UserInputError(`${file}: is a socket; expected ${expected}`);
  if (stats.isFile() && stats.size > MAX_INPUT_BYTES) throw tooLarge(file);
  return stats;
}

/**
 * Checks that a message module is a file flexkit can read (it is imported, and its source read by
 * the Babel hooks, afterwards). A named pipe is refused: a module is a file its imports sit
 * beside, and opening a pipe waits for a writer that may never come.
 */
export async function checkSourceFile(file: string, expected: string): Promise<void> {
  const stats = await statInput(file, expected);
  if (stats.isFIFO())
    throw new UserInputError(`${file}: is a named pipe (FIFO); expected ${expected}`);
}

/** Reads `stream` to its end, or throws at the cap (which stops and closes the stream). */
async function readStream(
  stream: AsyncIterable<Buffer>,
  name: string,
  first: Buffer[] = [],
): Promise<Buffer> {
  const chunks = [...first];
  let total = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge(name);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

/** A file (or device) read in chunks up to the cap: its size may be unknown (0 for /proc). */
async function readCapped(file: string, expected: string, name: string): Promise<Buffer> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw new UserInputError(await statProblem(file, error, expected));
  }
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) throw tooLarge(name);
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}

const openAsync = promisify(openFd);
const readAsync = promisify(readFd);
const closeAsync = promisify(close);

/**
 * A named pipe. Opened as usual it would wait for a writer, for ever if none comes; opened
 * non-blocking it opens at once, and a first read tells apart no writer (the end: nothing to
 * read), a writer that has not written yet (EAGAIN) and data. The rest is read as a stream, which
 * waits for the writer without blocking (`flexkit validate <(curl …)` works).
 */
async function readFifo(file: string, expected: string, name: string): Promise<Buffer> {
  let fd: number;
  try {
    fd = await openAsync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new UserInputError(await statProblem(file, error, expected));
  }
  const first = Buffer.allocUnsafe(CHUNK_BYTES);
  let bytesRead: number;
  try {
    ({ bytesRead } = await readAsync(fd, first, 0, CHUNK_BYTES, null));
  } catch (error) {
    if (errorCode(error) !== "EAGAIN") {
      await closeAsync(fd);
      throw error;
    }
    bytesRead = -1;
  }
  if (bytesRead === 0) {
    await closeAsync(fd);
    throw new UserInputError(
      `${file}: is a named pipe (FIFO) that no program writes to; expected ${expected}, or a pipe with a writer`,
    );
  }
  // The socket owns the descriptor from here: reading to the end or the cap closes it.
  const socket = new Socket({ fd, readable: true, writable: false });
  return readStream(socket, name, bytesRead > 0 ? [first.subarray(0, bytesRead)] : []);
}

/**
 * The raw bytes of `file` (`-`: standard input), at most MAX_INPUT_BYTES; `expected` ("a JSON
 * file") names what it should be when it is something else.
 */
export async function readInputBytes(
  file: string,
  expected: string,
  name: string,
): Promise<Buffer> {
  if (file === "-") return readStream(process.stdin, name);
  const stats = await statInput(file, expected);
  if (stats.isFIFO()) return readFifo(file, expected, name);
  return readCapped(file, expected, name);
}

/**
 * The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), or undefined when all of it is.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // The length of the sequence and the range its second byte must be in.
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return undefined;
}

/** Where `offset` of `text` is, as editors count: 1-based line and column. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/**
 * The text of UTF-8 bytes, without a leading byte order mark (editors on Windows write one);
 * anything else that is not UTF-8 is an error at its byte offset, never replaced with U+FFFD.
 */
function decodeUtf8(bytes: Buffer, name: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (isUtf8(bytes)) return bytes.toString("utf8", bom);
  const offset = invalidUtf8Offset(bytes) ?? 0;
  const before = bytes.toString("utf8", bom, Math.max(bom, offset));
  const { line, column } = lineAndColumn(before, before.length);
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, "0");
  throw new UserInputError(
    `${name}:${line}:${column}: not valid UTF-8: the byte at offset ${offset} is 0x${hex}${utf16 ? " (the file starts with a UTF-16 byte order mark)" : ""}; expected UTF-8 text`,
  );
}

/**
 * The text of `file` (`-`: standard input) for `expected` ("a JSON file"), read once, capped and
 * checked as UTF-8. `name` is how messages name it.
 */
export async function readInputText(
  file: string,
  expected: string,
  name: string = file === "-" ? STDIN_NAME : file,
): Promise<string> {
  return decodeUtf8(await readInputBytes(file, expected, name), name);
}
