import { deflateSync } from "node:zlib";
import { checkRichMenuImage, LIMITS } from "@flexkit/validators";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { jpeg } from "./image-bytes.js";
import { describeRule, lines } from "./rule-helpers.js";

/**
 * Rich menu images from their bytes (RULES.md §15.2). Every image here is made by the test:
 * PNGs with pngjs or, for what pngjs does not write (16-bit samples, palettes, Adam7
 * interlacing, broken files), chunk by chunk below; JPEGs as a bare header.
 */

const MIN_WIDTH = LIMITS.richMenuImageWidthMin.value;
const MIN_HEIGHT = LIMITS.richMenuImageHeightMin.value;

/** A pixel's colour that changes across the picture, so a wrongly undone filter shows. */
const shade = (x: number, y: number, channel: number) => (x * 7 + y * 13 + channel * 51) % 256;

/** An RGBA PNG through pngjs; `alpha(x, y)` defaults to opaque. */
function pngjs(
  width: number,
  height: number,
  options: {
    alpha?: (x: number, y: number) => number;
    colorType?: 0 | 2 | 4 | 6;
    filterType?: number;
  } = {},
): Uint8Array {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      png.data[at] = shade(x, y, 0);
      png.data[at + 1] = shade(x, y, 1);
      png.data[at + 2] = shade(x, y, 2);
      png.data[at + 3] = options.alpha?.(x, y) ?? 255;
    }
  }
  const colorType = options.colorType ?? 6;
  return new Uint8Array(
    PNG.sync.write(png, {
      colorType,
      inputHasAlpha: true,
      ...(options.filterType === undefined ? {} : { filterType: options.filterType }),
    }),
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(Buffer.from(type, "latin1"), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

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
 * A PNG written chunk by chunk. `pixel(x, y)` gives a pixel's bytes (samples of `bitDepth`, big
 * endian); rows use filter `y % 5` (None, Sub, Up, Average, Paeth) of each pass, so every filter is
 * undone by the reader in every layout.
 */
function handPng(options: {
  width: number;
  height: number;
  colorType: number;
  bitDepth: number;
  interlace?: boolean;
  pixel: (x: number, y: number) => number[];
  before?: Uint8Array[];
}): Uint8Array {
  const { width, height, colorType, bitDepth, pixel } = options;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([bitDepth, colorType, 0, 0, options.interlace ? 1 : 0], 8);
  const grid = options.interlace ? ADAM7 : ([[0, 0, 1, 1]] as const);
  const raw: number[] = [];
  for (const [x0, y0, dx, dy] of grid) {
    let previous: number[] | undefined;
    let row = 0;
    for (let y = y0; y < height; y += dy) {
      const line: number[] = [];
      for (let x = x0; x < width; x += dx) line.push(...pixel(x, y));
      if (line.length === 0) break;
      const bpp = pixel(0, 0).length;
      const filter = row % 5;
      const up = previous ?? line.map(() => 0);
      const out = line.map((value, i) => {
        const a = i >= bpp ? line[i - bpp]! : 0;
        const b = up[i]!;
        const c = i >= bpp ? up[i - bpp]! : 0;
        const paeth = () => {
          const p = a + b - c;
          const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
          return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
        };
        const predicted = [0, a, b, (a + b) >> 1, paeth()][filter]!;
        return (value - predicted + 256) % 256;
      });
      raw.push(filter, ...out);
      previous = line;
      row++;
    }
  }
  return concat(
    SIGNATURE,
    chunk("IHDR", header),
    ...(options.before ?? []),
    chunk("IDAT", new Uint8Array(deflateSync(new Uint8Array(raw)))),
    chunk("IEND", new Uint8Array(0)),
  );
}

const check = async (bytes: Uint8Array, size?: { width: number; height: number }) =>
  lines(await checkRichMenuImage(bytes, size === undefined ? undefined : { size }));

describe("checkRichMenuImage: the result value", () => {
  it("reads the format, Content-Type, pixel size and byte size from the bytes", async () => {
    const png = pngjs(MIN_WIDTH, MIN_HEIGHT);
    expect(await checkRichMenuImage(png)).toEqual({
      ok: true,
      issues: [],
      image: {
        format: "png",
        contentType: "image/png",
        width: MIN_WIDTH,
        height: MIN_HEIGHT,
        bytes: png.length,
      },
    });
    const photo = jpeg(2500, 1686);
    expect((await checkRichMenuImage(photo)).image).toEqual({
      format: "jpeg",
      contentType: "image/jpeg",
      width: 2500,
      height: 1686,
      bytes: photo.length,
    });
  });

  it("never rejects, whatever it is given", async () => {
    const { proxy, revoke } = Proxy.revocable(jpeg(2500, 843), {});
    revoke();
    const trap = new Proxy(pngjs(MIN_WIDTH, MIN_HEIGHT), {
      get() {
        throw new Error("trap");
      },
    });
    for (const input of [
      undefined,
      null,
      "png",
      [0x89, 0x50],
      {},
      proxy,
      trap,
      new ArrayBuffer(8),
    ]) {
      const result = await checkRichMenuImage(input as Uint8Array);
      expect(result.ok).toBe(false);
      expect(result.issues.map((issue) => issue.rule)).toEqual(["RM-IMG-1"]);
    }
  });

  it("turns warnings into errors with strict", async () => {
    const photo = jpeg(2500, 843);
    const size = { width: 1200, height: 405 };
    expect((await checkRichMenuImage(photo, { size })).ok).toBe(true);
    expect((await checkRichMenuImage(photo, { size, strict: true })).ok).toBe(false);
  });
});

describeRule("RM-IMG-1", "JPEG or PNG, known from the bytes", () => {
  it("passes a PNG and a JPEG, and a Buffer", async () => {
    expect(await check(pngjs(MIN_WIDTH, MIN_HEIGHT))).toEqual([]);
    expect(await check(jpeg(2500, 843))).toEqual([]);
    expect(await check(Buffer.from(jpeg(2500, 843)))).toEqual([]);
  });
  it("fails other formats, empty and unreadable files", async () => {
    const gif = new Uint8Array(Buffer.from("GIF89a\x20\x03\xfa\x00"));
    const webp = new Uint8Array(Buffer.from("RIFF\0\0\0\0WEBPVP8 "));
    const svg = new Uint8Array(Buffer.from('  <svg xmlns="http://www.w3.org/2000/svg"/>'));
    const truncated = pngjs(MIN_WIDTH, MIN_HEIGHT).subarray(0, 60);
    const noFrame = new Uint8Array([0xff, 0xd8, 0xff, 0xd9]);
    const results = await Promise.all(
      [gif, webp, svg, new Uint8Array([1, 2, 3]), new Uint8Array(0), truncated, noFrame].map(
        (bytes) => check(bytes),
      ),
    );
    expect(results).toMatchInlineSnapshot(`
      [
        [
          "error image: expected a JPEG or PNG image (read from its first bytes, not its name), got a GIF; LINE answers 415 [RM-IMG-1]",
        ],
        [
          "error image: expected a JPEG or PNG image (read from its first bytes, not its name), got a WebP; LINE answers 415 [RM-IMG-1]",
        ],
        [
          "error image: expected a JPEG or PNG image (read from its first bytes, not its name), got text (SVG or HTML?); LINE answers 415 [RM-IMG-1]",
        ],
        [
          "error image: expected a JPEG or PNG image (read from its first bytes, not its name), got bytes of neither, starting 01 02 03; LINE answers 415 [RM-IMG-1]",
        ],
        [
          "error image: expected a JPEG or PNG image (read from its first bytes, not its name), got no bytes; LINE answers 415 [RM-IMG-1]",
        ],
        [
          "error image: is not a readable PNG: its IDAT chunk runs past the end of the file [RM-IMG-1]",
        ],
        [
          "error image: is not a readable JPEG: no frame header (SOFn) before its image data [RM-IMG-1]",
        ],
      ]
    `);
  });
});

describeRule("RM-IMG-2", "800–2500 px wide, ≥ 250 high, ratio ≥ 1.45, ≤ 1,000,000 bytes", () => {
  it("passes the smallest and the largest sizes, and a file of exactly 1,000,000 bytes", async () => {
    expect(await check(jpeg(MIN_WIDTH, MIN_HEIGHT))).toEqual([]);
    expect(await check(jpeg(2500, 1724))).toEqual([]);
    const bytes = LIMITS.richMenuImageBytesMax.value;
    const atLimit = jpeg(2500, 843, bytes - jpeg(2500, 843).length);
    expect(atLimit.length).toBe(bytes);
    expect(await check(atLimit)).toEqual([]);
  });
  it("fails too narrow, too wide, too low, too square, and a byte too many", async () => {
    const results = await Promise.all([
      check(jpeg(MIN_WIDTH - 1, MIN_HEIGHT)),
      check(jpeg(LIMITS.richMenuImageWidthMax.value + 1, 843)),
      check(pngjs(MIN_WIDTH, MIN_HEIGHT - 1)),
      check(jpeg(1000, 1000)),
      check(jpeg(2500, 843, LIMITS.richMenuImageBytesMax.value - jpeg(2500, 843).length + 1)),
    ]);
    expect(results).toMatchInlineSnapshot(`
      [
        [
          "error image: expected 800 to 2500 px wide, got 799 [RM-IMG-2]",
        ],
        [
          "error image: expected 800 to 2500 px wide, got 2501 [RM-IMG-2]",
        ],
        [
          "error image: expected at least 250 px high, got 249 [RM-IMG-2]",
        ],
        [
          "error image: expected width / height ≥ 1.45, got 1000 × 1000 px (1.00) [RM-IMG-2]",
        ],
        [
          "error image: expected at most 1,000,000 bytes (1 MB), got 1,000,001 [RM-IMG-2]",
        ],
      ]
    `);
  });
});

describeRule("RM-IMG-3", "the image's pixel size is the menu's size (W)", () => {
  it("passes an image of the menu's size", async () => {
    expect(await check(jpeg(2500, 843), { width: 2500, height: 843 })).toEqual([]);
  });
  it("warns about an image that would be stretched", async () => {
    expect(await check(jpeg(1200, 405), { width: 2500, height: 843 })).toMatchInlineSnapshot(`
      [
        "warning image: is 1200 × 405 px but the menu's size is 2500 × 843; LINE stretches it over the size, so the areas no longer line up with what it draws [RM-IMG-3]",
      ]
    `);
  });
});

describeRule("RM-IMG-5", "transparent PNG pixels (W)", () => {
  it("passes opaque pictures: RGBA with every alpha 255 (each filter), RGB, grey, JPEG", async () => {
    for (const filterType of [0, 1, 2, 3, 4]) {
      expect(
        await check(pngjs(MIN_WIDTH, MIN_HEIGHT, { filterType })),
        `filter ${filterType}`,
      ).toEqual([]);
    }
    expect(await check(pngjs(MIN_WIDTH, MIN_HEIGHT, { colorType: 2 }))).toEqual([]);
    expect(await check(pngjs(MIN_WIDTH, MIN_HEIGHT, { colorType: 0 }))).toEqual([]);
    expect(await check(jpeg(2500, 843))).toEqual([]);
  });
  it("passes opaque 16-bit grey + alpha and interlaced RGBA, written by hand", async () => {
    const grey16 = handPng({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      colorType: 4,
      bitDepth: 16,
      pixel: (x, y) => [shade(x, y, 0), shade(x, y, 1), 0xff, 0xff],
    });
    const interlaced = handPng({
      width: 803,
      height: 251,
      colorType: 6,
      bitDepth: 8,
      interlace: true,
      pixel: (x, y) => [shade(x, y, 0), shade(x, y, 1), shade(x, y, 2), 0xff],
    });
    expect(await check(grey16)).toEqual([]);
    expect(await check(interlaced)).toEqual([]);
  });
  it("warns about one transparent pixel, in the last row or the last interlaced pass", async () => {
    const last = (x: number, y: number) =>
      x === MIN_WIDTH - 1 && y === MIN_HEIGHT - 1 ? 254 : 255;
    for (const filterType of [0, 1, 2, 3, 4]) {
      expect(
        await check(pngjs(MIN_WIDTH, MIN_HEIGHT, { alpha: last, filterType })),
        `filter ${filterType}`,
      ).toMatchInlineSnapshot(`
        [
          "warning image: has transparent pixels (alpha below 255); rich menus can't be transparent: LINE does not show the chat behind them [RM-IMG-5]",
        ]
      `);
    }
    // Pass 7 of Adam7 holds the odd rows: (0, 1) is among the last pixels read.
    const interlaced = handPng({
      width: 803,
      height: 251,
      colorType: 6,
      bitDepth: 8,
      interlace: true,
      pixel: (x, y) => [
        shade(x, y, 0),
        shade(x, y, 1),
        shade(x, y, 2),
        x === 0 && y === 249 ? 0 : 255,
      ],
    });
    expect(await check(interlaced)).toMatchInlineSnapshot(`
      [
        "warning image: has transparent pixels (alpha below 255); rich menus can't be transparent: LINE does not show the chat behind them [RM-IMG-5]",
      ]
    `);
    // 16-bit alpha: 0xFFFE is below the maximum.
    const grey16 = handPng({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      colorType: 4,
      bitDepth: 16,
      pixel: (x, y) => [0, 0, 0xff, x === 10 && y === 10 ? 0xfe : 0xff],
    });
    expect(await check(grey16)).toMatchInlineSnapshot(`
      [
        "warning image: has transparent pixels (alpha below 255); rich menus can't be transparent: LINE does not show the chat behind them [RM-IMG-5]",
      ]
    `);
  });
  it("warns about a tRNS chunk: transparent palette entries, or a transparent colour", async () => {
    const palette = handPng({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      colorType: 3,
      bitDepth: 8,
      pixel: (x) => [x % 2],
      before: [
        chunk("PLTE", new Uint8Array([0, 0, 0, 255, 255, 255])),
        chunk("tRNS", new Uint8Array([255, 0])),
      ],
    });
    const opaquePalette = handPng({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      colorType: 3,
      bitDepth: 8,
      pixel: (x) => [x % 2],
      before: [
        chunk("PLTE", new Uint8Array([0, 0, 0, 255, 255, 255])),
        chunk("tRNS", new Uint8Array([255, 255])),
      ],
    });
    const colourKey = handPng({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      colorType: 2,
      bitDepth: 8,
      pixel: () => [1, 2, 3],
      before: [chunk("tRNS", new Uint8Array([0, 1, 0, 2, 0, 3]))],
    });
    expect(await check(palette)).toMatchInlineSnapshot(`
      [
        "warning image: has transparent palette entries (a tRNS chunk); rich menus can't be transparent: LINE does not show the chat behind them [RM-IMG-5]",
      ]
    `);
    expect(await check(opaquePalette)).toEqual([]);
    expect(await check(colourKey)).toMatchInlineSnapshot(`
      [
        "warning image: declares a transparent colour (a tRNS chunk); rich menus can't be transparent: LINE does not show the chat behind them [RM-IMG-5]",
      ]
    `);
  });
  it("warns when the alpha channel can't be read through (a broken stream)", async () => {
    const good = pngjs(MIN_WIDTH, MIN_HEIGHT);
    // Flip a byte inside the IDAT data: inflating fails or the rows come out wrong.
    const broken = new Uint8Array(good);
    const idat = Buffer.from(broken).indexOf("IDAT");
    broken[idat + 10] = broken[idat + 10]! ^ 0xff;
    const result = await checkRichMenuImage(broken);
    expect(result.issues.map((issue) => issue.rule)).toEqual(["RM-IMG-5"]);
  });
});
