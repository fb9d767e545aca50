import { LIMITS } from "@flexkit/validators";
import { compressToEncodedURIComponent } from "lz-string";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  launchChromium,
  type RunningProcess,
  startServeProcess,
  startSimulatorProcess,
} from "../support/browser-session.js";
import {
  type FaultServer,
  type Recorded,
  sentMessages,
  startFaultServer,
} from "../support/fault-server.js";

/**
 * The Send panel end to end: the real `flexkit serve` (with the token from the environment) and
 * `flexkit start` (with a token entered on the token page) in front of a fake LINE API on
 * 127.0.0.1, driven through real Chromium. The channel access token must show up nowhere the simulator
 * reaches: responses, the page's DOM and storage, the terminal.
 */
const TOKEN = "e2e-secret-channel-token-dw7b4pYa0TXFmGdDA7QcPqI84q5ZklaGWXYZ";
const TO = "U0123456789abcdef0123456789abcdef";
const ECHO = "please echo the token";
const SLOW = "please answer slowly";

/** Holds the answer to a SLOW push until the test opens it. */
let slowGate = gate();

function gate(): { open: Promise<void>; release: () => void } {
  let release!: () => void;
  const open = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { open, release };
}

/** Answers like LINE; a message asking for it gets a 400 that echoes the Authorization header. */
function fakeLine(request: Recorded) {
  if (request.body.includes(ECHO)) {
    return {
      status: 400,
      body: {
        message: `Authentication failed due to the following reason: ${request.headers.authorization}`,
        details: [
          { message: `bad ${request.headers.authorization}`, property: "messages[0].text" },
        ],
      },
    };
  }
  if (request.path === "/v2/bot/message/validate/push") return { status: 200, body: {} };
  if (request.body.includes(SLOW))
    return { status: 200, body: sentMessages(1), until: slowGate.open };
  return { status: 200, body: sentMessages(1) };
}

/** Opens the simulator and records the body of every response the page receives. */
async function openPage(
  browser: Browser,
  url: string,
): Promise<{ page: Page; bodies: Promise<string>[] }> {
  const page = await browser.newPage({ viewport: { width: 430, height: 800 } });
  const bodies: Promise<string>[] = [];
  page.on("response", (response) => {
    bodies.push(
      response
        .body()
        .then(
          (body) =>
            `${response.url()}\n${JSON.stringify(response.headers())}\n${body.toString("utf8")}`,
        )
        .catch(() => ""),
    );
  });
  await page.goto(url);
  return { page, bodies };
}

/** Everything the page holds that a script could read, and every response it got. */
async function everythingThePageSaw(page: Page, bodies: Promise<string>[]): Promise<string> {
  const dom = await page.content();
  const inputs = await page.evaluate(() =>
    [...document.querySelectorAll("input")].map((input) => input.value).join("\n"),
  );
  const storage = await page.evaluate(() =>
    JSON.stringify({
      local: { ...localStorage },
      session: { ...sessionStorage },
      cookie: document.cookie,
    }),
  );
  const frames = await Promise.all(page.frames().map((frame) => frame.content().catch(() => "")));
  return [dom, inputs, storage, ...frames, ...(await Promise.all(bodies))].join("\n");
}

async function openPanel(page: Page): Promise<void> {
  await page.locator("[data-send-open]").click();
  await expect
    .poll(() => page.locator("[data-send-status]").textContent())
    .toContain("API http://127.0.0.1");
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe("Send panel with the token from the environment", () => {
  let line: FaultServer;
  let simulator: RunningProcess;
  beforeAll(async () => {
    line = await startFaultServer(fakeLine);
    // The built page, whose routes are the development server's: the token-page tests below
    // run the same Send panel on `flexkit start`.
    simulator = await startServeProcess({
      LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
      LINE_API_BASE: line.url,
      LINE_TEST_TO: TO,
    });
  });
  afterAll(async () => {
    await simulator?.stop();
    await line?.close();
  });

  it("sends the message on screen to LINE_TEST_TO and shows the request and message IDs", async () => {
    const { page, bodies } = await openPage(browser, simulator.url);
    await openPanel(page);
    expect(await page.locator("[data-send-status]").textContent()).toBe(
      `Token …WXYZ (61 characters), from LINE_CHANNEL_ACCESS_TOKEN, kept by the simulator · API ${line.url}`,
    );
    expect(await page.locator("[data-send-to]").inputValue()).toBe(TO);
    await page.locator("[data-send-submit]").click();
    const result = page.locator('[data-send-result="ok"]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toMatch(
      new RegExp(
        `^sent 1 message\\(s\\) to ${TO} \\(x-line-request-id req-\\d+\\)\\n  messages\\[0\\] id 46100$`,
      ),
    );
    const push = line.requests.at(-1)!;
    expect(push.path).toBe("/v2/bot/message/push");
    expect(push.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(push.body)).toMatchObject({ to: TO, messages: [{ type: "flex" }] });
    expect(await everythingThePageSaw(page, bodies)).not.toContain(TOKEN);
    await page.close();
  });

  it("dry run asks /v2/bot/message/validate/push and sends nothing", async () => {
    const { page } = await openPage(browser, simulator.url);
    await openPanel(page);
    const before = line.requests.length;
    await page.locator("[data-send-dry-run]").check();
    await page.locator("[data-send-submit]").click();
    const result = page.locator('[data-send-result="ok"]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toMatch(
      /^valid: LINE accepts these 1 message\(s\); nothing was sent \(dry run\)/,
    );
    expect(line.requests.slice(before).map((request) => request.path)).toEqual([
      "/v2/bot/message/validate/push",
    ]);
    await page.close();
  });

  it("masks the token even when LINE's error echoes it, in the page, every response and the terminal", async () => {
    const message = { type: "text", text: ECHO };
    const { page, bodies } = await openPage(
      browser,
      `${simulator.url}#m=${compressToEncodedURIComponent(JSON.stringify(message))}`,
    );
    await openPanel(page);
    await page.locator("[data-send-submit]").click();
    const result = page.locator('[data-send-result="error"]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toMatch(
      /^error LINE rejected the request \(HTTP 400, x-line-request-id req-\d+\): Authentication failed due to the following reason: Bearer …WXYZ \(61 characters\); nothing was sent\nerror messages\[0\]\.text: LINE: bad Bearer …WXYZ \(61 characters\) \(sent "please echo the token"\) \[ERR-1\]$/,
    );
    expect(await everythingThePageSaw(page, bodies)).not.toContain(TOKEN);
    expect(simulator.output()).toContain("flexkit push: error LINE rejected the request");
    expect(simulator.output()).not.toContain(TOKEN);
    await page.close();
  });

  it("refuses a cross-origin POST to /api/push, from a browser page and with a forged Origin", async () => {
    const before = line.requests.filter((request) => request.path.startsWith("/v2/")).length;
    const output = simulator.output().length;
    // A page on another origin (the fake API's own address) tries a "simple" POST, which needs no
    // preflight. Its script only gets an opaque response; the browser's network log shows what
    // the simulator answered.
    const page = await browser.newPage();
    await page.goto(`${line.url}/elsewhere`);
    const answered = page.waitForResponse(`${simulator.url}api/push`);
    await page.evaluate(async (target) => {
      await fetch(`${target}api/push`, {
        method: "POST",
        mode: "no-cors",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify({
          payload: { type: "text", text: "hi" },
          to: "U0123456789abcdef0123456789abcdef",
        }),
      });
    }, simulator.url);
    // 403 is the Origin check's answer: past it, a text/plain body would get 415 (and the missing
    // session key 403 only after that). The body of an opaque response is not kept.
    expect((await answered).status()).toBe(403);
    // Nothing went to LINE and the simulator logged no push.
    expect(line.requests.filter((request) => request.path.startsWith("/v2/")).length).toBe(before);
    expect(simulator.output().slice(output)).not.toContain("flexkit push");
    await page.close();
    // The same call from a script that forges an Origin, with the page's real session key.
    const html = await (await fetch(simulator.url)).text();
    const session = /name="flexkit-session" content="([^"]+)"/.exec(html)?.[1];
    expect(session).toMatch(/^[\w-]{40,}$/);
    const forged = await fetch(`${simulator.url}api/push`, {
      method: "POST",
      headers: {
        Origin: "http://evil.example",
        "Content-Type": "application/json",
        "X-Flexkit-Session": session!,
      },
      body: JSON.stringify({ payload: { type: "text", text: "hi" }, to: TO }),
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchInlineSnapshot(`
      {
        "errors": [
          "error refused: cross-origin call from "http://evil.example"; only the simulator's own page may call its API",
        ],
        "issues": [],
        "lines": [],
        "ok": false,
      }
    `);
    const origin = simulator.url.replace(/\/$/, "");
    const noSession = await fetch(`${simulator.url}api/push`, {
      method: "POST",
      headers: { Origin: origin, "Content-Type": "application/json" },
      body: JSON.stringify({ payload: { type: "text", text: "hi" }, to: TO }),
    });
    expect(noSession.status).toBe(403);
    expect(((await noSession.json()) as { errors: string[] }).errors).toEqual([
      "error refused: missing or wrong session key; reload the simulator page",
    ]);
    // DNS rebinding (a foreign Host) is tested over raw HTTP in simulator-server.test.ts: fetch()
    // drops a Host header without a word.
    expect(line.requests.filter((request) => request.path.startsWith("/v2/")).length).toBe(before);
  });

  it("refuses a request body whose to is a list (multicast), though the panel names a recipient: PUSH-2 with its hint", async () => {
    const before = line.requests.filter((request) => request.path.startsWith("/v2/")).length;
    const body = { to: [TO, TO], messages: [{ type: "text", text: "hi" }] };
    const { page } = await openPage(
      browser,
      `${simulator.url}#m=${compressToEncodedURIComponent(JSON.stringify(body))}`,
    );
    await openPanel(page);
    expect(await page.locator("[data-send-to]").inputValue()).toBe(TO);
    await page.locator("[data-send-submit]").click();
    const result = page.locator('[data-send-result="error"]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toBe(
      [
        "error to: expected a userId, groupId or roomId string, got an array of 2; a push goes to one recipient; a list of IDs is a multicast request (POST /v2/bot/message/multicast), which flexkit does not send: send to one userId, groupId or roomId [PUSH-2]",
        "error nothing was sent: fix the issues above first",
      ].join("\n"),
    );
    expect(line.requests.filter((request) => request.path.startsWith("/v2/")).length).toBe(before);
    await page.close();
  });

  it("the page cannot choose the API base: an apiBase field is refused and nothing reaches it", async () => {
    const elsewhere = await startFaultServer(() => ({ status: 200, body: sentMessages(1) }));
    try {
      const { page } = await openPage(browser, simulator.url);
      const answer = await page.evaluate(async (apiBase) => {
        const session =
          document.querySelector('meta[name="flexkit-session"]')?.getAttribute("content") ?? "";
        const response = await fetch("/api/push", {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            "X-Flexkit-Session": session,
            "X-Line-Api-Base": apiBase,
          },
          body: JSON.stringify({
            payload: { type: "text", text: "hi" },
            to: "U0123456789abcdef0123456789abcdef",
            apiBase,
          }),
        });
        return { status: response.status, body: await response.json() };
      }, elsewhere.url);
      expect(answer.status).toBe(400);
      expect((answer.body as { errors: string[] }).errors).toEqual([
        'error request body: unknown field "apiBase"; expected only payload, to (the API base is set where the simulator starts: LINE_API_BASE)',
      ]);
      expect(elsewhere.requests).toHaveLength(0);
      await page.close();
    } finally {
      await elsewhere.close();
    }
  });

  it("never sends what the validators reject: the panel shows each issue and its rule", async () => {
    const before = line.requests.length;
    const message = {
      type: "flex",
      altText: "",
      contents: {
        type: "bubble",
        body: {
          type: "box",
          layout: "vertical",
          contents: [{ type: "text", text: "hi", size: "huge" }],
        },
      },
    };
    const { page } = await openPage(
      browser,
      `${simulator.url}#m=${compressToEncodedURIComponent(JSON.stringify(message))}`,
    );
    await openPanel(page);
    await page.locator("[data-send-submit]").click();
    const result = page.locator('[data-send-result="error"]');
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.textContent()).toMatchInlineSnapshot(`
      "error messages[0].altText: expected at least 1 character (UTF-16 code units), got 0 (empty) [FLEX-1]
      error messages[0].contents.body.contents[0].size: expected a size keyword ("xxs"…"5xl") or a px value like "18px" (no %), got "huge" [FLEX-VAL]
      error nothing was sent: fix the issues above first"
    `);
    expect(line.requests.length).toBe(before);
    await page.close();
  });

  it("sends one push at a time (PUSH-15): a second while the first is under way is refused", async () => {
    const { page } = await openPage(browser, simulator.url);
    slowGate = gate();
    const before = line.requests.length;
    type Posted = readonly [number, { errors: string[] }];
    type Probe = { post: () => Promise<Posted>; first: Promise<Posted> };
    await page.evaluate(
      ([to, text]) => {
        const session =
          document.querySelector('meta[name="flexkit-session"]')?.getAttribute("content") ?? "";
        const post = () =>
          fetch("/api/push", {
            method: "POST",
            headers: { "Content-Type": "application/json", "X-Flexkit-Session": session },
            body: JSON.stringify({ payload: { type: "text", text }, to }),
          }).then(
            async (response) =>
              [response.status, (await response.json()) as { errors: string[] }] as const,
          );
        const probe = window as unknown as Probe;
        probe.post = post;
        probe.first = post();
      },
      [TO, SLOW] as const,
    );
    // Under way: LINE has the first push and holds its answer.
    await expect
      .poll(() =>
        line.requests
          .slice(before)
          .some(
            (request) => request.path === "/v2/bot/message/push" && request.body.includes(SLOW),
          ),
      )
      .toBe(true);
    const second = await page.evaluate(() => (window as unknown as Probe).post());
    slowGate.release();
    const first = await page.evaluate(() => (window as unknown as Probe).first);
    const statuses = [first, second];
    expect(statuses.map(([status]) => status)).toEqual([200, 429]);
    expect(statuses[1]?.[1].errors).toEqual([
      "error a push is already under way; wait for its answer before sending again",
    ]);
    await page.close();
  });

  it("refuses a body over 2 MB (PUSH-12) with 413", async () => {
    const { page } = await openPage(browser, simulator.url);
    const status = await page.evaluate(async (limit) => {
      const session =
        document.querySelector('meta[name="flexkit-session"]')?.getAttribute("content") ?? "";
      const response = await fetch("/api/push", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Flexkit-Session": session },
        body: JSON.stringify({
          payload: { type: "text", text: "x".repeat(limit) },
          to: "U0123456789abcdef0123456789abcdef",
        }),
      });
      return response.status;
    }, LIMITS.requestBytesMax.value);
    expect(status).toBe(413);
    await page.close();
  });
});

describe("Send panel with a token entered on the token page", () => {
  const ENTERED = "entered-token-Rk2vQ8sLmW4xTz9pNc7yHb3dGf5jKq1a-6789";
  let line: FaultServer;
  let simulator: RunningProcess;
  beforeAll(async () => {
    line = await startFaultServer(fakeLine);
    simulator = await startSimulatorProcess({ LINE_API_BASE: line.url });
  });
  afterAll(async () => {
    await simulator?.stop();
    await line?.close();
  });

  it("is typed on a separate script-free page: the app's scripts cannot reach it, and pushes use it", async () => {
    const { page, bodies } = await openPage(browser, simulator.url);
    await openPanel(page);
    expect(await page.locator("[data-send-status]").textContent()).toBe(
      `No channel access token yet · API ${line.url}`,
    );
    // The app has no token field at all.
    expect(await page.locator('input[type="password"], input[name="token"]').count()).toBe(0);
    await page.locator("[data-send-to]").fill(TO);
    await page.locator("[data-send-submit]").click();
    await expect
      .poll(() => page.locator('[data-send-result="error"]').textContent())
      .toBe(
        "error no channel access token: set LINE_CHANNEL_ACCESS_TOKEN before flexkit start, or enter it on the token page (/token)",
      );

    // The panel's link opens the token page in its own tab.
    const link = page.locator("[data-send-token-link]");
    expect([
      await link.getAttribute("href"),
      await link.getAttribute("target"),
      await link.getAttribute("rel"),
    ]).toEqual(["/token", "_blank", "noopener noreferrer"]);
    const [tokenPage] = await Promise.all([page.context().waitForEvent("page"), link.click()]);
    await tokenPage.waitForLoadState();
    expect(tokenPage.url()).toBe(`${simulator.url}token`);
    expect(await tokenPage.locator("script").count()).toBe(0);
    await tokenPage.locator('input[name="token"]').fill(ENTERED);
    // The form's post says where it came from (the server refuses an opaque Origin: null).
    const [posted] = await Promise.all([
      tokenPage.waitForRequest((request) => request.method() === "POST"),
      tokenPage.getByRole("button", { name: "Keep on the simulator's server" }).click(),
    ]);
    expect(await posted.headerValue("origin")).toBe(new URL(simulator.url).origin);
    await expect
      .poll(() => tokenPage.locator("body").textContent())
      .toContain(
        "Token set: …6789 (51 characters), kept in the simulator's memory only. You can close this tab.",
      );
    expect(await tokenPage.content()).not.toContain(ENTERED);
    await tokenPage.close();

    // The app learns only that a token is set, masked.
    await expect
      .poll(() => page.locator("[data-send-status]").textContent())
      .toBe(
        `Token …6789 (51 characters), entered on the token page, kept by the simulator · API ${line.url}`,
      );

    // What a script in the app page (workbench JSX run with "Run code" included) can reach.
    const reach = await page.evaluate(async (secret) => {
      const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const found: string[] = [];
      if (document.documentElement.outerHTML.includes(secret)) found.push("DOM");
      for (const field of document.querySelectorAll("input, textarea"))
        if ((field as HTMLInputElement).value.includes(secret)) found.push("a field's value");
      const stored = JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]);
      if (stored.includes(secret)) found.push("storage");
      // The token page, opened from here: COOP gives this page no handle to its document.
      const opened = window.open("/token");
      // Until the token page has loaded and its COOP has split it off (then it reads as closed);
      // after 10 s, what the window holds then is the answer.
      for (let tries = 0; opened !== null && !opened.closed && tries < 200; tries++) await wait(50);
      let openedDocument: string;
      try {
        openedDocument =
          opened === null
            ? "null"
            : opened.closed
              ? "closed"
              : (opened.document?.documentElement?.outerHTML ?? "no document");
      } catch (error) {
        openedDocument = `inaccessible (${(error as Error).name})`;
      }
      // Framed: refused by X-Frame-Options and frame-ancestors.
      const frame = document.createElement("iframe");
      frame.src = "/token";
      const loaded = new Promise((resolve) => frame.addEventListener("load", resolve));
      document.body.append(frame);
      // Chromium loads an error page in a refused frame, and fires load for it.
      await loaded;
      let framed: string;
      try {
        framed = frame.contentDocument?.documentElement?.outerHTML ?? "null";
      } catch (error) {
        framed = `inaccessible (${(error as Error).name})`;
      }
      frame.remove();
      return { found, openedDocument, framed };
    }, ENTERED);
    // Chromium: the opened window counts as closed once the token page's COOP splits it off, and
    // the refused frame holds an error page of another origin.
    expect(reach).toEqual({ found: [], openedDocument: "closed", framed: "null" });
    for (const other of page.context().pages()) if (other !== page) await other.close();

    // And the push goes out with it.
    await page.locator("[data-send-submit]").click();
    await expect.poll(() => page.locator('[data-send-result="ok"]').count()).toBe(1);
    expect(line.requests.at(-1)?.headers.authorization).toBe(`Bearer ${ENTERED}`);
    expect(await everythingThePageSaw(page, bodies)).not.toContain(ENTERED);
    expect(simulator.output()).not.toContain(ENTERED);
    // A new page (reload) knows only that the server has a token.
    const again = await openPage(browser, simulator.url);
    await openPanel(again.page);
    expect(await everythingThePageSaw(again.page, again.bodies)).not.toContain(ENTERED);
    await again.page.close();
    await page.close();
  });
});
