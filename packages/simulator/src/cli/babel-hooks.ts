import { createRequire } from "node:module";
import { relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import flexkitBabelPreset from "@flexkit/flex-jsx/babel";
import { readInputText } from "./read-input.js";
import { UserInputError } from "./user-input-error.js";

/**
 * Node module hooks (registered by `loadMessageModule`) that compile the bot's `.flex.tsx`,
 * `.tsx`, `.ts` and `.jsx` files with @babel/core and the preset a bot's own Babel setup uses,
 * `@flexkit/flex-jsx/babel`, in development mode, so every element records the file:line:column
 * it was written at.
 */

const COMPILED = /\.(?:[mc]?tsx?|jsx)$/;
const TRY_EXTENSIONS = [".tsx", ".ts", ".jsx", ".flex.tsx"];
const require = createRequire(import.meta.url);

type PresetResult = ReturnType<typeof flexkitBabelPreset>;
type PluginEntry = PresetResult["plugins"][number];

function resolveEntry(entry: PluginEntry): PluginEntry {
  return typeof entry === "string" ? require.resolve(entry) : [require.resolve(entry[0]), entry[1]];
}

/**
 * `@flexkit/flex-jsx/babel` as it is, with the packages it names resolved from the CLI's own
 * dependencies: Babel would look for them from the working directory, where a message file
 * outside this workspace has no Babel.
 */
function cliPreset(...args: Parameters<typeof flexkitBabelPreset>): PresetResult {
  const { presets, plugins } = flexkitBabelPreset(...args);
  return { presets: presets.map(resolveEntry), plugins: plugins.map(resolveEntry) };
}

interface ResolveContext {
  parentURL?: string;
  conditions: string[];
}
type NextResolve = (
  specifier: string,
  context: ResolveContext,
) => Promise<{ url: string; format?: string | null }>;
type NextLoad = (
  url: string,
  context: { format?: string | null },
) => Promise<{ format: string; source?: unknown }>;

export async function resolve(
  specifier: string,
  context: ResolveContext,
  nextResolve: NextResolve,
) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    // Bot code written for bundlers imports `./card` or `./card.js` for `./card.tsx`.
    if (
      (specifier.startsWith(".") || specifier.startsWith("/")) &&
      context.parentURL !== undefined
    ) {
      const base = specifier.replace(/\.js$/, "");
      for (const extension of TRY_EXTENSIONS) {
        try {
          return await nextResolve(base + extension, context);
        } catch {}
      }
    }
    // A message file outside this workspace still finds the runtime that ships with the CLI.
    if (specifier.startsWith("@flexkit/")) {
      return { url: pathToFileURL(require.resolve(specifier)).href, shortCircuit: true };
    }
    throw error;
  }
}

export async function load(url: string, context: { format?: string | null }, nextLoad: NextLoad) {
  if (!url.startsWith("file:") || !COMPILED.test(url) || url.includes("/node_modules/")) {
    return nextLoad(url, context);
  }
  const file = fileURLToPath(url);
  // Shown relative to where flexkit runs when the file is below it, else in full.
  const local = relative(process.cwd(), file);
  const shownName = local === "" || local.startsWith("..") ? file : local;
  let code: string;
  try {
    // The CLI's one reader: capped, UTF-8 or an error at the bad byte, a BOM dropped.
    code = await readInputText(file, "a source file", shownName);
  } catch (error) {
    // Hooks run on their own thread: an error reaches importMessageModule as its built-in type
    // only, and a SyntaxError there is the user's mistake, reported in one line.
    if (error instanceof UserInputError) throw new SyntaxError(error.message);
    throw error;
  }
  const babel = await import("@babel/core");
  try {
    const result = await babel.transformAsync(code, {
      filename: file,
      babelrc: false,
      configFile: false,
      sourceMaps: "inline",
      // Development: each element passes its file:line:column to jsxDEV.
      presets: [[cliPreset, { development: true }]],
    });
    return { format: "module", source: result?.code ?? "", shortCircuit: true };
  } catch (error) {
    const loc = (error as { loc?: { line: number; column: number } }).loc;
    const reason = (error instanceof Error ? error.message : String(error))
      .split("\n")[0]!
      .replace(/^.*?: /, "")
      .replace(/ \(\d+:\d+\)$/, "");
    const where = loc === undefined ? shownName : `${shownName}:${loc.line}:${loc.column + 1}`;
    throw new SyntaxError(`${where}: ${reason}`);
  }
}
