import { decompressFromEncodedURIComponent } from "lz-string";

export type PayloadResult = { ok: true; payload: unknown } | { ok: false; error: string };

/**
 * `#m=` + lz-string's `compressToEncodedURIComponent(JSON.stringify(payload))`, where the payload
 * is a message, an array of messages, or a bare bubble/carousel. Returns undefined without `#m=`.
 */
export function readHashPayload(hash: string): PayloadResult | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const packed = params.get("m");
  if (packed === null) return undefined;
  const json = decompressFromEncodedURIComponent(packed);
  if (json === null || json === "")
    return { ok: false, error: "the #m= link is damaged: it does not decompress" };
  try {
    return { ok: true, payload: JSON.parse(json) };
  } catch (error) {
    return {
      ok: false,
      error: `the #m= link does not hold JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
