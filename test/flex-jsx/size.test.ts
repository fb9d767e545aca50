import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, defaultClientConditions, type Rolldown } from "vite";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers.js";

/**
 * What bot code ships: every public name of @flexkit/flex-jsx and its JSX runtimes, bundled
 * without tree-shaking anything away, minified and gzipped. toJsx, the Babel preset and the
 * message-file helpers are separate entry points and not part of it.
 */
// "5 KB" read the strict way: 5,000 bytes, not 5,120.
const LIMIT_BYTES = 5_000;
const src = join(repoRoot, "packages", "flex-jsx", "src");

async function runtimeBundle(): Promise<string> {
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
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    root: dir,
    // The workspace's sources, as the rest of the tests read them (the runtime imports the
    // matrix from @flexkit/validators/flex-structure).
    resolve: { conditions: ["source", ...defaultClientConditions] },
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

describe("runtime size", () => {
  it(`is under ${LIMIT_BYTES} bytes minified and gzipped`, async () => {
    const code = await runtimeBundle();
    // The bundle really holds the runtime: every component and the walker are in it.
    expect(code).toContain("flexkit.builtin");
    expect(code).toContain("ImageCarouselTemplate");
    expect(code).not.toContain("zod");
    // The message-file helpers (@flexkit/flex-jsx/message-file) are tools' code, not bots'.
    expect(code).not.toContain("MessageFileError");
    const gzipped = gzipSync(code).length;
    console.info(`@flexkit/flex-jsx runtime: ${code.length} B minified, ${gzipped} B gzipped`);
    expect(gzipped).toBeLessThan(LIMIT_BYTES);
  });
});
