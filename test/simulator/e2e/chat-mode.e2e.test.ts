import { compressToEncodedURIComponent } from "lz-string";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/browser-session.js";

/** Chat mode in the running simulator (`flexkit start`), through real Chromium. */
// The run's shared simulator (global-simulator.ts): chat mode lives in the page.
const simulator = { url: inject("simulatorUrl") };
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

function link(payload: unknown): string {
  return `${simulator.url}#m=${compressToEncodedURIComponent(JSON.stringify(payload))}`;
}

async function open(
  payload: unknown,
  options: { width?: number; deviceScaleFactor?: number } = {},
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 430, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(link(payload));
  await page.locator("[data-chat]").waitFor();
  return { page, errors, requests };
}

const conversation = () => [
  { type: "text", text: "Welcome back!", sender: { name: "Shop assistant" } },
  { type: "sticker", packageId: "446", stickerId: "1988" },
  {
    type: "imagemap",
    baseUrl: `${simulator.url}imagemap-art`,
    altText: "Sale",
    baseSize: { width: 1040, height: 1040 },
    actions: [
      { type: "message", text: "Show the sale", area: { x: 0, y: 0, width: 1040, height: 1040 } },
    ],
  },
  {
    type: "template",
    altText: "Order",
    template: {
      type: "buttons",
      text: "Your order is ready",
      actions: [
        {
          type: "postback",
          label: "Track",
          data: "action=track&order=42",
          displayText: "Track my order",
        },
        { type: "uri", label: "Receipt", uri: `${simulator.url}?receipt` },
        { type: "uri", label: "Script", uri: "javascript:window.opener=null;alert(1)" },
      ],
    },
  },
  {
    type: "flex",
    altText: "Thanks",
    contents: {
      type: "bubble",
      size: "kilo",
      body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "Thanks!" }] },
    },
    quickReply: {
      items: [
        { type: "action", action: { type: "message", label: "👍", text: "Great" } },
        { type: "action", action: { type: "location", label: "Share location" } },
      ],
    },
  },
];

describe("a five-message conversation in the simulator", () => {
  it("draws all five in order, the sender's name, and quick reply above the input bar", async () => {
    const { page, errors } = await open(conversation());
    const kinds = await page
      .locator(
        '[data-message-row] [data-message], [data-message-row] [data-template], [data-message-row] [data-flex="bubble"]',
      )
      .evaluateAll((nodes) =>
        nodes
          .filter(
            (node) =>
              node.parentElement?.closest("[data-message], [data-template], [data-flex]") === null,
          )
          .map(
            (node) =>
              node.getAttribute("data-message") ?? node.getAttribute("data-template") ?? "flex",
          ),
      );
    expect(kinds).toEqual(["text", "sticker", "imagemap", "buttons", "flex"]);
    expect(await page.locator("[data-sender-name]").allTextContents()).toEqual([
      "Shop assistant",
      "flexkit bot",
    ]);
    expect(await page.locator("[data-quick-reply] button").allTextContents()).toEqual([
      "👍",
      "📍Share location",
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("asks for the imagemap image at the width × device pixel ratio (300 px × 2 → /700)", async () => {
    const { page, requests } = await open(conversation(), { deviceScaleFactor: 2 });
    const image = page.locator("[data-imagemap-image]");
    await expect.poll(() => image.getAttribute("src")).toBe(`${simulator.url}imagemap-art/700`);
    await expect.poll(() => requests).toContain(`${simulator.url}imagemap-art/700`);
    await page.context().close();
  });

  it("a postback posts its displayText and the events panel shows the webhook event", async () => {
    const { page } = await open(conversation());
    await page.locator("[data-chat]").getByRole("button", { name: "Track", exact: true }).click();
    await expect
      .poll(() => page.locator("[data-user-message]").allTextContents())
      .toEqual(["Track my order"]);
    const json = JSON.parse((await page.locator("[data-event-json]").textContent()) ?? "");
    expect(json).toMatchObject({
      type: "postback",
      postback: { data: "action=track&order=42" },
      mode: "active",
      deliveryContext: { isRedelivery: false },
    });
    // Posting a message hides the last message's quick reply, as in the app.
    expect(await page.locator("[data-quick-reply]").count()).toBe(0);
    await page.context().close();
  });

  it("an http(s) uri opens in a new tab; a javascript: uri opens nothing and runs nothing", async () => {
    const { page } = await open(conversation());
    const popup = page.waitForEvent("popup");
    await page.locator("[data-chat]").getByRole("button", { name: "Receipt", exact: true }).click();
    expect((await popup).url()).toBe(`${simulator.url}?receipt`);
    let opened = 0;
    let dialogs = 0;
    page.context().on("page", () => opened++);
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.locator("[data-chat]").getByRole("button", { name: "Script", exact: true }).click();
    await expect
      .poll(() => page.locator("[data-sheet=uri]").textContent())
      .toContain("This link is blocked");
    expect([opened, dialogs]).toEqual([0, 0]);
    await page.context().close();
  });

  it("a new message in the link starts the conversation and its events over", async () => {
    const { page } = await open(conversation());
    await page.locator("[data-chat]").getByRole("button", { name: "Track", exact: true }).click();
    await expect.poll(() => page.locator("[data-event]").count()).toBe(1);
    await page.evaluate(
      (hash) => {
        window.location.hash = hash;
      },
      new URL(link({ type: "text", text: "Fresh start" })).hash,
    );
    await expect
      .poll(() => page.locator('[data-message="text"]').allTextContents())
      .toEqual(["Fresh start"]);
    expect(await page.locator("[data-event]").count()).toBe(0);
    expect(await page.locator("[data-user-message]").count()).toBe(0);
    await page.context().close();
  });

  it("puts the events panel beside the chat in a wide window, below it in a narrow one", async () => {
    for (const [width, where] of [
      [1280, "beside"],
      [430, "below"],
    ] as const) {
      const { page } = await open(conversation(), { width });
      expect(
        await page.locator("[data-chat-mode-layout]").getAttribute("data-chat-mode-layout"),
      ).toBe(where);
      const chat = await page.locator("[data-chat]").boundingBox();
      const panel = await page.locator("[data-events-panel]").boundingBox();
      if (where === "beside") expect(panel!.x).toBeGreaterThanOrEqual(chat!.x + chat!.width);
      else expect(panel!.y).toBeGreaterThanOrEqual(chat!.y + chat!.height);
      await page.context().close();
    }
  });

  it("a quick reply tap posts the text and the quick reply goes", async () => {
    const { page } = await open(conversation());
    await page.locator("[data-quick-reply] button", { hasText: "👍" }).click();
    await expect
      .poll(() => page.locator("[data-user-message]").allTextContents())
      .toEqual(["Great"]);
    expect(await page.locator("[data-quick-reply]").count()).toBe(0);
    expect(await page.locator("[data-event]").getAttribute("data-event")).toBe("message");
    await page.context().close();
  });
});
