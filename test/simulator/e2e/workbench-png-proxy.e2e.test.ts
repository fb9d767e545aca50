import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer as createHttpServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compressToEncodedURIComponent } from "lz-string";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { createServer as createViteServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { imageProxyPlugin } from "../../../packages/simulator/src/server/image-proxy.js";
import { newSessionKey } from "../../../packages/simulator/src/server/own-page.js";
import { pushApiPlugin } from "../../../packages/simulator/src/server/push-api.js";
import { repoRoot, vbox } from "../../helpers.js";
import { launchChromium } from "../support/browser-session.js";

/**
 * PNG export with a remote image, through the image proxy's success path: the image comes from
 * an HTTP server on 127.0.0.1 that sends no CORS headers, so the page can show it but cannot read
 * its pixels; only the simulator's /api/image proxy can put them into the PNG.
 *
 * `flexkit start` never lets the proxy fetch a non-public address, so this runs the simulator's
 * dev server the way `startSimulator` does (the app's own vite.config.ts, the push API putting
 * the session key the proxy checks into the page), with the proxy's test-only `allowAddress` for
 * 127.0.0.1, as test/simulator/image-proxy.test.ts does.
 */
const MAGENTA = [0xff, 0x00, 0xff, 0xff];
const CYAN = [0x00, 0xff, 0xff, 0xff];

/** 80×40: the left half magenta, the right half cyan (colours the chat never draws). */
function twoColourPng(): Buffer {
  const png = new PNG({ width: 80, height: 40 });
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++)
      png.data.set(x < png.width / 2 ? MAGENTA : CYAN, (y * png.width + x) * 4);
  return PNG.sync.write(png);
}

let images: Server;
let imageBase: string;
/** What reached the image host, with the user agent that asked. */
const fetched: Array<{ url: string; agent: string }> = [];
let app: ViteDevServer;
let cacheDir: string;
let appUrl: string;
let browser: Browser;

beforeAll(async () => {
  const hero = twoColourPng();
  images = createHttpServer((req, res) => {
    fetched.push({ url: req.url ?? "", agent: req.headers["user-agent"] ?? "" });
    if (req.url === "/hero.png") res.writeHead(200, { "content-type": "image/png" }).end(hero);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => images.listen(0, "127.0.0.1", resolve));
  imageBase = `http://127.0.0.1:${(images.address() as AddressInfo).port}`;

  const appRoot = join(repoRoot, "packages/simulator");
  const session = newSessionKey();
  // A dependency cache of its own, as startSimulator gives every server (see why there).
  cacheDir = await mkdtemp(join(tmpdir(), "flexkit-vite-"));
  app = await createViteServer({
    configFile: join(appRoot, "vite.config.ts"),
    root: appRoot,
    cacheDir,
    plugins: [
      imageProxyPlugin({ allowAddress: (address) => address === "127.0.0.1", session }),
      pushApiPlugin({ session }),
    ],
    server: { host: "127.0.0.1", port: 0 },
  });
  await app.listen();
  appUrl = `http://127.0.0.1:${(app.httpServer!.address() as AddressInfo).port}/`;
  browser = await launchChromium();
  // The app's first load has Vite transform every module: setup work, done here rather than in
  // the test's own time.
  const warmUp = await browser.newPage();
  await warmUp.goto(appUrl);
  await warmUp.locator("[data-chat] [data-message-row]").first().waitFor();
  await warmUp.close();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (cacheDir !== undefined) await rm(cacheDir, { recursive: true, force: true });
  if (images !== undefined) {
    images.closeAllConnections();
    await new Promise((resolve) => images.close(resolve));
  }
});

async function exported(page: Page): Promise<PNG> {
  const download = page.waitForEvent("download");
  await page.locator('[data-action="export-png"]').click();
  return PNG.sync.read(await readFile((await (await download).path())!));
}

function pixel(png: PNG, x: number, y: number): number[] {
  const at = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [...png.data.subarray(at, at + 4)];
}

describe("workbench: PNG export through the image proxy", () => {
  it("puts a cross-origin image's own pixels into the PNG", async () => {
    const url = `${imageBase}/hero.png`;
    const message = {
      type: "flex",
      altText: "With a hero",
      contents: {
        type: "bubble",
        hero: { type: "image", url, size: "full", aspectRatio: "2:1", aspectMode: "cover" },
        body: vbox({ type: "text", text: "Hero above" }),
      },
    };
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Never the internet: only this machine's servers answer.
    await context.route(
      (target) => target.hostname !== "127.0.0.1",
      (route) => route.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${appUrl}#m=${compressToEncodedURIComponent(JSON.stringify(message))}`);
    // The picture is the image area's background (draw/src/flex/markup.ts).
    const image = page.locator('[data-chat] [data-flex="image"] [data-image-area]');
    // The page shows the image straight from its host (no CORS needed to show it).
    await expect
      .poll(() =>
        image.evaluate(async (area: HTMLElement) => {
          const picture = new Image();
          picture.src = /url\("(.+)"\)/.exec(area.style.backgroundImage)?.[1] ?? "";
          await picture.decode().catch(() => undefined);
          return picture.naturalWidth;
        }),
      )
      .toBe(80);
    const row = (await page.locator("[data-chat] [data-message-row]").first().boundingBox())!;
    const hero = (await image.boundingBox())!;

    const asked: string[] = [];
    page.on("request", (request) => asked.push(request.url()));
    fetched.length = 0;
    await page.locator("[data-export-target]").selectOption("0");
    await page.locator("[data-export-scale]").selectOption("1");
    const png = await exported(page);

    expect(asked).toContain(`${appUrl}api/image?url=${encodeURIComponent(url)}`);
    // The proxy fetched it (whatever the page itself may ask again when its image is put back).
    expect(fetched).toContainEqual({ url: "/hero.png", agent: "flexkit-simulator" });
    expect(png.width).toBeCloseTo(row.width, -1);
    // The hero's left and right quarters, in the PNG: the image's two colours, exactly.
    const y = hero.y - row.y + hero.height / 2;
    const left = hero.x - row.x + hero.width / 4;
    const right = hero.x - row.x + (3 * hero.width) / 4;
    expect([pixel(png, left, y), pixel(png, right, y)]).toEqual([MAGENTA, CYAN]);
    // The page's own picture points at its host again afterwards.
    expect(await image.evaluate((area: HTMLElement) => area.style.backgroundImage)).toBe(
      `url("${url}")`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
