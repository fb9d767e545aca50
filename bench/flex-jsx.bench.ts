import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type * as FlexJsx from "@flexkit/flex-jsx";
import type { FlexNode } from "@flexkit/flex-jsx";
import type * as JsxRuntime from "@flexkit/flex-jsx/jsx-runtime";
import { toJsx } from "@flexkit/flex-jsx/to-jsx";
import ts from "typescript";
import { build, defaultClientConditions, type Rolldown } from "vite";
import { bench, describe, expect } from "vitest";
import { repoRoot } from "../test/helpers.js";
import { describeRatio, interleaved } from "./interleaved.js";
import { twelveBubbles } from "./real-world.js";

/**
 * `npm run bench`: rendering a 12-bubble carousel written as JSX against building the same
 * object with a literal. Target: render at most 3× the literal's time (issue #3).
 *
 * The bubbles come from the shared real-world fixtures (the valid java showcase files). The JSX
 * is toJsx's source for that carousel, compiled by TypeScript, wrapped in a function so that each
 * iteration runs the jsx() calls and render(), as bot code does per message. The literal is the
 * same JSON written as one object literal in a function body, so each call builds it afresh.
 *
 * The runtime runs as bot code gets it: flex-jsx's source bundled into one module (as the size
 * test bundles it) and compiled by Node itself, like the literal. Imported from the workspace it
 * would run inside Vitest's module runner, where every call from one of the runtime's modules into
 * another (copyProps, isElement…) and every jsx() call goes through a getter on a module
 * namespace: that made the JSX side about 1.6× slower, a cost no bot pays.
 */
type Runtime = typeof FlexJsx & Pick<typeof JsxRuntime, "jsx" | "jsxs">;

async function bundledRuntime(): Promise<Runtime> {
  const src = join(repoRoot, "packages", "flex-jsx", "src");
  const dir = mkdtempSync(join(tmpdir(), "flexkit-bench-"));
  const entry = join(dir, "entry.ts");
  writeFileSync(
    entry,
    [
      `export * from ${JSON.stringify(join(src, "index.ts"))};`,
      `export { jsx, jsxs } from ${JSON.stringify(join(src, "jsx-runtime.ts"))};`,
    ].join("\n"),
  );
  const output = (await build({
    configFile: false,
    logLevel: "silent",
    root: dir,
    // The workspace's sources, as the size test bundles them.
    resolve: { conditions: ["@flexkit/source", ...defaultClientConditions] },
    build: { write: false, minify: false, lib: { entry, formats: ["cjs"], fileName: "flex-jsx" } },
  })) as Rolldown.RolldownOutput[];
  const [chunk] = output.flatMap((result) => result.output).filter((file) => file.type === "chunk");
  const module = { exports: {} };
  new Function("module", "exports", (chunk as Rolldown.OutputChunk).code)(module, module.exports);
  return module.exports as Runtime;
}

const runtime = await bundledRuntime();

/** The message file compiled by TypeScript (react-jsx), its imports answered by the bundle. */
function compileMessage(source: string): () => FlexNode {
  const { outputText } = ts.transpileModule(source, {
    fileName: "message.flex.tsx",
    compilerOptions: {
      jsx: ts.JsxEmit.ReactJSX,
      jsxImportSource: "@flexkit/flex-jsx",
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
    },
  });
  const module = { exports: {} as { default?: () => FlexNode } };
  const load = (name: string) => {
    if (name !== "@flexkit/flex-jsx" && name !== "@flexkit/flex-jsx/jsx-runtime") {
      throw new Error(`unexpected import ${name}`);
    }
    return runtime;
  };
  new Function("require", "module", "exports", outputText)(load, module, module.exports);
  return module.exports.default!;
}

const bubbles = twelveBubbles();

const message = {
  type: "flex",
  altText: "12 bubbles",
  contents: { type: "carousel", contents: bubbles },
};

const source = toJsx(message).replace("export default (", "export default () => (");
const jsxMessage = compileMessage(source);
const literalMessage = new Function(`return ${JSON.stringify(message)};`) as () => unknown;

// Both sides build the same JSON, or the comparison means nothing.
expect(bubbles).toHaveLength(12);
expect(runtime.render(jsxMessage()).message).toStrictEqual(literalMessage());

// The verdict: alternating batches of 200 messages (a few milliseconds each), medians.
console.log(
  describeRatio(
    "12-bubble carousel",
    "JSX + render()",
    "object literal",
    interleaved(literalMessage, () => runtime.render(jsxMessage()), { batch: 200 }),
    3,
  ),
);

// Vitest's own rows (one task after the other) follow. Warm up long enough for the JIT to settle
// on both sides before sampling.
const options = { time: 2_000, warmupTime: 1_000 };

describe("12-bubble carousel", () => {
  bench(
    "object literal",
    () => {
      literalMessage();
    },
    options,
  );
  bench(
    "JSX + render()",
    () => {
      runtime.render(jsxMessage());
    },
    options,
  );
});
