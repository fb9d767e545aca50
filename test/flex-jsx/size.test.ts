import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild } from "esbuild";
import { build, defaultClientConditions, type Rolldown } from "vite";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

/**
 * What bot code ships: every public name of @flexkit/flex-jsx and its JSX runtimes, bundled
 * without tree-shaking anything away, minified and gzipped. toJsx, the Babel preset and the
 * message-file helpers are separate entry points and not part of it. Bots bundle with whatever
 * they use, and minifiers differ by tens of bytes: the budget holds with rolldown (Vite's) and
 * with esbuild (tsup's, and many bots' own).
 */
// "5 KB" read the strict way: 5,000 bytes, not 5,120.
const LIMIT_BYTES = 5_000;
const src = join(repoRoot, "packages", "flex-jsx", "src");

function entryFile(): string {
  const dir = mkdtempSync(join(tmpdir(), "flexkit-size-"));
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(join(src, "index.ts"))};`,
      `export { jsx, jsxs } from ${JSON.stringify(join(src, "jsx-runtime.ts"))};`,
      `export { jsxDEV } from ${JSON.stringify(join(src, "jsx-dev-runtime.ts"))};`,
    ].join("\n"),
  );
  return entry;
}

async function rolldownBundle(entry: string): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    root: join(entry, ".."),
    // The workspace's sources, as the rest of the tests read them (the runtime imports the
    // matrix from @flexkit/validators/flex-structure).
    resolve: { conditions: ["@flexkit/source", ...defaultClientConditions] },
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ["es"], fileName: "flex-jsx" },
      // Vite keeps whitespace in ES libraries; bot bundlers minify it, so measure it minified.
      rolldownOptions: { output: { minify: true } },
    },
  })) as Rolldown.RolldownOutput[];
  const chunks = output.flatMap((result) => result.output).filter((file) => file.type === "chunk");
  return chunks.map((chunk) => chunk.code).join("\n");
}

async function esbuildBundle(entry: string): Promise<string> {
  const result = await esbuild({
    entryPoints: [entry],
    bundle: true,
    format: "esm",
    minify: true,
    write: false,
    logLevel: "silent",
    conditions: ["@flexkit/source"],
  });
  return result.outputFiles.map((file) => file.text).join("\n");
}

describe("runtime size", () => {
  it.each([
    ["rolldown", rolldownBundle],
    ["esbuild", esbuildBundle],
  ])(
    `is under ${LIMIT_BYTES} bytes minified and gzipped, bundled by %s`,
    async (bundler, bundle) => {
      const code = await bundle(entryFile());
      // The bundle really holds the runtime: every component and the walker are in it.
      expect(code).toContain("flexkit.builtin");
      expect(code).toContain("ImageCarouselTemplate");
      expect(code).not.toContain("zod");
      // The message-file helpers (@flexkit/flex-jsx/message-file) are tools' code, not bots'.
      expect(code).not.toContain("MessageFileError");
      const gzipped = gzipSync(code).length;
      console.info(
        `@flexkit/flex-jsx runtime (${bundler}): ${code.length} B minified, ${gzipped} B gzipped`,
      );
      expect(gzipped).toBeLessThan(LIMIT_BYTES);
    },
  );
});
