import { compressToEncodedURIComponent } from "lz-string";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../../helpers.js";
import {
  launchChromium,
  type RunningProcess,
  startSimulatorProcess,
} from "../support/browser-session.js";

/** The running simulator, as `npm start` starts it, seen through real Chromium. */
let simulator: RunningProcess;
let browser: Browser;

beforeAll(async () => {
  simulator = await startSimulatorProcess();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await simulator?.stop();
});

async function openPage(url: string, width: number) {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors };
}

describe("flexkit start", () => {
  it("serves on 127.0.0.1 at the port given by PORT and prints the URL", () => {
    expect(simulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("opens on the built-in sample: its text is visible inside a 300 px mega bubble", async () => {
    const { page, errors } = await openPage(simulator.url, 430);
    const bubble = page.locator('[data-flex="bubble"]');
    await expect.poll(() => bubble.count()).toBe(1);
    const title = bubble.getByText("Welcome to flexkit");
    expect(await title.isVisible()).toBe(true);
    // RENDERING.md §2: a mega bubble is 80 % of the chat width, capped at 300 px (430 × 0.8 > 300).
    expect((await bubble.boundingBox())?.width).toBe(300);
    expect(await bubble.getAttribute("data-size")).toBe("mega");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the 80 % rule in a narrow chat (360 px wide → 288 px bubble)", async () => {
    const { page } = await openPage(simulator.url, 360);
    const bubble = page.locator('[data-flex="bubble"]');
    await expect.poll(() => bubble.count()).toBe(1);
    expect((await bubble.boundingBox())?.width).toBeCloseTo(288, 0);
    await page.close();
  });

  it("opens a message given in the #m= link", async () => {
    const message = flexMessage(vbox({ type: "text", text: "From the link" }), { size: "kilo" });
    const url = `${simulator.url}#m=${compressToEncodedURIComponent(JSON.stringify(message))}`;
    const { page, errors } = await openPage(url, 430);
    const bubble = page.locator('[data-flex="bubble"]');
    await expect.poll(() => bubble.count()).toBe(1);
    expect(await bubble.getByText("From the link").isVisible()).toBe(true);
    expect((await bubble.boundingBox())?.width).toBe(260);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an error card, not a blank page, for a link it cannot read", async () => {
    const { page } = await openPage(`${simulator.url}#m=not-a-real-payload`, 430);
    const card = page.locator("[data-render-error]");
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain("Can't draw this message");
    expect(await page.locator("[data-chat]").isVisible()).toBe(true);
    await page.close();
  });
});
