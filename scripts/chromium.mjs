import { existsSync } from "node:fs";

/**
 * Where the tests find Chromium: CHROMIUM_PATH, then Debian's /usr/bin/chromium. Playwright's own
 * browser download cannot run here, so the system Chromium is driven through playwright-core.
 */
export const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Flags for a headless, sandbox-less Chromium that never reaches for the network by itself. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== "") return existsSync(fromEnv) ? fromEnv : undefined;
  return CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
}

export const HOW_TO_GET_CHROMIUM =
  "Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable";

/** The path, or a thrown error with one clear line: browser tests are never skipped silently. */
export function requireChromium() {
  const path = findChromium();
  if (path === undefined) throw new Error(HOW_TO_GET_CHROMIUM);
  return path;
}
