import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/** A link to this page that opens `payload` (the `#m=` format the renderer reads). */
export function messageLink(payload: unknown, base = window.location.href): string {
  return `${base.replace(/#.*$/, "")}#m=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

/**
 * A link carrying `.flex.tsx` source (`#jsx=`). Opening it shows the code but never runs it until
 * the person clicks "Run code": the page can send pushes, so a link must not run code.
 */
export function jsxLink(source: string, base = window.location.href): string {
  return `${base.replace(/#.*$/, "")}#jsx=${compressToEncodedURIComponent(source)}`;
}

/** The JSX source a `#jsx=` link carries, or undefined. */
export function readHashJsx(hash: string): string | undefined {
  const packed = new URLSearchParams(hash.replace(/^#/, "")).get("jsx");
  if (packed === null) return undefined;
  return decompressFromEncodedURIComponent(packed) ?? undefined;
}
