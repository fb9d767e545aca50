import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchChromium,
  type RunningProcess,
  startFlexkitServer,
} from "../support/browser-session.js";

/**
 * Every simulator server has a Vite dependency cache of its own, in a temporary folder it removes
 * when it stops. They used to share the package's node_modules/.vite: `flexkit start` and
 * `flexkit dev` hash their configs differently, so each one that started rewrote the folder
 * (renaming it away, then putting its own in place) under the pages the other was serving, and
 * a page that loaded in that moment broke. CI met it as a test that timed out.
 */
let tmp: string;
let folder: string;
let browser: Browser;
const servers: RunningProcess[] = [];

const card = `import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";

export default (
  <FlexMessage altText="card">
    <Bubble>
      <Body>
        <Box layout="vertical">
          <Text>Hello</Text>
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
`;

beforeAll(async () => {
  // The servers' temporary folders go here (Node's os.tmpdir() reads TMPDIR), to be counted.
  tmp = await mkdtemp(join(tmpdir(), "flexkit-cache-test-"));
  folder = await mkdtemp(join(tmpdir(), "flexkit-cache-messages-"));
  await writeFile(join(folder, "card.flex.tsx"), card);
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await browser?.close();
  await rm(tmp, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});

async function caches(): Promise<string[]> {
  return (await readdir(tmp)).filter((name) => name.startsWith("flexkit-vite-")).sort();
}

describe("the simulator's Vite dependency cache", () => {
  it("is each server's own while it runs, and gone when it stops", async () => {
    const started = await Promise.all([
      startFlexkitServer(["start"], { TMPDIR: tmp }),
      startFlexkitServer(["dev", folder], { TMPDIR: tmp }),
    ]);
    servers.push(...started);
    const [start, dev] = started as [RunningProcess, RunningProcess];
    for (const url of [start.url, dev.url]) {
      const page = await browser.newPage();
      await page.goto(url);
      await page.locator("[data-chat] [data-message-row]").first().waitFor();
      await page.close();
    }
    const running = await caches();
    expect(running).toHaveLength(2);
    // Each holds the dependencies its own pages loaded.
    for (const name of running)
      expect((await stat(join(tmp, name, "deps", "_metadata.json"))).isFile()).toBe(true);

    await Promise.all(started.map((server) => server.stop()));
    expect(await caches()).toEqual([]);
  });
});
