/**
 * A Babel preset for bot code that compiles message files with `@babel/core`:
 *
 * ```js
 * // babel.config.json
 * { "presets": [["@flexkit/flex-jsx/babel", { "development": true }]] }
 * ```
 *
 * It strips TypeScript from `.ts`/`.tsx` files (`@babel/preset-typescript`) and compiles JSX with
 * the automatic runtime from `@flexkit/flex-jsx`. With `development: true` each element records
 * its file:line:column (through `jsxDEV`), so `render()`'s `sources` can point at the JSX.
 * The Babel packages are optional peer dependencies: only Babel users need them.
 */

export interface FlexkitBabelOptions {
  /** Record each element's source location (`jsxDEV`). Default: false, as in `@babel/preset-react`. */
  development?: boolean;
  /** Strip TypeScript from `.ts`/`.tsx` files. Default: true. */
  typescript?: boolean;
}

/** The part of Babel's preset API this preset uses. */
interface PresetApi {
  assertVersion(range: number | string): void;
}

type PluginEntry = string | [string, Record<string, unknown>];

export default function flexkitBabelPreset(
  api: PresetApi,
  options: FlexkitBabelOptions = {},
): { presets: PluginEntry[]; plugins: PluginEntry[] } {
  api.assertVersion(7);
  const { development = false, typescript = true } = options;
  return {
    presets: typescript ? [["@babel/preset-typescript", { onlyRemoveTypeImports: false }]] : [],
    plugins: [
      [
        development
          ? "@babel/plugin-transform-react-jsx-development"
          : "@babel/plugin-transform-react-jsx",
        { runtime: "automatic", importSource: "@flexkit/flex-jsx" },
      ],
    ],
  };
}
