/**
 * `npm run screenshots`: the workbench as people see it, light and dark, for the README
 * (docs/workbench-light.png, docs/workbench-dark.png). Runs the real `flexkit start` (build first:
 * `npx tsc -b`) and drives it with the system Chromium, as the end-to-end tests do.
 */
import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, requireChromium } from "./chromium.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages/simulator/bin/flexkit.js");
const out = join(root, "docs");
const WIDTH = 1280;
const HEIGHT = 800;

/** Starts `flexkit start` on a port of its own choosing and resolves with its address. */
function startSimulator() {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("LINE_")),
  );
  // Port 0 is not offered by the CLI: pick one in the private range from the process id.
  const port = String(20000 + (process.pid % 20000));
  const child = spawn(process.execPath, [bin, "start"], {
    cwd: root,
    env: { ...env, NO_COLOR: "1", PORT: port },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`flexkit start did not start:\n${output}`)),
      60_000,
    );
    const collect = (chunk) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ url: match[1], stop: () => child.kill("SIGTERM") });
      }
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`flexkit start exited with ${code}:\n${output}`));
    });
  });
}

const simulator = await startSimulator();
const browser = await chromium.launch({ executablePath: requireChromium(), args: CHROMIUM_ARGS });
try {
  await mkdir(out, { recursive: true });
  for (const [name, theme] of [
    ["light", "light"],
    ["dark", "dark"],
    ["tree", "dark"],
  ]) {
    const context = await browser.newContext({
      viewport: { width: WIDTH, height: HEIGHT },
      deviceScaleFactor: 1,
    });
    await context.addInitScript((chosen) => {
      localStorage.setItem("flexkit.app-theme", chosen);
    }, theme);
    const page = await context.newPage();
    await page.goto(simulator.url);
    await page.locator('[data-code-editor="json"] .cm-content').waitFor();
    await page.locator('[data-chat] [data-flex="bubble"]').first().waitFor();
    if (name === "light") {
      // A completion open in the JSON editor: the box's properties, from the schemas.
      await page
        .locator('[data-code-editor="json"] .cm-line', { hasText: '"spacing": "md"' })
        .first()
        .click();
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
      await page.keyboard.type('"pa');
      await page.locator(".cm-tooltip-autocomplete").waitFor();
    } else if (name === "tree") {
      // The Tree tab: the tree beside the chat, a text selected, its properties in the side column.
      await page.locator('[data-tab="tree"]').click();
      await page.getByRole("treeitem", { name: 'text "Welcome to flexkit"', exact: true }).click();
      await page.locator("[data-inspector-slot] [data-property]").first().waitFor();
    } else {
      // The same message as TSX, highlighted.
      await page.locator('[data-tab="jsx"]').click();
      await page.locator('[data-code-editor="jsx"] .tok-tagName').first().waitFor();
    }
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `workbench-${name}.png`) });
    await context.close();
    console.log(`wrote docs/workbench-${name}.png`);
  }
} finally {
  await browser.close();
  simulator.stop();
}
