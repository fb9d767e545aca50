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

/**
 * The system paths to look in. FLEXKIT_CHROMIUM_CANDIDATES (colon-separated) replaces them: it is
 * how test/chromium.test.ts checks the order without depending on what the machine has installed.
 */
function candidatesOf(env) {
  const given = env.FLEXKIT_CHROMIUM_CANDIDATES;
  return given === undefined ? CHROMIUM_CANDIDATES : given.split(":").filter(Boolean);
}

/** CHROMIUM_PATH when set (and only it: a wrong one is never silently replaced), else a candidate. */
export function findChromium(env = process.env) {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv !== undefined && fromEnv !== "") return existsSync(fromEnv) ? fromEnv : undefined;
  return candidatesOf(env).find((candidate) => existsSync(candidate));
}

export const HOW_TO_GET_CHROMIUM =
  "Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable";

/** Why findChromium found nothing, in one line. */
export function chromiumProblem(env = process.env) {
  if (env.CHROMIUM_PATH)
    return `CHROMIUM_PATH: no file at ${env.CHROMIUM_PATH}; set it to Chromium's executable, or unset it to use the system Chromium (${CHROMIUM_CANDIDATES[0]})`;
  return HOW_TO_GET_CHROMIUM;
}

/** The path, or a thrown error with one clear line: browser tests are never skipped silently. */
export function requireChromium(env = process.env) {
  const path = findChromium(env);
  if (path === undefined) throw new Error(chromiumProblem(env));
  return path;
}

/**
 * Debian's font packages that let Chromium draw what LINE users write beyond Latin, which a fresh
 * Debian machine draws as empty boxes: its only fonts (DejaVu, through fontconfig) have no Thai,
 * no Japanese and no colour emoji. Latin stays DejaVu Sans: none of these is picked for it, so the
 * pixel tests see the same Latin text with or without them (packages/draw/README.md).
 */
export const FONT_PACKAGES = [
  // Thai (Loma, Garuda…: 2.5 MB): fontconfig picks them for Thai characters only.
  "fonts-thai-tlwg",
  // Japanese, Chinese and Korean: Noto Sans CJK, the font of LINE on Android.
  "fonts-noto-cjk",
  // Colour emoji: Noto Color Emoji, Android's.
  "fonts-noto-color-emoji",
];

/**
 * The font packages to look for. FLEXKIT_FONT_PACKAGES (space-separated; empty for none) replaces
 * them, as FLEXKIT_CHROMIUM_CANDIDATES replaces the Chromium paths in test/chromium.test.ts.
 */
export function fontPackagesOf(env = process.env) {
  const given = env.FLEXKIT_FONT_PACKAGES;
  return given === undefined ? FONT_PACKAGES : given.split(/\s+/).filter(Boolean);
}

/** The packages among `packages` that `isInstalled` says are not installed, in order. */
export function missingPackages(packages, isInstalled) {
  return packages.filter((name) => !isInstalled(name));
}
