import { join } from "node:path";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";
import { CHROMIUM_ARGS, chromiumProblem, findChromium } from "./scripts/chromium.mjs";

/**
 * Three projects: `node` (unit, golden, CLI, type tests and end-to-end tests that drive Chromium
 * with playwright-core), `browser` (`*.browser.test.*`: components rendered in real Chromium) and
 * `storybook` (every
 * story in stories/ rendered and its play function run, in the same Chromium). Workspace
 * packages resolve to their TypeScript sources through the "@flexkit/source" export condition.
 */
const chromium = findChromium();

/** Tests never reach the internet: every host name but the local test server fails to resolve. */
const OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";

/**
 * expect.poll waits for what a page or a server does in its own time (the Send panel looks for a
 * token every 1.5 s, for one); Vitest's 1 s default failed such waits on a loaded 2-core CI.
 * Inline projects do not inherit the root's test options, so each names it.
 */
const EXPECT = { poll: { timeout: 10_000 } };

/** The system Chromium, headless and offline, for both browser projects. */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        // Never skip silently: a missing Chromium fails the run with one clear line.
        executablePath: chromium ?? failWith(chromiumProblem()),
        args: [...CHROMIUM_ARGS, OFFLINE],
      },
    }),
    instances: [{ browser: "chromium" as const }],
  };
}

export default defineConfig({
  test: {
    reporters: ["default", "./scripts/summary-reporter.ts"],
    // Three files at a time on CI's two cores: most files wait on child processes, servers and
    // Chromium (one at a time, Vitest's default there, left a core idle; two still left the
    // cores idle a third of the time: 467 s of wall for 750 s of file time).
    maxWorkers: 3,
    expect: EXPECT,
    projects: [
      {
        resolve: { conditions: ["@flexkit/source", ...defaultServerConditions] },
        ssr: {
          resolve: {
            conditions: ["@flexkit/source", ...defaultServerConditions],
            externalConditions: ["@flexkit/source"],
          },
        },
        oxc: {
          jsx: { runtime: "automatic", importSource: "@flexkit/flex-jsx", development: true },
        },
        test: {
          name: "node",
          expect: EXPECT,
          include: ["test/**/*.test.{ts,tsx}"],
          // `*.browser.test.*` files run in the browser project, in real Chromium.
          exclude: ["test/**/*.browser.test.{ts,tsx}"],
          environment: "node",
          // One simulator for the e2e files that need nothing of their own.
          globalSetup: ["test/simulator/support/global-simulator.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // `npm run bench`: speed targets are ratios against a baseline measured in the same run.
          benchmark: { include: ["bench/**/*.bench.{ts,tsx}"] },
          typecheck: {
            enabled: true,
            include: ["test/**/*.test-d.{ts,tsx}"],
            tsconfig: "test/tsconfig.json",
          },
        },
      },
      {
        resolve: { conditions: ["@flexkit/source", ...defaultClientConditions] },
        oxc: { jsx: { runtime: "automatic", importSource: "react" } },
        // Browser tests read the shared spec and real-world fixtures in place (`../shared`).
        server: { fs: { allow: [import.meta.dirname, join(import.meta.dirname, "..", "shared")] } },
        test: {
          name: "browser",
          expect: EXPECT,
          include: ["test/**/*.browser.test.{ts,tsx}"],
          browser: chromiumBrowser(),
        },
      },
      {
        // The stories and their Vite settings come from .storybook/main.ts.
        extends: true,
        plugins: [
          storybookTest({
            configDir: join(import.meta.dirname, ".storybook"),
            storybookUrl: "http://127.0.0.1:6006",
          }),
        ],
        test: {
          name: "storybook",
          browser: chromiumBrowser(),
          // After the other projects, so that on two cores a second Chromium never competes
          // with their timed browser and end-to-end tests.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});

function failWith(message: string): never {
  throw new Error(message);
}
