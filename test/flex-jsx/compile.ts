import { createRequire } from "node:module";
import { join } from "node:path";
import { transformAsync } from "@babel/core";
import type { FlexNode } from "@flexkit/flex-jsx";
import * as flexJsx from "@flexkit/flex-jsx";
import flexkitBabelPreset from "@flexkit/flex-jsx/babel";
import * as devRuntime from "@flexkit/flex-jsx/jsx-dev-runtime";
import * as runtime from "@flexkit/flex-jsx/jsx-runtime";
import { renderMessages } from "@flexkit/flex-jsx/message-file";
import * as richMenu from "@flexkit/flex-jsx/rich-menu";
import ts from "typescript";
import { repoRoot } from "../helpers.js";

/**
 * Compiles message-file source in memory the two ways bot code does (TypeScript's compiler,
 * `@babel/core` with our preset) and evaluates it as CommonJS with the flex runtime as its only
 * import, so tests compare the JSON each way gives without writing files.
 */

const require = createRequire(import.meta.url);
const MODULES: Record<string, unknown> = {
  "@flexkit/flex-jsx": flexJsx,
  "@flexkit/flex-jsx/jsx-runtime": runtime,
  "@flexkit/flex-jsx/jsx-dev-runtime": devRuntime,
  "@flexkit/flex-jsx/rich-menu": richMenu,
};

function evaluateModule(code: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  const load = (name: string) => {
    if (!(name in MODULES)) throw new Error(`unexpected import ${name}`);
    return MODULES[name];
  };
  new Function("require", "module", "exports", code)(load, module, module.exports);
  return module.exports;
}

function evaluate(code: string): unknown {
  return evaluateModule(code).default;
}

export function compileWithTypeScript(source: string, fileName = "message.flex.tsx"): unknown {
  return evaluate(transpileWithTypeScript(source, fileName));
}

/** The module's exports, compiled as compileWithTypeScript compiles it. */
export function compileModuleWithTypeScript(
  source: string,
  fileName = "message.flex.tsx",
): Record<string, unknown> {
  return evaluateModule(transpileWithTypeScript(source, fileName));
}

function transpileWithTypeScript(source: string, fileName: string): string {
  const { outputText } = ts.transpileModule(source, {
    fileName,
    compilerOptions: {
      jsx: ts.JsxEmit.ReactJSX,
      jsxImportSource: "@flexkit/flex-jsx",
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  });
  return outputText;
}

export async function compileWithBabel(
  source: string,
  fileName = "message.flex.tsx",
  development = false,
): Promise<unknown> {
  const result = await transformAsync(source, {
    filename: join(repoRoot, fileName),
    babelrc: false,
    configFile: false,
    presets: [[flexkitBabelPreset, { development }]],
    plugins: [require.resolve("@babel/plugin-transform-modules-commonjs")],
  });
  return evaluate(result?.code ?? "");
}

/** A module's default export rendered as `flexkit build` does: an array gives one message each. */
export function renderDefault(node: unknown): unknown {
  return renderMessages(node as FlexNode).message;
}
