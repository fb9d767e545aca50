import { checkRichMenuImage } from "@flexkit/validators";
import { describe, expect, it } from "vitest";

/**
 * checkRichMenuImage in a real browser: the same bytes-in function the Node tests check, with the
 * browser's own PNG and JPEG encoders (a canvas) and the browser's DecompressionStream.
 */
async function encode(
  type: "image/png" | "image/jpeg",
  paint: (context: OffscreenCanvasRenderingContext2D) => void,
): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(1200, 405);
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("no 2d context");
  paint(context);
  const blob = await canvas.convertToBlob({ type });
  return new Uint8Array(await blob.arrayBuffer());
}

const opaque = (context: OffscreenCanvasRenderingContext2D) => {
  context.fillStyle = "#06c755";
  context.fillRect(0, 0, 1200, 405);
};

describe("checkRichMenuImage in the browser", () => {
  it("reads a canvas's PNG and JPEG, opaque", async () => {
    const size = { width: 1200, height: 405 };
    for (const type of ["image/png", "image/jpeg"] as const) {
      const result = await checkRichMenuImage(await encode(type, opaque), { size });
      expect(result.issues, type).toEqual([]);
      expect(result.image).toMatchObject({ contentType: type, width: 1200, height: 405 });
    }
  });

  it("finds a transparent corner in a canvas's PNG (RM-IMG-5)", async () => {
    const png = await encode("image/png", (context) => {
      opaque(context);
      context.clearRect(1190, 395, 10, 10);
    });
    // Colour type 6 (RGBA, IHDR byte 25): the pixels were inflated and read, not only a header.
    expect(png[25]).toBe(6);
    const result = await checkRichMenuImage(png);
    expect(result.issues.map((issue) => issue.rule)).toEqual(["RM-IMG-5"]);
  });
});
