import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { build, defaultClientConditions, type Rolldown } from "vite";
import { bench, describe } from "vitest";
import { CHROMIUM_ARGS, requireChromium } from "../scripts/chromium.mjs";
import { repoRoot } from "../test/helpers.js";
import { median } from "./interleaved.js";
import { twelveBubbles, validRealWorldContainers, withLocalImages } from "./real-world.js";
import type { Renderer, Samples } from "./render-page.js";

/**
 * `npm run bench`: how long our Flex renderer takes from a container's JSON to laid-out DOM in
 * Chromium, side by side with flex-render (npm), the most used open-source Flex renderer, on the
 * same JSON in the same page. Target: faster than flex-render on every fixture (issue #5).
 *
 * The target compares like with like: each renderer's own output put into an empty container by
 * its own means, with no framework around either (flex-render: its HTML string as innerHTML; ours:
 * our markup through drawFlex, taps and shrink-to-fit wired). The simulator runs the same drawFlex
 * from a React view; that path is in the table too ("in React"), with its own ratio, so that what
 * React adds is in plain sight.
 *
 * The fixtures are the shared real-world ones LINE accepts (SOURCES.md), plus a 12-bubble
 * carousel made of their bubbles. bench/render-page.tsx holds the measured code: every renderer
 * gets a fresh host, the same warm-up, the same number of samples taken in turning order, and
 * the same forced layout. The table is printed first; Vitest's own rows after it time one pass
 * over every fixture per renderer, including the round trip to the page.
 */

/** Nothing leaves the machine: every host name but the loopback fails to resolve. */
const OFFLINE = "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1";
/** The page is answered by Playwright's router: no server is started, nothing is fetched. */
const ORIGIN = "http://127.0.0.1:9";
const WARMUP_ROUNDS = 20;
const SAMPLES = 61;

const fixtures = [
  ...validRealWorldContainers(),
  {
    name: "12-bubble carousel",
    container: { type: "carousel", contents: twelveBubbles() },
  },
].map(({ name, container }) => ({ name, container: withLocalImages(container) }));

interface Bundle {
  js: string;
  css: string;
}

/** Our renderer and flex-render in one production bundle, as a user's browser would get them. */
async function bundlePage(): Promise<Bundle> {
  const result = await build({
    configFile: false,
    root: repoRoot,
    logLevel: "silent",
    mode: "production",
    // Vitest sets NODE_ENV to "test", which would give the page React's development build.
    define: { "process.env.NODE_ENV": JSON.stringify("production") },
    resolve: { conditions: ["@flexkit/source", ...defaultClientConditions] },
    oxc: { jsx: { runtime: "automatic", importSource: "react", development: false } },
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      cssCodeSplit: false,
      rolldownOptions: { input: join(repoRoot, "bench", "render-page.tsx") },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const files = outputs.flatMap((output) => output.output);
  const js = files.find((file) => file.type === "chunk" && file.isEntry);
  const css = files.find((file) => file.type === "asset" && file.fileName.endsWith(".css"));
  if (js?.type !== "chunk" || css?.type !== "asset")
    throw new Error("the bench page did not build");
  // A warning only React's development build carries: the page must have the production one.
  if (js.code.includes('unique "key" prop'))
    throw new Error("the bench page has development React");
  return { js: js.code, css: String(css.source) };
}

/**
 * Opens the page cross-origin isolated (COOP + COEP credentialless), which gives
 * performance.now() 5 µs steps instead of 100 µs. Playwright's router answers the page's own
 * three files; anything else would go to the network, where every host name but the loopback
 * fails to resolve. The fixtures' images are local (withLocalImages): left remote, they failed to
 * load, and each renderer's time then grew with the number of fetches that had failed before it,
 * flex-render's most (its runs drifted from 1 ms to 3 ms on Social over 150 samples).
 */
async function openPage(browser: Browser, bundle: Bundle): Promise<Page> {
  const page = await browser.newPage();
  const isolated = {
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-embedder-policy": "credentialless",
  };
  const files: Record<string, { contentType: string; body: string }> = {
    "/": {
      contentType: "text/html",
      body: `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/page.css"></head><body><script type="module" src="/page.js"></script></body></html>`,
    },
    "/page.js": { contentType: "text/javascript", body: bundle.js },
    "/page.css": { contentType: "text/css", body: bundle.css },
  };
  await page.route(`${ORIGIN}/**`, (route) => {
    const file = files[new URL(route.request().url()).pathname];
    return file === undefined
      ? route.abort("blockedbyclient")
      : route.fulfill({ ...file, headers: isolated });
  });
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => "flexBench" in window);
  return page;
}

interface PageFacts {
  isolated: boolean;
  /** Median ms to create a React root on a new container (not in the table: once per app). */
  rootCost: number;
}

function table(
  rows: { name: string; samples: Samples }[],
  { isolated, rootCost }: PageFacts,
): string {
  const header = [
    "fixture",
    "ours ms",
    "flex-render ms",
    "ratio",
    "ours in React ms",
    "ratio",
    "floor ms",
    "ratio above floor",
  ];
  const body = rows.map(({ name, samples }) => {
    const ours = median(samples.flexkit);
    const theirs = median(samples["flex-render"]);
    const inReact = median(samples["flexkit in React"]);
    const floor = median(samples.floor);
    return [
      name,
      ours.toFixed(3),
      theirs.toFixed(3),
      (ours / theirs).toFixed(2),
      inReact.toFixed(3),
      (inReact / theirs).toFixed(2),
      floor.toFixed(3),
      ((ours - floor) / (theirs - floor)).toFixed(2),
    ];
  });
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const fasterThanTheirs = (renderer: Renderer) =>
    rows.filter(({ samples }) => median(samples[renderer]) < median(samples["flex-render"])).length;
  const faster = fasterThanTheirs("flexkit");
  return [
    `Render in Chromium, JSON → laid-out DOM (mount + forced layout), median of ${SAMPLES} samples per renderer after ${WARMUP_ROUNDS} warm-up rounds, in turning order; ratio = ours / flex-render.`,
    "ours: our markup through drawFlex (draw.ts), no framework, as flex-render's string goes in as innerHTML; ours in React: the same, run by the simulator's React view in one React root.",
    `Each draws into its own empty container in one page, a chat 393 px wide that gives its width (--flexkit-chat-width) as the simulator's does; remote image URLs swapped for one local image, for all (offline). Timer steps: ${isolated ? "5 µs (cross-origin isolated)" : "100 µs (not isolated)"}.`,
    line(header),
    line(
      widths.map((width, column) =>
        column === 0 ? "-".repeat(width) : `${"-".repeat(width - 1)}:`,
      ),
    ),
    ...body.map(line),
    `Target, faster than flex-render on every fixture: ${faster === rows.length ? "met" : "MISSED"} (${faster}/${rows.length}). In React: faster on ${fasterThanTheirs("flexkit in React")}/${rows.length}.`,
    `Not counted: creating the React root on a new container costs ${rootCost.toFixed(3)} ms (median), once per app.`,
    "floor: one empty <div> put in and laid out the same way, no renderer (parse, style and layout set-up, the forced layout's walk), in the same turning order; every renderer's time includes it. ratio above floor = (ours - floor) / (flex-render - floor), for reading only: the target is on the plain ratio.",
  ].join("\n");
}

// Vitest runs no hooks around benchmarks: the page is opened and the table measured while this
// module loads, and the last bench row's teardown closes the browser.
const browser = await chromium.launch({
  executablePath: requireChromium(),
  args: [...CHROMIUM_ARGS, OFFLINE],
});
let page: Page;
try {
  page = await openPage(browser, await bundlePage());
  const isolated = await page.evaluate(() => window.flexBench.isolated);
  const rootCost = median(
    await page.evaluate((runs) => Array.from({ length: runs }, window.flexBench.rootCost), SAMPLES),
  );
  const rows: { name: string; samples: Samples }[] = [];
  for (const { name, container } of fixtures) {
    const samples = await page.evaluate(
      ([json, warmup, runs]) => window.flexBench.compare(json, warmup, runs),
      [container, WARMUP_ROUNDS, SAMPLES] as const,
    );
    rows.push({ name, samples });
  }
  console.log(table(rows, { isolated, rootCost }));
} catch (error) {
  await browser.close();
  throw error;
}

const containers = fixtures.map((fixture) => fixture.container);
const rowsLeft = new Set<Renderer>(["flex-render", "flexkit", "flexkit in React"]);

function onePass(renderer: Renderer) {
  return {
    fn: async () => {
      await page.evaluate(([which, all]) => window.flexBench.once(which, all), [
        renderer,
        containers,
      ] as const);
    },
    options: {
      time: 2_000,
      warmupTime: 1_000,
      teardown: async (_task: unknown, mode?: "run" | "warmup") => {
        if (mode !== "run") return;
        rowsLeft.delete(renderer);
        if (rowsLeft.size === 0) await browser.close();
      },
    },
  };
}

describe(`render in Chromium: ${fixtures.length - 1} valid real-world fixtures + a 12-bubble carousel`, () => {
  const baseline = onePass("flex-render");
  const ours = onePass("flexkit");
  const inReact = onePass("flexkit in React");
  bench(
    "flex-render: every fixture once, round trip included (baseline)",
    baseline.fn,
    baseline.options,
  );
  bench("flexkit: every fixture once, round trip included", ours.fn, ours.options);
  bench("flexkit in React: every fixture once, round trip included", inReact.fn, inReact.options);
});
