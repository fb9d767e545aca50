#!/usr/bin/env node
// `npm run fuzz:long [-- --seed N] [--runs N]`: the hostile-value property of
// test/validators/fuzz.test.ts (no exported validator function throws), with a seed of your own
// or a random one and many more inputs than `npm test` gives it. The test prints one line:
// the seed, the inputs, the throws and the time; a throw fails it, listing the first ten.
// A run that finds a throw is replayed with the same --seed and --runs.
import { spawnSync } from "node:child_process";
import { randomInt } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const USAGE = "usage: npm run fuzz:long [-- --seed <integer>] [--runs <count, default 100000>]";

let values;
try {
  ({ values } = parseArgs({
    options: { seed: { type: "string" }, runs: { type: "string", default: "100000" } },
  }));
} catch (error) {
  console.error(`fuzz:long: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const seed = values.seed === undefined ? randomInt(2 ** 31) : Number(values.seed);
const runs = Number(values.runs);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(runs) || runs < 1) {
  console.error(`fuzz:long: --seed and --runs take whole numbers (runs at least 1)\n${USAGE}`);
  process.exit(2);
}

// Printed before the run, so that a run cut short can still be replayed.
console.log(
  `fuzz:long: seed ${seed}, ${runs} inputs (replay: npm run fuzz:long -- --seed ${seed} --runs ${runs})`,
);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const vitest = join(root, "node_modules", "vitest", "vitest.mjs");
const { status } = spawnSync(
  process.execPath,
  [
    vitest,
    "run",
    "--project",
    "node",
    "test/validators/fuzz.test.ts",
    "--testNamePattern",
    "on hostile values",
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, FLEXKIT_FUZZ_SEED: String(seed), FLEXKIT_FUZZ_RUNS: String(runs) },
  },
);
process.exit(status ?? 1);
