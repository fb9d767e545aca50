// @ts-check
/**
 * Builds the simulator page (`vite build`) into dist/app, which `flexkit serve` serves, unless
 * dist/app was built by this script from the very same sources. `npm pack` runs it (prepack), so
 * the tarball always holds the page; so does the serve test. One build serves both, and no build
 * empties dist/app under a server that is serving it: a second caller waits for the first one's
 * build (a lock) and then finds it current.
 *
 * "The same sources": every file under the four packages' src/, their package.json files, the
 * page's index.html and vite.config.ts, and the repository's package-lock.json (the versions of
 * React, CodeMirror and Babel bundled into the page). `vite build` on its own (npm run build)
 * empties dist/app, the record of sources included, so the next call here builds again.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const packageDir = join(import.meta.dirname, "..");
const repoRoot = join(packageDir, "..", "..");
const appDir = join(packageDir, "dist", "app");
/** Left out of the tarball by package.json's `files`. */
const sourcesRecord = join(appDir, ".sources-hash");
const lockDir = join(packageDir, "dist", ".app-build-lock");
const WORKSPACES = ["validators", "flex-jsx", "draw", "simulator"];
/** Past this, a lock whose holder never wrote its process ID is left over from a crash. */
const UNCLAIMED_LOCK_MS = 10_000;
const WAIT_MS = 5 * 60_000;

function sourcesHash() {
  const files = [
    join(repoRoot, "package-lock.json"),
    join(packageDir, "index.html"),
    join(packageDir, "vite.config.ts"),
  ];
  for (const workspace of WORKSPACES) {
    const dir = join(repoRoot, "packages", workspace);
    files.push(join(dir, "package.json"));
    for (const entry of readdirSync(join(dir, "src"), { recursive: true, withFileTypes: true }))
      if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  const hash = createHash("sha256");
  for (const file of files.sort())
    hash
      .update(`${relative(repoRoot, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  return hash.digest("hex");
}

function builtFrom() {
  try {
    return readFileSync(sourcesRecord, "utf8");
  } catch {
    return undefined;
  }
}

/** Whether the process holding the lock has ended without removing it. */
function lockAbandoned() {
  let pid;
  try {
    pid = Number(readFileSync(join(lockDir, "pid"), "utf8"));
  } catch {
    try {
      return Date.now() - statSync(lockDir).mtimeMs > UNCLAIMED_LOCK_MS;
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === "ESRCH";
  }
}

/** @param {() => Promise<void>} work */
async function whileLocked(work) {
  mkdirSync(join(packageDir, "dist"), { recursive: true });
  const giveUp = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== "EEXIST") throw error;
      if (lockAbandoned()) rmSync(lockDir, { recursive: true, force: true });
      else if (Date.now() > giveUp)
        throw new Error(`${lockDir}: another build of the page holds this lock`);
      else await sleep(200);
    }
  }
  try {
    writeFileSync(join(lockDir, "pid"), String(process.pid));
    await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

await whileLocked(async () => {
  const sources = sourcesHash();
  if (builtFrom() === sources) return;
  const { build } = await import("vite");
  await build({ configFile: join(packageDir, "vite.config.ts"), root: packageDir });
  writeFileSync(sourcesRecord, sources);
});
