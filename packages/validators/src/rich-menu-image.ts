import {
  issueAt,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./issue.js";
import { LIMITS } from "./limits.js";

/**
 * Checks of a rich menu image that need its bytes (RULES.md §15.2): what it is (from its first
 * bytes, never from a file name), its pixel size (PNG IHDR, JPEG SOFn), its byte size, and
 * whether a PNG has transparent pixels. It runs in Node and in browsers alike: no Node imports,
 * a Uint8Array in, and the PNG pixels inflated with the web platform's DecompressionStream.
 * https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image-requirements
 */

export interface RichMenuImageInfo {
  format: "png" | "jpeg";
  /** The Content-Type to upload it with: LINE answers 415 to anything else (RM-IMG-1). */
  contentType: "image/png" | "image/jpeg";
  width: number;
  height: number;
  bytes: number;
}

export interface RichMenuImageOptions extends ValidateOptions {
  /** The menu's `size`: an image of another pixel size is stretched over it (RM-IMG-3). */
  size?: { width: number; height: number };
}

export interface RichMenuImageResult extends ValidationResult {
  /** What the header says, when it could be read. */
  image?: RichMenuImageInfo;
}

/** Where the image's issues are: the image sent for a rich menu. */
const IMAGE_PATH = ["image"];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, prefix: ReadonlyArray<number>, at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

const ascii = (text: string) => Array.from(text, (char) => char.charCodeAt(0));

/** Formats people upload by mistake, named so the message can say what the file is. */
function otherFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, ascii("GIF8"))) return "a GIF";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "a WebP";
  if (startsWith(bytes, ascii("BM"))) return "a BMP";
  if (startsWith(bytes, ascii("ftyp"), 4)) return "an HEIC/AVIF (ISO media) file";
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return "an ICO";
  if (startsWith(bytes, ascii("II*\0")) || startsWith(bytes, ascii("MM\0*"))) return "a TIFF";
  const head = String.fromCharCode(...bytes.subarray(0, 64)).trimStart();
  if (head.startsWith("<")) return "text (SVG or HTML?)";
  return undefined;
}

const u32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;

interface Png {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
  transparency?: Uint8Array;
  data: Uint8Array[];
}

/** The chunks of a PNG that matter here, or why it can't be read. */
function readPng(bytes: Uint8Array): Png | string {
  // IHDR comes first: 8 signature bytes, then length 13, "IHDR", its 13 bytes, its CRC.
  if (bytes.length < 33 || u32(bytes, 8) !== 13 || !startsWith(bytes, ascii("IHDR"), 12)) {
    return "its IHDR header is missing or cut short";
  }
  const png: Png = {
    width: u32(bytes, 16),
    height: u32(bytes, 20),
    bitDepth: bytes[24]!,
    colorType: bytes[25]!,
    interlaced: bytes[28] === 1,
    data: [],
  };
  let at = 33;
  while (at + 8 <= bytes.length) {
    const length = u32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) return `its ${type} chunk runs past the end of the file`;
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IDAT") png.data.push(data);
    else if (type === "tRNS") png.transparency = data;
    else if (type === "IEND") return png;
    at = end;
  }
  return "it ends before its IEND chunk";
}

/** The width and height of a JPEG's frame (its SOFn segment), or why they can't be read. */
function readJpeg(bytes: Uint8Array): { width: number; height: number } | string {
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return `expected a marker at byte ${at}`;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RST0–7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) break;
    const length = u16(bytes, at + 2);
    // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range.
    const isFrame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (isFrame) {
      if (at + 9 > bytes.length) break;
      return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    }
    at += 2 + length;
  }
  return "no frame header (SOFn) before its image data";
}

// ---------------------------------------------------------------------------------------------
// Transparency (RM-IMG-5).

/**
 * The part of the web platform's DecompressionStream used here, typed by hand: this package is
 * built without the DOM's or Node's type libraries. Node has had it as a global since 18.
 * https://developer.mozilla.org/en-US/docs/Web/API/DecompressionStream
 */
interface Inflater {
  readonly writable: {
    getWriter(): {
      write(chunk: Uint8Array): Promise<void>;
      close(): Promise<void>;
      abort(reason?: unknown): Promise<void>;
    };
  };
  readonly readable: {
    getReader(): {
      read(): Promise<{ done: boolean; value?: Uint8Array }>;
      cancel(reason?: unknown): Promise<void>;
    };
  };
}
type InflaterConstructor = new (format: "deflate") => Inflater;

/** Adam7's seven passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/**
 * Reads the rows of an 8- or 16-bit PNG with alpha (color type 4 or 6) as they are inflated,
 * undoing each row's filter (PNG spec §9), and stops at the first alpha below the maximum.
 * https://www.w3.org/TR/png-3/#9Filters
 */
class AlphaScanner {
  private readonly bytesPerPixel: number;
  private readonly alphaOffset: number;
  private readonly wide: boolean;
  private readonly passes: Array<{ rowBytes: number; rows: number }>;
  private pass = 0;
  private rowsLeft = 0;
  private row = new Uint8Array(0);
  private previous = new Uint8Array(0);
  private filled = 0;
  found = false;
  bad = false;

  constructor(png: Png) {
    const sample = png.bitDepth / 8;
    const channels = png.colorType === 6 ? 4 : 2;
    this.wide = png.bitDepth === 16;
    this.bytesPerPixel = channels * sample;
    this.alphaOffset = (channels - 1) * sample;
    const grid = png.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
    this.passes = grid
      .map(([x, y, dx, dy]) => ({
        columns: Math.ceil(Math.max(0, png.width - x) / dx),
        rows: Math.ceil(Math.max(0, png.height - y) / dy),
      }))
      // An empty pass has no bytes at all, not even filter bytes.
      .filter(({ columns, rows }) => columns > 0 && rows > 0)
      .map(({ columns, rows }) => ({ rowBytes: 1 + columns * this.bytesPerPixel, rows }));
    this.startPass();
  }

  get done(): boolean {
    return this.found || this.bad || this.pass >= this.passes.length;
  }

  private startPass(): void {
    const pass = this.passes[this.pass];
    if (pass === undefined) return;
    this.rowsLeft = pass.rows;
    this.row = new Uint8Array(pass.rowBytes);
    this.previous = new Uint8Array(pass.rowBytes);
    this.filled = 0;
  }

  /** Takes the next inflated bytes; true once the answer is known. */
  feed(chunk: Uint8Array): boolean {
    let at = 0;
    while (at < chunk.length && !this.done) {
      const take = Math.min(this.row.length - this.filled, chunk.length - at);
      this.row.set(chunk.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled < this.row.length) break;
      this.finishRow();
    }
    return this.done;
  }

  private finishRow(): void {
    const row = this.row;
    const up = this.previous;
    const bpp = this.bytesPerPixel;
    const filter = row[0];
    // Byte 0 is the filter type; pixels start at 1. `a` is the byte one pixel to the left.
    for (let i = 1; i < row.length; i++) {
      const a = i > bpp ? row[i - bpp]! : 0;
      const b = up[i]!;
      switch (filter) {
        case 0:
          break;
        case 1:
          row[i] = row[i]! + a;
          break;
        case 2:
          row[i] = row[i]! + b;
          break;
        case 3:
          row[i] = row[i]! + ((a + b) >> 1);
          break;
        case 4: {
          const c = i > bpp ? up[i - bpp]! : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          row[i] = row[i]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
          break;
        }
        default:
          this.bad = true;
          return;
      }
    }
    for (let i = 1 + this.alphaOffset; i < row.length; i += bpp) {
      if (row[i] !== 0xff || (this.wide && row[i + 1] !== 0xff)) {
        this.found = true;
        return;
      }
    }
    this.previous = row;
    this.row = up;
    this.filled = 0;
    if (--this.rowsLeft === 0) {
      this.pass++;
      this.startPass();
    }
  }
}

/**
 * Whether the PNG's pixels include an alpha below the maximum. Undefined when it can't tell
 * (no DecompressionStream, a broken stream, or a picture too large to read through).
 */
async function hasTransparentPixel(png: Png): Promise<boolean | undefined> {
  const Inflate = (globalThis as { DecompressionStream?: InflaterConstructor }).DecompressionStream;
  if (Inflate === undefined || ![8, 16].includes(png.bitDepth)) return undefined;
  // A valid menu image is at most 2500 px wide and less high than wide (RM-IMG-2): read no more
  // than a picture that size, whatever the header claims.
  const maxSide = LIMITS.richMenuImageWidthMax.value;
  if (png.width * png.height > maxSide * maxSide) return undefined;
  const scanner = new AlphaScanner(png);
  const inflater = new Inflate("deflate");
  const writer = inflater.writable.getWriter();
  const reader = inflater.readable.getReader();
  // Written while read, or a large image would fill the stream's queue and wait forever.
  const writing = (async () => {
    for (const part of png.data) await writer.write(part);
    await writer.close();
  })();
  writing.catch(() => {
    // The reader sees the same failure, or was cancelled on purpose.
  });
  try {
    while (!scanner.done) {
      const { done, value } = await reader.read();
      if (done || value === undefined) break;
      scanner.feed(value);
    }
  } catch {
    return undefined;
  } finally {
    await reader.cancel().catch(() => {});
    await writer.abort().catch(() => {});
  }
  // Rows missing at the end of the stream, or a filter type PNG does not have: a broken file.
  return scanner.bad || !scanner.done ? undefined : scanner.found;
}

/** What a PNG says about transparency, as a sentence for RM-IMG-5, or nothing. */
async function transparency(png: Png): Promise<string | undefined> {
  if (png.colorType === 4 || png.colorType === 6) {
    const found = await hasTransparentPixel(png);
    if (found === true) return "has transparent pixels (alpha below 255)";
    if (found === undefined) return "has an alpha channel that could not be read through";
    return undefined;
  }
  const table = png.transparency;
  if (table === undefined) return undefined;
  // Palette images (type 3): one alpha per palette entry. Grey and RGB (0, 2): one colour that
  // stands for transparent.
  if (png.colorType === 3) {
    return table.some((alpha) => alpha < 0xff)
      ? "has transparent palette entries (a tRNS chunk)"
      : undefined;
  }
  return "declares a transparent colour (a tRNS chunk)";
}

// ---------------------------------------------------------------------------------------------

function readBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  // A Uint8Array from another realm (an iframe, a vm context).
  if (
    ArrayBuffer.isView(value) &&
    Object.prototype.toString.call(value) === "[object Uint8Array]"
  ) {
    return value as Uint8Array;
  }
  return undefined;
}

async function imageIssues(
  input: unknown,
  options: RichMenuImageOptions | undefined,
  issues: ValidationIssue[],
): Promise<RichMenuImageInfo | undefined> {
  const error = (message: string, rule: string) =>
    issues.push(issueAt("error", IMAGE_PATH, message, rule));
  const warn = (message: string, rule: string) =>
    issues.push(issueAt("warning", IMAGE_PATH, message, rule));
  const bytes = readBytes(input);
  if (bytes === undefined) {
    error("expected the image's bytes as a Uint8Array", "RM-IMG-1");
    return undefined;
  }
  const maxBytes = LIMITS.richMenuImageBytesMax;
  if (bytes.length > maxBytes.value) {
    error(
      `expected at most ${maxBytes.value.toLocaleString("en")} bytes (1 MB), got ${bytes.length.toLocaleString("en")}`,
      maxBytes.rule,
    );
  }
  let format: RichMenuImageInfo["format"];
  let size: { width: number; height: number } | string;
  let png: Png | undefined;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    format = "png";
    const read = readPng(bytes);
    if (typeof read === "string") size = read;
    else {
      png = read;
      size = { width: read.width, height: read.height };
    }
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    format = "jpeg";
    size = readJpeg(bytes);
  } else {
    const first = Array.from(bytes.subarray(0, 4), (byte) => byte.toString(16).padStart(2, "0"));
    const other =
      otherFormat(bytes) ??
      (bytes.length === 0 ? "no bytes" : `bytes of neither, starting ${first.join(" ")}`);
    error(
      `expected a JPEG or PNG image (read from its first bytes, not its name), got ${other}; LINE answers 415`,
      "RM-IMG-1",
    );
    return undefined;
  }
  const name = format === "png" ? "PNG" : "JPEG";
  if (typeof size === "string") {
    error(`is not a readable ${name}: ${size}`, "RM-IMG-1");
    return undefined;
  }
  const { width, height } = size;
  const info: RichMenuImageInfo = {
    format,
    contentType: format === "png" ? "image/png" : "image/jpeg",
    width,
    height,
    bytes: bytes.length,
  };
  const minWidth = LIMITS.richMenuImageWidthMin.value;
  const maxWidth = LIMITS.richMenuImageWidthMax.value;
  if (width < minWidth || width > maxWidth) {
    error(`expected ${minWidth} to ${maxWidth} px wide, got ${width}`, "RM-IMG-2");
  }
  const minHeight = LIMITS.richMenuImageHeightMin.value;
  if (height < minHeight)
    error(`expected at least ${minHeight} px high, got ${height}`, "RM-IMG-2");
  // Compared as width ≥ 1.45 × height in whole hundredths, so that 1450 × 1000 passes.
  const ratio = LIMITS.richMenuImageRatioMin.value;
  if (height > 0 && width * 100 < Math.round(ratio * 100) * height) {
    error(
      `expected width / height ≥ ${ratio}, got ${width} × ${height} px (${(width / height).toFixed(2)})`,
      "RM-IMG-2",
    );
  }
  const menu = options?.size;
  if (menu !== undefined && (menu.width !== width || menu.height !== height)) {
    // RM-IMG-3: LINE draws the image over the menu's `size`; areas are in `size`'s pixels.
    warn(
      `is ${width} × ${height} px but the menu's size is ${menu.width} × ${menu.height}; LINE stretches it over the size, so the areas no longer line up with what it draws`,
      "RM-IMG-3",
    );
  }
  if (png !== undefined) {
    const problem = await transparency(png);
    if (problem !== undefined) {
      // RM-IMG-5: LINE does not show the chat through a rich menu (Bot Designer FAQ).
      warn(
        `${problem}; rich menus can't be transparent: LINE does not show the chat behind them`,
        "RM-IMG-5",
      );
    }
  }
  return info;
}

/**
 * Checks a rich menu image from its bytes (RULES.md RM-IMG-1, RM-IMG-2, RM-IMG-3 with
 * `options.size`, RM-IMG-5), in Node or a browser. Issues are on the property `image`; the
 * result also carries what the header says (format, Content-Type, pixel size, bytes). The promise
 * never rejects, whatever it is given.
 */
export async function checkRichMenuImage(
  bytes: Uint8Array,
  options?: RichMenuImageOptions,
): Promise<RichMenuImageResult> {
  const issues: ValidationIssue[] = [];
  let image: RichMenuImageInfo | undefined;
  try {
    image = await imageIssues(bytes, options, issues);
  } catch (error) {
    let reason = "unknown error";
    try {
      reason = error instanceof Error ? error.message : String(error);
    } catch {
      // An error that can't even be printed.
    }
    issues.push(issueAt("error", IMAGE_PATH, `could not be read: ${reason}`, "RM-IMG-1"));
  }
  const strict = options?.strict === true;
  const adjusted = issues.map((issue) =>
    strict ? { ...issue, severity: "error" as const } : issue,
  );
  // Errors first, then warnings, each in the order found.
  adjusted.sort((a, b) => Number(a.severity === "warning") - Number(b.severity === "warning"));
  const result: RichMenuImageResult = {
    ok: !adjusted.some((issue) => issue.severity === "error"),
    issues: adjusted,
  };
  if (image !== undefined) result.image = image;
  return result;
}
