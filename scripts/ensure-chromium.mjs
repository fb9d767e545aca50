#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: found, or installed with apt when running as root
// on Debian, or a one-line explanation and exit 1. Never a silent skip. On Debian it then makes
// sure the fonts for Thai, Japanese and emoji are there too (FONT_PACKAGES), installing them the
// same way: it says nothing when they are, and one line when it cannot install them.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import {
  chromiumProblem,
  findChromium,
  fontPackagesOf,
  HOW_TO_GET_CHROMIUM,
  missingPackages,
} from "./chromium.mjs";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const isDebian = existsSync("/etc/debian_version");
const quiet = {
  stdio: ["ignore", "ignore", "inherit"],
  env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
};

function aptInstall(packages) {
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...packages], quiet);
}

/** Installs with the package lists as they are, and updates them first only when that fails. */
function aptInstallUpdatingIfNeeded(packages) {
  try {
    aptInstall(packages);
  } catch {
    execFileSync("apt-get", ["update", "-qq"], quiet);
    aptInstall(packages);
  }
}

function ensureChromium() {
  const found = findChromium();
  if (found !== undefined) {
    console.log(`chromium: ${found}`);
    return;
  }
  if (process.env.CHROMIUM_PATH) {
    console.error(chromiumProblem());
    process.exit(1);
  }
  if (!isRoot || !isDebian) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log("chromium: not found; installing Debian's chromium with apt-get (once per machine)");
  try {
    execFileSync("apt-get", ["update", "-qq"], quiet);
    aptInstall(["chromium"]);
  } catch {
    console.error(`apt-get could not install chromium. ${HOW_TO_GET_CHROMIUM}`);
    process.exit(1);
  }
  const installed = findChromium();
  if (installed === undefined) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  console.log(`chromium: installed at ${installed}`);
}

function isInstalled(name) {
  try {
    const status = execFileSync("dpkg-query", ["--status", name], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    return /^Status: install ok installed$/m.test(status.toString());
  } catch {
    return false;
  }
}

/** Fonts matter wherever Chromium runs; only Debian's packages are known here. */
function ensureFonts() {
  if (!isDebian) return;
  const missing = missingPackages(fontPackagesOf(), isInstalled);
  if (missing.length === 0) return;
  const command = `apt-get install -y --no-install-recommends ${missing.join(" ")}`;
  if (!isRoot) {
    console.error(`fonts: Thai, Japanese or emoji will draw as boxes; as root: ${command}`);
    return;
  }
  console.log(`fonts: installing ${missing.join(", ")} with apt-get (once per machine)`);
  try {
    aptInstallUpdatingIfNeeded(missing);
  } catch {
    console.error(
      `fonts: apt-get could not install them; Thai, Japanese or emoji will draw as boxes`,
    );
  }
}

ensureChromium();
ensureFonts();
