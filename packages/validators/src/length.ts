/**
 * LINE counts most lengths in UTF-16 code units (`string.length`), and a few (action labels,
 * template texts) in grapheme clusters, so that a family emoji counts as one character.
 * https://developers.line.biz/en/docs/messaging-api/text-character-count/
 */

export function lenUtf16(text: string): number {
  return text.length;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the whole ASCII range is meant
const ASCII = /^[\x00-\x7f]*$/;

function isAscii(text: string): boolean {
  return ASCII.test(text);
}

let segmenter: Intl.Segmenter | undefined;

export function lenGraphemes(text: string): number {
  // ASCII needs no segmenter (which is slow: ~15 ms for 6,000 characters): every character is
  // its own cluster except "\r\n", which is one (UAX #29 GB3).
  if (isAscii(text)) return text.length - (text.match(/\r\n/g)?.length ?? 0);
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let count = 0;
  for (const _ of segmenter.segment(text)) count++;
  return count;
}

/** UTF-8 byte length without TextEncoder or Buffer, so the validators run anywhere. */
export function utf8Length(text: string): number {
  // Most JSON is ASCII: one byte per code unit, found by one native regex scan.
  if (isAscii(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
