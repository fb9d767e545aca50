#!/usr/bin/env node
// `npm run test:stress [-- --runs n --busy n]`: the whole test suite, n times in a row (5 by
// default), while busy processes keep every core loaded, as a shared CI machine is. A flaky test is
// a defect to fix, never to retry: this is how to find one before CI does. Prints one line per run
// and a closing `N passed, N failed` line counting runs; exits 1 if any run failed.
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    // One busy process per core: the tests then get about half the machine.
    busy: { type: "string", default: String(availableParallelism()) },
  },
});
const runs = wholeNumber("runs", values.runs);
const busy = wholeNumber("busy", values.busy, 0);

function wholeNumber(name, text, min = 1) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    console.error(`test:stress: --${name} takes a whole number from ${min}, got ${text}`);
    process.exit(2);
  }
  return value;
}

// The busy loops run in node itself (no `yes` needed), each in its own process, stopped on exit.
const hogs = Array.from({ length: busy }, () =>
  spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
);
const stopHogs = () => {
  for (const hog of hogs) hog.kill("SIGKILL");
};
process.on("exit", stopHogs);
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    stopHogs();
    process.exit(130);
  });
}

const logs = join(import.meta.dirname, "..", "node_modules", ".cache", "stress");
mkdirSync(logs, { recursive: true });
console.log(
  `test:stress: ${runs} runs of vitest run, with ${busy} busy processes; logs in ${logs}`,
);

// What `npm test` builds before Vitest and the tests read (the Storybook docs pages test reads
// the built Storybook): built once here from the sources as they are, never a stale build.
execFileSync("npm", ["run", "build-storybook"], {
  cwd: join(import.meta.dirname, ".."),
  stdio: "ignore",
});

let failedRuns = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const { code, output } = await vitestRun();
  const log = join(logs, `run-${run}.log`);
  writeFileSync(log, output);
  const seconds = Math.round((Date.now() - started) / 1000);
  const summary = output.match(/^\s*Tests\s+(.+)$/m)?.[1].trim();
  if (code !== 0) failedRuns++;
  console.log(
    `run ${run}/${runs}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds} s: ${summary ?? "no summary"}${code === 0 ? "" : `; see ${log}`}`,
  );
}
console.log(`runs: ${runs - failedRuns} passed, ${failedRuns} failed`);
process.exit(failedRuns === 0 ? 0 : 1);

function vitestRun() {
  return new Promise((resolve) => {
    const child = spawn(join("node_modules", ".bin", "vitest"), ["run"], {
      cwd: join(import.meta.dirname, ".."),
      // Plain text, so that the summary line can be read back.
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
