import { execFile } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_CANDIDATES,
  FONT_PACKAGES,
  fontPackagesOf,
  missingPackages,
  requireChromium,
} from "../scripts/chromium.mjs";
import { repoRoot } from "./helpers.js";

/**
 * Where the browser tests find Chromium (scripts/chromium.mjs), through the real
 * `npm run chromium` script run as a process. FLEXKIT_CHROMIUM_CANDIDATES stands in for the
 * system paths, so no case depends on what this machine has installed and none reaches the
 * apt-get install (which only runs when nothing at all is found).
 */

const script = join(repoRoot, "scripts", "ensure-chromium.mjs");
const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), "flexkit-chromium-"));

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in executable (never run: only its existence matters). */
function fakeChromium(name: string): string {
  const path = join(work, name);
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, 0o755);
  return path;
}

async function ensureChromium(
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  // No font packages to look for: the fonts step (below) is the machine's, not these cases'.
  const base: NodeJS.ProcessEnv = { ...process.env, FLEXKIT_FONT_PACKAGES: "" };
  delete base.CHROMIUM_PATH;
  delete base.FLEXKIT_CHROMIUM_CANDIDATES;
  try {
    const { stdout, stderr } = await run(process.execPath, [script], { env: { ...base, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const first = fakeChromium("first-chromium");
const second = fakeChromium("second-chromium");
const custom = fakeChromium("custom-chromium");
const missing = join(work, "no-chromium-here");

describe("finding Chromium", () => {
  it("looks in /usr/bin/chromium first, then /usr/bin/chromium-browser", () => {
    expect(CHROMIUM_CANDIDATES).toEqual(["/usr/bin/chromium", "/usr/bin/chromium-browser"]);
  });

  it("takes the first candidate that exists, in order", async () => {
    const result = await ensureChromium({
      FLEXKIT_CHROMIUM_CANDIDATES: [missing, first, second].join(":"),
    });
    expect(result).toEqual({ code: 0, stdout: `chromium: ${first}\n`, stderr: "" });
  });

  it("honours CHROMIUM_PATH before any candidate", async () => {
    const result = await ensureChromium({
      CHROMIUM_PATH: custom,
      FLEXKIT_CHROMIUM_CANDIDATES: [first, second].join(":"),
    });
    expect(result).toEqual({ code: 0, stdout: `chromium: ${custom}\n`, stderr: "" });
  });

  it("treats an empty CHROMIUM_PATH as unset", async () => {
    const result = await ensureChromium({ CHROMIUM_PATH: "", FLEXKIT_CHROMIUM_CANDIDATES: second });
    expect(result).toEqual({ code: 0, stdout: `chromium: ${second}\n`, stderr: "" });
  });

  it("stops with one clear line when CHROMIUM_PATH names no file, never falling back", async () => {
    const result = await ensureChromium({
      CHROMIUM_PATH: missing,
      FLEXKIT_CHROMIUM_CANDIDATES: first,
    });
    const line = `CHROMIUM_PATH: no file at ${missing}; set it to Chromium's executable, or unset it to use the system Chromium (/usr/bin/chromium)`;
    expect(result).toEqual({ code: 1, stdout: "", stderr: `${line}\n` });
    // The browser tests (browser-session.ts) fail with the same line.
    expect(() => requireChromium({ CHROMIUM_PATH: missing })).toThrow(new Error(line));
  });
});

describe("fonts for Thai, Japanese and emoji", () => {
  it("are Debian's packages, installed with Chromium when missing", () => {
    expect(FONT_PACKAGES).toEqual(["fonts-thai-tlwg", "fonts-noto-cjk", "fonts-noto-color-emoji"]);
    const installed = new Set(["fonts-noto-cjk"]);
    expect(missingPackages(FONT_PACKAGES, (name) => installed.has(name))).toEqual([
      "fonts-thai-tlwg",
      "fonts-noto-color-emoji",
    ]);
    expect(missingPackages(FONT_PACKAGES, () => true)).toEqual([]);
  });

  it("FLEXKIT_FONT_PACKAGES replaces the list; empty, there is nothing to look for", () => {
    expect(fontPackagesOf({})).toEqual(FONT_PACKAGES);
    expect(fontPackagesOf({ FLEXKIT_FONT_PACKAGES: "" })).toEqual([]);
    expect(fontPackagesOf({ FLEXKIT_FONT_PACKAGES: " fonts-a  fonts-b " })).toEqual([
      "fonts-a",
      "fonts-b",
    ]);
  });
});
