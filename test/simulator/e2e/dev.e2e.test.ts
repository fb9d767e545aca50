import { spawnSync } from "node:child_process";
import { appendFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEV_STATE_PATH,
  type DevState,
} from "../../../packages/simulator/src/shared/dev-protocol.js";
import { repoRoot } from "../../helpers.js";
import { png } from "../push/rich-menu-fixtures.js";
import {
  launchChromium,
  type RunningProcess,
  startFlexkitServer,
} from "../support/browser-session.js";
import { bin, testEnv } from "../support/run-cli.js";

/** `flexkit dev <dir>` as a real process over a temporary folder, seen through real Chromium. */
let dir: string;
let server: RunningProcess;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** A message file as people write them: no pragma, a props-taking default and a named variant. */
function card(greeting: string, variantText = "Compact card"): string {
  return `import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";

export const previewProps = { name: "Ann" };

export default function Card({ name }: { name: string }) {
  return (
    <FlexMessage altText="card">
      <Bubble>
        <Body>
          <Box layout="vertical">
            <Text>${greeting} {name}</Text>
          </Box>
        </Body>
      </Bubble>
    </FlexMessage>
  );
}

export const Compact = (
  <FlexMessage altText="compact">
    <Bubble size="nano">
      <Body>
        <Box layout="vertical">
          <Text>${variantText}</Text>
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
`;
}

/** "Within a couple of seconds": how long a poll waits for a save to show (not a speed target). */
const SOON = { timeout: 3_000 };

const bubbleText = () => page.locator('[data-flex="bubble"]').first().innerText();
const alertText = () => page.locator("[data-dev-error]").allInnerTexts();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "flexkit-dev-"));
  await writeFile(join(dir, "card.flex.tsx"), card("Hello"));
  server = await startFlexkitServer(["dev", dir]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(server.url);
  // Survives only if the page is never reloaded.
  await page.evaluate(() => {
    (window as unknown as { flexkitMarker: string }).flexkitMarker = "still here";
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(dir, { recursive: true, force: true });
});

/** What the server last rendered, as the page GETs it for its first paint. */
async function devState(): Promise<DevState> {
  const response = await fetch(new URL(DEV_STATE_PATH, server.url));
  return (await response.json()) as DevState;
}

const marker = () =>
  page.evaluate(() => (window as unknown as { flexkitMarker?: string }).flexkitMarker);

describe("flexkit dev", () => {
  it("lists the folder's files with their default and named exports, and draws the default with previewProps", async () => {
    await expect.poll(bubbleText, SOON).toBe("Hello Ann");
    const file = page.locator('[data-dev-file="card.flex.tsx"]');
    expect(await file.locator("[data-dev-export]").allInnerTexts()).toEqual(["default", "Compact"]);
    expect(await file.locator('[aria-current="true"]').innerText()).toBe("default");
  });

  it("lists a new file as soon as it is saved", async () => {
    await writeFile(
      join(dir, "second.flex.tsx"),
      `import { TextMessage } from "@flexkit/flex-jsx";\nexport default <TextMessage>Second</TextMessage>;\n`,
    );
    const listed = () =>
      page
        .locator("[data-dev-file]")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-dev-file")));
    await expect.poll(listed, SOON).toEqual(["card.flex.tsx", "second.flex.tsx"]);
    expect(await marker()).toBe("still here");
  });

  it("redraws a saved change in place, without reloading the page", async () => {
    await writeFile(join(dir, "card.flex.tsx"), card("Hi"));
    await expect.poll(bubbleText, SOON).toBe("Hi Ann");
    expect(await marker()).toBe("still here");
  });

  it("shows a syntax error with file:line:column and keeps the last good drawing", async () => {
    // Line 10 loses the `>` of <Box …>: the parser stops at the next `<`, line 11 column 13.
    await writeFile(
      join(dir, "card.flex.tsx"),
      card("Hi").replace(
        'layout="vertical">\n            <Text>Hi',
        'layout="vertical"\n            <Text>Hi',
      ),
    );
    await expect
      .poll(alertText, SOON)
      .toEqual([
        "card.flex.tsx:11:13: Expected `>` but found `<`\n(showing the last version that rendered)",
      ]);
    expect(await bubbleText()).toBe("Hi Ann");
    expect(await marker()).toBe("still here");
  });

  it("shows a render error with file:line:column and keeps the last good drawing", async () => {
    await writeFile(
      join(dir, "card.flex.tsx"),
      card("Hi").replace("<Text>Hi {name}</Text>", "<Bubble />"),
    );
    await expect
      .poll(alertText, SOON)
      .toEqual([
        "<Bubble> must be the root, the child of a <FlexMessage> or of a <Carousel>; found in a vertical <Box> at contents.body.contents[0] (card.flex.tsx:11:13)\n(showing the last version that rendered)",
      ]);
    expect(await bubbleText()).toBe("Hi Ann");
  });

  it("clears the error once the file is fixed", async () => {
    await writeFile(join(dir, "card.flex.tsx"), card("Fixed"));
    await expect.poll(bubbleText, SOON).toBe("Fixed Ann");
    expect(await alertText()).toEqual([]);
  });

  it("draws a named variant when it is picked, and keeps it picked across saves", async () => {
    await page.locator('[data-dev-file="card.flex.tsx"] [data-dev-export="Compact"]').click();
    await expect.poll(bubbleText, SOON).toBe("Compact card");
    await writeFile(join(dir, "card.flex.tsx"), card("Fixed", "Compact, edited"));
    await expect.poll(bubbleText, SOON).toBe("Compact, edited");
    expect(
      await page.locator('[data-dev-file="card.flex.tsx"] [aria-current="true"]').innerText(),
    ).toBe("Compact");
    expect(await marker()).toBe("still here");
    expect(pageErrors).toEqual([]);
  });

  it("redraws a message when a helper module it imports is saved", async () => {
    const helper = (price: string) => `export const price = ${JSON.stringify(price)};\n`;
    await writeFile(join(dir, "price.ts"), helper("¥100"));
    await writeFile(
      join(dir, "priced.flex.tsx"),
      `import { TextMessage } from "@flexkit/flex-jsx";\nimport { price } from "./price";\nexport default <TextMessage>{\`Now \${price}\`}</TextMessage>;\n`,
    );
    const pick = page.locator('[data-dev-file="priced.flex.tsx"] [data-dev-export="default"]');
    await expect.poll(() => pick.count(), SOON).toBe(1);
    await pick.click();
    const scroller = page.locator("[data-chat-scroll]");
    await expect.poll(() => scroller.innerText(), SOON).toContain("Now ¥100");
    await writeFile(join(dir, "price.ts"), helper("¥80"));
    await expect.poll(() => scroller.innerText(), SOON).toContain("Now ¥80");
    expect(await marker()).toBe("still here");
  });

  it("rebuilds for message files and the modules they import only: a log written into the folder changes nothing", async () => {
    const version = async () => (await devState()).version;
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const rate = (value: string) => `export const rate = ${JSON.stringify(value)};\n`;
    await writeFile(join(dir, "rate.ts"), rate("5%"));
    await writeFile(
      join(dir, "rated.flex.tsx"),
      `import { TextMessage } from "@flexkit/flex-jsx";\nimport { rate } from "./rate";\nexport default <TextMessage>{\`Rate \${rate}\`}</TextMessage>;\n`,
    );
    const pick = page.locator('[data-dev-file="rated.flex.tsx"] [data-dev-export="default"]');
    await expect.poll(() => pick.count(), SOON).toBe(1);
    await pick.click();
    const scroller = page.locator("[data-chat-scroll]");
    await expect.poll(() => scroller.innerText(), SOON).toContain("Rate 5%");
    // Quiet: no rebuild still to come from the saves above.
    let settled = await version();
    for (;;) {
      await pause(400);
      const now = await version();
      if (now === settled) break;
      settled = now;
    }
    // `flexkit dev . > dev.log`: each line the server prints is a write in the folder. Each write
    // comes after the settling time, so each would be a rebuild of its own; and a module that no
    // message file imports is no reason either.
    for (let line = 0; line < 8; line++) {
      await appendFile(join(dir, "dev.log"), `line ${line}\n`);
      await pause(150);
    }
    await writeFile(join(dir, "notes.ts"), "export const unused = 1;\n");
    await pause(600);
    expect(await version()).toBe(settled);
    await writeFile(join(dir, "rate.ts"), rate("8%"));
    await expect.poll(() => scroller.innerText(), SOON).toContain("Rate 8%");
    expect(await version()).toBeGreaterThan(settled);
    expect(await marker()).toBe("still here");
  });

  it("redraws a message that imports a module not written yet once the module is saved", async () => {
    await writeFile(
      join(dir, "later.flex.tsx"),
      `import { TextMessage } from "@flexkit/flex-jsx";\nimport { when } from "./when";\nexport default <TextMessage>{\`Open \${when}\`}</TextMessage>;\n`,
    );
    const loadError = async () =>
      (await devState()).files.find((file) => file.file === "later.flex.tsx")?.error;
    await expect.poll(loadError, SOON).toContain("./when");
    await writeFile(join(dir, "when.ts"), `export const when = "at nine";\n`);
    const pick = page.locator('[data-dev-file="later.flex.tsx"] [data-dev-export="default"]');
    await expect.poll(() => pick.count(), SOON).toBe(1);
    await pick.click();
    await expect
      .poll(() => page.locator("[data-chat-scroll]").innerText(), SOON)
      .toContain("Open at nine");
  });

  it("keeps the chat's scroll position across a save", async () => {
    const tall = (word: string) =>
      `import { TextMessage } from "@flexkit/flex-jsx";\nexport default [1, 2, 3, 4, 5].map((n) => <TextMessage key={n}>{"${word} ".repeat(120) + n}</TextMessage>);\n`;
    await writeFile(join(dir, "tall.flex.tsx"), tall("before"));
    const pick = page.locator('[data-dev-file="tall.flex.tsx"] [data-dev-export="default"]');
    await expect.poll(() => pick.count(), SOON).toBe(1);
    await pick.click();
    const scroller = page.locator("[data-chat-scroll]");
    await expect.poll(() => scroller.innerText(), SOON).toContain("before before");
    await scroller.evaluate((node) => {
      node.scrollTop = 150;
    });
    await writeFile(join(dir, "tall.flex.tsx"), tall("after"));
    await expect.poll(() => scroller.innerText(), SOON).toContain("after after");
    expect(await scroller.evaluate((node) => node.scrollTop)).toBe(150);
    expect(await marker()).toBe("still here");
  });

  it("mounts the image proxy, which answers only the page's session key and whose default guard refuses this machine", async () => {
    const url = new URL(
      `/api/image?url=${encodeURIComponent("http://127.0.0.1:9/a.png")}`,
      server.url,
    );
    const withoutKey = await fetch(url);
    expect([withoutKey.status, (await withoutKey.json()).error]).toEqual([
      403,
      "refused: missing or wrong session key; reload the simulator page",
    ]);
    const session = await page.locator('meta[name="flexkit-session"]').getAttribute("content");
    const response = await fetch(url, { headers: { "x-flexkit-session": session ?? "" } });
    expect([response.status, (await response.json()).error]).toEqual([
      403,
      expect.stringMatching(/^url: refused: 127\.0\.0\.1 is not a public address/),
    ]);
  });

  it("lists a rich menu file's tab set and draws it under the chat, its picture served from the folder", async () => {
    await writeFile(join(dir, "tab-a.png"), png(2500, 843));
    await writeFile(
      join(dir, "menu.flex.tsx"),
      `import { message, richMenuSwitch } from "@flexkit/flex-jsx";
import { Area, Column, RichMenu } from "@flexkit/flex-jsx/rich-menu";

const tab = (alias: string, other: string) => (
  <RichMenu size="compact" selected name={alias} chatBarText={alias}>
    <Column><Area action={message(alias)} /></Column>
    <Column><Area action={richMenuSwitch(other, "to=" + other)} /></Column>
  </RichMenu>
);

export const richMenus = { "tab-a": tab("tab-a", "tab-b"), "tab-b": tab("tab-b", "tab-a") };
export const images = { "tab-a": "./tab-a.png" };
`,
    );
    const file = page.locator('[data-dev-file="menu.flex.tsx"]');
    await expect
      .poll(() => file.locator("[data-dev-export]").allInnerTexts(), SOON)
      .toEqual(["richMenus"]);
    const built = (await devState()).files.find((entry) => entry.file === "menu.flex.tsx");
    const entry = built?.exports[0];
    expect(entry?.issues).toEqual([]);
    const { images } = (entry?.payload ?? {}) as { images: Record<string, string> };
    expect(Object.keys(images)).toEqual(["tab-a"]);
    const picture = await fetch(new URL(images["tab-a"]!, server.url));
    expect([picture.status, picture.headers.get("content-type")]).toEqual([200, "image/png"]);
    await file.locator("[data-dev-export]").first().click();
    const menu = page.locator("[data-rich-menu]");
    await expect.poll(() => menu.getAttribute("data-rich-menu-alias"), SOON).toBe("tab-a");
    expect(await menu.locator("[data-rich-menu-area]").count()).toBe(2);
    await expect
      .poll(
        () => menu.locator("img").evaluate((img) => (img as HTMLImageElement).naturalWidth),
        SOON,
      )
      .toBe(2500);
  });

  it("refuses a folder that does not exist with one line and exit code 2", () => {
    const run = spawnSync(process.execPath, [bin, "dev", "no-such-folder"], {
      cwd: repoRoot,
      env: testEnv(),
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatchInlineSnapshot(`
      "flexkit: no-such-folder: no such folder; give the folder of your *.flex.tsx or *.flex.jsx files (flexkit dev <dir>)
      "
    `);
  });
});
