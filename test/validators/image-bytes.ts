/** Image bytes the tests build themselves (never files from the internet). */

const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/**
 * The start of a baseline JPEG: SOI, an APP0 (JFIF) segment, then SOF0 with the frame size. The
 * reader stops at SOF0, so no scan data is needed; `pad` appends bytes to reach a file size.
 */
export function jpeg(width: number, height: number, pad = 0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, ...Buffer.from("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const sof0 = [0xff, 0xc0, 0x00, 0x11, 8, height >> 8, height & 0xff, width >> 8, width & 0xff];
  const components = [3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return concat(
    new Uint8Array([0xff, 0xd8, ...app0, ...sof0, ...components]),
    new Uint8Array(pad),
    new Uint8Array([0xff, 0xd9]),
  );
}
