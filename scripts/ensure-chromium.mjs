#!/usr/bin/env node
// Makes sure the browser tests have a Chromium: found, or installed with apt when running as root
// on Debian, or a one-line explanation and exit 1. Never a silent skip.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromiumProblem, findChromium, HOW_TO_GET_CHROMIUM } from "./chromium.mjs";

const found = findChromium();
if (found !== undefined) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(chromiumProblem());
  process.exit(1);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !existsSync("/etc/debian_version")) {
  console.error(HOW_TO_GET_CHROMIUM);
  process.exit(1);
}
console.log("chromium: not found; installing Debian's chromium with apt-get (once per machine)");
try {
  const quiet = {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  };
  execFileSync("apt-get", ["update", "-qq"], quiet);
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], quiet);
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
