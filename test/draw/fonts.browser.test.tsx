/** @jsxImportSource react */

import { CHAT_FONT_STACK, FONT_SIZE_PX, TEXT_LINE_HEIGHT } from "@flexkit/draw";
import { Bubble } from "@flexkit/draw/react";
import type { FlexBubble } from "@flexkit/validators";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";

/**
 * Thai, Japanese and emoji show as glyphs in the simulator's font stack, not as the empty boxes
 * ("tofu") a browser draws for characters no installed font has, and keep a text's 1.4 em line.
 * On Debian, `npm run chromium` (scripts/ensure-chromium.mjs) installs the font packages with
 * Chromium; packages/draw/README.md names them.
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

afterEach(() => {
  root?.unmount();
  host?.remove();
});

const SAMPLES = {
  Thai: "สวัสดีครับ",
  Japanese: "ご注文ありがとうございます",
  emoji: "😀🎉👍",
} as const;

/** A code point no font has a glyph for (a noncharacter): what tofu looks like here. */
const NO_GLYPH = "\u{10FFFE}";

function draw(bubble: FlexBubble): HTMLElement {
  host = document.createElement("div");
  host.style.cssText = `width: 400px; container-type: inline-size; font-family: ${CHAT_FONT_STACK};`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Bubble bubble={bubble} />));
  return host;
}

/** Each character drawn alone in the chat's font, as RGBA pixels. */
function pixelsOf(char: string): Uint8ClampedArray {
  const size = FONT_SIZE_PX.xl;
  const canvas = new OffscreenCanvas(size * 2, size * 2);
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2d canvas");
  context.font = `${size}px ${CHAT_FONT_STACK}`;
  context.textBaseline = "middle";
  context.fillStyle = "#000000";
  context.fillText(char, size / 2, size);
  return context.getImageData(0, 0, canvas.width, canvas.height).data;
}

function sameDrawing(a: Uint8ClampedArray, b: Uint8ClampedArray): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Whether some drawn pixel has a colour (not a grey of black on nothing). */
function hasColour(pixels: Uint8ClampedArray): boolean {
  for (let i = 0; i < pixels.length; i += 4) {
    const [r, g, b, a] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!, pixels[i + 3]!];
    if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 60) return true;
  }
  return false;
}

/** How wide `length` UTF-16 units of a one-line text's string draw, from `start`. */
function sampleWidth(text: HTMLElement, start: number, length: number): number {
  const node = text.firstChild;
  if (node === null) throw new Error("empty text");
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + length);
  return range.getBoundingClientRect().width;
}

/** How wide `string` draws in `text`'s font. */
function widthOf(text: HTMLElement, string: string): number {
  const probe = document.createElement("span");
  probe.textContent = string;
  text.append(probe);
  const { width } = probe.getBoundingClientRect();
  probe.remove();
  return width;
}

describe("fonts in the chat's font stack", () => {
  const tofu = pixelsOf(NO_GLYPH);

  for (const [script, sample] of Object.entries(SAMPLES)) {
    it(`${script} draws as glyphs, not boxes`, () => {
      // Per base character: combining marks (Thai vowels and tones) draw with the one before.
      const tofuLike = [...new Intl.Segmenter("th", { granularity: "grapheme" }).segment(sample)]
        .map(({ segment }) => segment)
        .filter((segment) => sameDrawing(pixelsOf(segment), tofu));
      expect(tofuLike).toEqual([]);
    });
  }

  // DejaVu Sans, Debian's sans-serif, has black-and-white emoticons (😀) and comes first in the
  // stack; the emoji it lacks come from the colour font.
  it("emoji that the Latin font lacks draw in colour", () => {
    for (const emoji of ["🎉", "👍"]) expect(hasColour(pixelsOf(emoji)), emoji).toBe(true);
  });

  it("each sample has a real width, and a text's line stays 1.4 em high", () => {
    const samples = Object.entries(SAMPLES);
    const view = draw({
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        // Each script beside Latin, as messages mix them: a line must not grow to the tallest
        // of its fonts.
        contents: samples.map(
          ([script, sample]) => ({ type: "text", text: `${script}: ${sample} (2)` }) as const,
        ),
      },
    });
    const texts = [...view.querySelectorAll<HTMLElement>('[data-flex="text"]')];
    expect(texts).toHaveLength(samples.length);
    const tofuWidth = widthOf(texts[0]!, NO_GLYPH);
    samples.forEach(([script, sample], index) => {
      const text = texts[index]!;
      const width = sampleWidth(text, `${script}: `.length, sample.length);
      const graphemes = [...new Intl.Segmenter("th").segment(sample)].length;
      expect(width, script).toBeGreaterThan(graphemes * 0.3 * FONT_SIZE_PX.md);
      expect(width, script).not.toBeCloseTo(graphemes * tofuWidth, 0);
      expect(text.getBoundingClientRect().height, script).toBeCloseTo(
        FONT_SIZE_PX.md * TEXT_LINE_HEIGHT,
        1,
      );
    });
    // Japanese is full width: an em a character.
    expect(sampleWidth(texts[1]!, "Japanese: ".length, SAMPLES.Japanese.length)).toBeCloseTo(
      [...SAMPLES.Japanese].length * FONT_SIZE_PX.md,
      0,
    );
  });
});
