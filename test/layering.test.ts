import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

/**
 * The import layering, so that it cannot quietly come back (HOUSE-STYLE.md, "How data flows"):
 * validators ← flex-jsx ← draw ← the simulator's app; the app never reaches the server, push or
 * CLI code (the token lives there); draw never reaches the app; the server never reaches the CLI;
 * nothing in packages/ reaches stories/, bench/ or test/; packages reach each other by name only,
 * and outside a package only its public entry points are used. Every import is read with
 * TypeScript's own scanner (static, `export … from` and dynamic `import()`), and each broken rule
 * is reported as `file: imports "x" (layer): rule`.
 */

type Layer =
  | "validators"
  | "flex-jsx"
  | "draw"
  | "draw/react"
  | "app"
  | "server"
  | "push"
  | "cli"
  | "simulator/shared"
  | "samples"
  | "stories"
  | "bench"
  | "test"
  | "scripts";

const PACKAGE_LAYER: Record<string, Layer> = {
  "@flexkit/validators": "validators",
  "@flexkit/flex-jsx": "flex-jsx",
  "@flexkit/draw": "draw",
  "@flexkit/simulator": "app",
};

/** The layer a file of this repository belongs to, by its path. */
function layerOf(path: string): Layer | undefined {
  const rel = relative(repoRoot, path).split(sep).join("/");
  if (rel.startsWith("packages/validators/")) return "validators";
  if (rel.startsWith("packages/flex-jsx/")) return "flex-jsx";
  if (rel.startsWith("packages/draw/src/react/")) return "draw/react";
  if (rel.startsWith("packages/draw/")) return "draw";
  if (rel.startsWith("packages/simulator/src/app/")) return "app";
  if (rel.startsWith("packages/simulator/src/samples/")) return "samples";
  if (rel.startsWith("packages/simulator/src/server/")) return "server";
  if (rel.startsWith("packages/simulator/src/push/")) return "push";
  if (rel.startsWith("packages/simulator/src/cli/")) return "cli";
  if (rel.startsWith("packages/simulator/src/shared/")) return "simulator/shared";
  if (rel.startsWith("stories/") || rel.startsWith(".storybook/")) return "stories";
  if (rel.startsWith("bench/")) return "bench";
  if (rel.startsWith("test/")) return "test";
  if (rel.startsWith("scripts/")) return "scripts";
  return undefined;
}

/** Which layers each layer may import (its own always). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  validators: [],
  "flex-jsx": ["validators"],
  draw: ["validators", "flex-jsx"],
  "draw/react": ["draw", "validators", "flex-jsx"],
  "simulator/shared": ["validators", "flex-jsx"],
  samples: ["validators", "flex-jsx"],
  app: ["validators", "flex-jsx", "draw", "draw/react", "simulator/shared", "samples"],
  push: ["validators", "flex-jsx", "simulator/shared"],
  server: ["validators", "flex-jsx", "simulator/shared", "push", "samples"],
  cli: ["validators", "flex-jsx", "simulator/shared", "push", "server", "samples"],
  stories: ["validators", "flex-jsx", "draw", "draw/react", "app", "simulator/shared", "samples"],
  bench: ["validators", "flex-jsx", "draw", "draw/react", "app", "scripts", "test"],
  test: [
    "validators",
    "flex-jsx",
    "draw",
    "draw/react",
    "app",
    "server",
    "push",
    "cli",
    "simulator/shared",
    "samples",
    "stories",
    "scripts",
  ],
  scripts: [],
};

const WHY: Partial<Record<Layer, string>> = {
  validators: "the validators depend on nothing of ours",
  "flex-jsx": "flex-jsx builds on the validators only",
  draw: "draw's core is framework-free and never reaches the simulator (the app supplies taps)",
  "draw/react": "draw's React views never reach the simulator (the app supplies taps)",
  app: "the page never imports server, push or CLI code: the token lives there",
  server:
    "the server never imports the CLI: the CLI reads the environment and turns errors into lines",
  push: "the push layer is the client of LINE's API, under the server and the CLI",
};

const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name === "node_modules" || name === "dist" || name === "storybook-static") return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

/** Every broken rule in `files` (absolute paths), as one line each. */
function layeringViolations(files: readonly string[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const from = layerOf(file);
    if (from === undefined) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    for (const { fileName: specifier } of importedFiles) {
      const found = targetOf(file, specifier);
      if (found === undefined) continue;
      const problem = check(from, found, specifier);
      if (problem !== undefined)
        violations.push({ file: relative(repoRoot, file), specifier, rule: problem });
    }
  }
  return violations;
}

interface Target {
  layer: Layer;
  /** Reached through the package's name (`@flexkit/x…`), not a relative path. */
  byName: boolean;
  /** For a package name: the subpath after it (`/react`, `/jsx-runtime`), or "". */
  subpath: string;
}

function targetOf(file: string, specifier: string): Target | undefined {
  if (specifier.startsWith("@flexkit/")) {
    const [scope, name, ...rest] = specifier.split("/");
    const base = `${scope}/${name}`;
    const subpath = rest.length === 0 ? "" : `/${rest.join("/")}`;
    let layer = PACKAGE_LAYER[base];
    if (layer === undefined) return undefined;
    if (layer === "draw" && subpath === "/react") layer = "draw/react";
    return { layer, byName: true, subpath };
  }
  if (!specifier.startsWith(".")) return undefined;
  const layer = layerOf(resolve(dirname(file), specifier));
  return layer === undefined ? undefined : { layer, byName: false, subpath: "" };
}

/**
 * Packages and the app use each other's public entry points only; tests, stories and the bench
 * do too for draw, the library others draw with. Unit tests of the validators and flex-jsx may
 * reach the module they test.
 */
function publicOnly(from: Layer, to: Target): boolean {
  if (from === "test" || from === "bench" || from === "stories")
    return packageOf(to.layer) === "draw";
  return true;
}

const PACKAGES: readonly Layer[] = ["validators", "flex-jsx", "draw", "draw/react"];
const packageOf = (layer: Layer) => (layer === "draw/react" ? "draw" : layer);
const isPackage = (layer: Layer) => PACKAGES.includes(layer);
/** The public entry points of the library packages (their package.json exports). */
const PUBLIC_SUBPATHS: Record<string, readonly string[]> = {
  validators: ["", "/flex-structure", "/property-docs", "/rule-docs", "/schema-walk"],
  "flex-jsx": [
    "",
    "/jsx-runtime",
    "/jsx-dev-runtime",
    "/babel",
    "/to-jsx",
    "/message-file",
    "/rich-menu",
  ],
  draw: ["", "/react"],
};

function check(from: Layer, to: Target, specifier: string): string | undefined {
  if (from === "draw" && to.layer === "draw/react")
    return "draw's core imports no React: only @flexkit/draw/react may";
  // Inside one package (or one folder of the simulator), relative paths are its own business.
  if (packageOf(from) === packageOf(to.layer) && !to.byName) return undefined;
  if (from === to.layer) return undefined;
  if (!MAY_IMPORT[from].includes(to.layer))
    return `${from} may not import ${to.layer}: ${WHY[from] ?? `${from} imports only ${MAY_IMPORT[from].join(", ") || "nothing of ours"}`}`;
  // Across packages, and from outside them, a library is reached by its name and public entry
  // points, never by a path into its files.
  if (isPackage(to.layer) && packageOf(from) !== packageOf(to.layer) && publicOnly(from, to)) {
    const name = `@flexkit/${packageOf(to.layer)}`;
    if (!to.byName) return `reaches into ${name}'s files: import "${name}" instead`;
    const allowed = PUBLIC_SUBPATHS[packageOf(to.layer)] ?? [""];
    if (!allowed.includes(to.subpath))
      return `"${specifier}" is not a public entry point of ${name} (${allowed.map((subpath) => `"${name}${subpath}"`).join(", ")})`;
  }
  return undefined;
}

describe("import layering", () => {
  const roots = ["packages", "stories", ".storybook", "bench", "test"].map((dir) =>
    join(repoRoot, dir),
  );
  const files = roots.flatMap(sourceFiles);

  it("reads the files of every layer", () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of ["validators", "flex-jsx", "draw", "draw/react", "app", "server", "cli"])
      expect(layers, layer).toContain(layer);
  });

  it("every import points down the layers", () => {
    const lines = layeringViolations(files).map(
      ({ file, specifier, rule }) => `${file}: imports "${specifier}": ${rule}`,
    );
    expect(lines).toEqual([]);
  });
});
