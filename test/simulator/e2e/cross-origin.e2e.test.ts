import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSimulator } from "../../../packages/simulator/src/server/serve.js";
import type { RunningSimulator } from "../../../packages/simulator/src/server/start.js";
import {
  launchChromium,
  type RunningProcess,
  startFlexkitServer,
} from "../support/browser-session.js";

/**
 * Another site on this machine (a page on another 127.0.0.1 port, as any local dev server or a
 * page that found the port would be) must not read what the simulator serves: the page holds the
 * session key, /token a live nonce and the token masked, and in `flexkit dev` the dev state holds
 * every message and the folder's absolute path. Real Chromium decides, from the answers' CORS
 * headers (none is what refuses).
 */
let elsewhere: Server;
let elsewhereUrl: string;
let browser: Browser;

beforeAll(async () => {
  elsewhere = createServer((req, res) => {
    if (req.url === "/own.json")
      res.writeHead(200, { "content-type": "application/json" }).end('{"own":true}');
    else res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>x</title>");
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  elsewhere?.closeAllConnections();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

/** What a page on the other port gets from fetch() of each URL: the text, or how it failed. */
async function readFromElsewhere(urls: string[]): Promise<string[]> {
  const page: Page = await browser.newPage();
  try {
    await page.goto(elsewhereUrl);
    return await page.evaluate(
      (targets) =>
        Promise.all(
          targets.map(async (target) => {
            try {
              const response = await fetch(target);
              return `read ${response.status}: ${(await response.text()).slice(0, 60)}`;
            } catch (error) {
              return `refused (${(error as Error).name})`;
            }
          }),
        ),
      urls,
    );
  } finally {
    await page.close();
  }
}

function expectUnreadable(answers: string[], urls: string[]): void {
  expect(Object.fromEntries(urls.map((url, index) => [url, answers[index]]))).toEqual(
    Object.fromEntries(urls.map((url) => [url, "refused (TypeError)"])),
  );
}

it("the other port's page can read its own answers (the check below can see a read)", async () => {
  expect(await readFromElsewhere([`${elsewhereUrl}own.json`])).toEqual(['read 200: {"own":true}']);
});

describe("flexkit start", () => {
  let simulator: RunningProcess;
  beforeAll(async () => {
    simulator = await startFlexkitServer(["start"]);
  });
  afterAll(async () => {
    await simulator?.stop();
  });

  it("gives a page on another port nothing it can read: not the page, not /token", async () => {
    const urls = [simulator.url, `${simulator.url}token`];
    expectUnreadable(await readFromElsewhere(urls), urls);
  });

  it("keeps the token form the user has open valid while a page on another port loads /token 40 times", async () => {
    const context = await browser.newContext();
    try {
      // The user typed the address.
      const form = await context.newPage();
      await form.goto(`${simulator.url}token`);
      // Meanwhile another page loads /token as 40 images (each one would have made a form).
      const other = await context.newPage();
      await other.goto(elsewhereUrl);
      const settled = await other.evaluate(
        (target) =>
          Promise.all(
            Array.from(
              { length: 40 },
              (_, index) =>
                new Promise<string>((resolve) => {
                  const image = new Image();
                  image.onload = () => resolve("load");
                  image.onerror = () => resolve("error");
                  image.src = `${target}?n=${index}`;
                }),
            ),
          ),
        `${simulator.url}token`,
      );
      expect(settled).toEqual(Array(40).fill("error"));
      await form
        .locator('input[name="token"]')
        .fill("typed-by-the-user-Vq3mXr8tLw2kPz6nBd4hGs9cJf7y");
      await form.getByRole("button", { name: "Keep on the simulator's server" }).click();
      await expect
        .poll(() => form.locator("main p").first().textContent())
        .toBe(
          "Token set: …Jf7y (46 characters), kept in the simulator's memory only. You can close this tab.",
        );
    } finally {
      await context.close();
    }
  });
});

describe("flexkit dev", () => {
  let dir: string;
  let simulator: RunningProcess;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "flexkit-cors-"));
    await writeFile(
      join(dir, "card.flex.tsx"),
      'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";\nexport default <FlexMessage altText="x"><Bubble><Body><Box layout="vertical"><Text>secret plans</Text></Box></Body></Bubble></FlexMessage>;\n',
    );
    simulator = await startFlexkitServer(["dev", dir]);
  });
  afterAll(async () => {
    await simulator?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("gives a page on another port nothing it can read: not the page, /token or the dev state", async () => {
    const urls = [simulator.url, `${simulator.url}token`, `${simulator.url}__flexkit/dev-state`];
    expectUnreadable(await readFromElsewhere(urls), urls);
  });
});

describe("flexkit serve", () => {
  let simulator: RunningSimulator;
  beforeAll(async () => {
    // serveSimulator is all of `flexkit serve` but the command line; a stand-in for the built app.
    const appDir = await mkdtemp(join(tmpdir(), "flexkit-cors-serve-"));
    await writeFile(join(appDir, "index.html"), "<!doctype html><html><head></head></html>");
    // Never the settings of whoever runs the tests (serveSimulator is given none; the CLI reads LINE_*).
    const saved = { ...process.env };
    for (const name of Object.keys(process.env))
      if (name.startsWith("LINE_")) delete process.env[name];
    try {
      simulator = await serveSimulator({ port: 0, appDir });
    } finally {
      Object.assign(process.env, saved);
    }
  });
  afterAll(async () => {
    await simulator?.close();
  });

  it("gives a page on another port nothing it can read: not the page, not /token", async () => {
    const urls = [simulator.url, `${simulator.url}token`];
    expectUnreadable(await readFromElsewhere(urls), urls);
  });
});
