import { execFileSync } from "node:child_process";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { repoRoot } from "../../helpers.js";
import { startFlexkitServer } from "./browser-session.js";

/**
 * One simulator for the whole node project: the e2e files that need nothing of their own (no
 * LINE settings, no folder) share it through `inject("simulatorUrl")`. It is `flexkit serve`, the
 * page built once by `vite build` (with the script `npm pack` runs, which builds only when the
 * sources changed and never under a server that is serving the page): a page opens in about
 * 0.6 s instead of 1.7 s from Vite's development server, and about sixty pages open from it.
 * `flexkit start`, `npm start`'s development server, keeps its own tests (simulator.e2e, the
 * token page's Send panel in push.e2e, the dev and cross-origin files). Files that need LINE
 * settings of their own but test the server's routes start a `flexkit serve` of their own
 * (startServeProcess).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(process.execPath, [join(repoRoot, "packages/simulator/scripts/build-app.mjs")], {
    stdio: "pipe",
  });
  const simulator = await startFlexkitServer(["serve"]);
  project.provide("simulatorUrl", simulator.url);
  return () => simulator.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    simulatorUrl: string;
  }
}
