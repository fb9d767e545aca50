import { mkdtempSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveSimulator } from "../../../packages/simulator/src/server/serve.js";
import type { RunningSimulator } from "../../../packages/simulator/src/server/start.js";
import { type RunningProcess, startFlexkitServer } from "../support/browser-session.js";
import { type FaultServer, startFaultServer } from "../support/fault-server.js";
import { echoBodies, LONG_TOKEN, tokenRunIn } from "../support/token-echo.js";

/**
 * The simulator's own server, spoken to over raw HTTP: node:http sends the Host and Origin headers
 * exactly as written (fetch() silently drops a Host header), so these tests see what a DNS
 * rebinding page would send: a foreign name that resolves to 127.0.0.1, on the simulator's port,
 * and the page's real session key (such a page is served by the simulator, so it can read it).
 */
interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(
  url: string,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Raw> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        hostname,
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

function portOf(url: string): string {
  return new URL(url).port;
}

/** The session key, read from the page as the simulator's own Host asks for it. */
async function sessionOf(url: string): Promise<string> {
  const page = await raw(url, { path: "/" });
  const session = /name="flexkit-session" content="([^"]+)"/.exec(page.body)?.[1];
  expect(session).toMatch(/^[\w-]{40,}$/);
  return session!;
}

/** A rebinding page's call: a foreign Host and Origin on the simulator's port, the real key. */
function rebound(url: string, session: string, name = "evil.example"): Promise<Raw> {
  const foreign = `${name}:${portOf(url)}`;
  return raw(url, {
    method: "POST",
    path: "/api/status",
    headers: {
      Host: foreign,
      Origin: `http://${foreign}`,
      "Content-Type": "application/json",
      "X-Flexkit-Session": session,
    },
    body: "{}",
  });
}

/** Whether anything accepts a TCP connection at host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.setTimeout(2_000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Other addresses of this machine: 127.0.0.2 (loopback, but not 127.0.0.1: a server bound to
 * 0.0.0.0 answers there, one bound to 127.0.0.1 does not) and every non-loopback IPv4 address.
 */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((item) => item !== undefined && item.family === "IPv4" && !item.internal)
    .map((item) => item!.address);
  return ["127.0.0.2", ...external];
}

/** The port answers on 127.0.0.1 and nowhere else on this machine. */
async function expectOnlyLoopback(port: number): Promise<void> {
  expect(await accepts("127.0.0.1", port)).toBe(true);
  const others = otherAddresses();
  const answers = await Promise.all(others.map((address) => accepts(address, port)));
  expect(Object.fromEntries(others.map((address, index) => [address, answers[index]]))).toEqual(
    Object.fromEntries(others.map((address) => [address, false])),
  );
}

const withoutLine = (): Record<string, string | undefined> => ({
  LINE_CHANNEL_ACCESS_TOKEN: undefined,
  LINE_API_BASE: undefined,
  LINE_TEST_TO: undefined,
});

async function withEnv<T>(
  env: Record<string, string | undefined>,
  start: () => Promise<T>,
): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    return await start();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

describe("flexkit start (Vite) against DNS rebinding", () => {
  let simulator: RunningProcess;
  beforeAll(async () => {
    simulator = await startFlexkitServer(["start"]);
  });
  afterAll(async () => {
    await simulator?.stop();
  });

  it("refuses an API call whose Host is a foreign name, even with a matching Origin and the real key", async () => {
    const session = await sessionOf(simulator.url);
    // Vite's own host check (server.allowedHosts) answers first for a name like evil.example…
    const answer = await rebound(simulator.url, session, "evil.example");
    expect(answer.status).toBe(403);
    expect(answer.body).toMatch(
      /^Blocked request\. This host \("evil\.example"\) is not allowed\./,
    );
    // …but lets *.localhost through: there the push API's own check refuses it.
    const local = await rebound(simulator.url, session, "rebind.localhost");
    expect(local.status).toBe(403);
    expect(JSON.parse(local.body).errors).toEqual([
      `error refused: the simulator's API answers only at its own address, not "rebind.localhost:${portOf(simulator.url)}"`,
    ]);
    // The same call at the simulator's own address is answered: only the Host made the difference.
    expect((await rebound(simulator.url, session, "127.0.0.1")).status).toBe(200);
  });

  it("does not hand the page (and its session key) to a foreign Host", async () => {
    const page = await raw(simulator.url, {
      path: "/",
      headers: { Host: `evil.example:${portOf(simulator.url)}` },
    });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain("flexkit-session");
  });

  it("serves no script as a service worker, which could read the token page's form post", async () => {
    const script = "/src/app/main.tsx";
    expect((await raw(simulator.url, { path: script })).status).toBe(200);
    const worker = await raw(simulator.url, {
      path: script,
      headers: { "Service-Worker": "script" },
    });
    expect([worker.status, worker.body]).toEqual([
      403,
      "refused: the simulator registers no service worker\n",
    ]);
  });

  it("listens on 127.0.0.1 only: other addresses of this machine refuse the connection", async () => {
    await expectOnlyLoopback(Number(portOf(simulator.url)));
  });
});

describe("flexkit serve (node:http) against DNS rebinding", () => {
  let simulator: RunningSimulator;
  beforeAll(async () => {
    // serveSimulator is all of `flexkit serve` but the command line; a stand-in for the built app.
    const appDir = mkdtempSync(join(tmpdir(), "flexkit-serve-"));
    writeFileSync(
      join(appDir, "index.html"),
      "<!doctype html><html><head><title>flexkit</title></head><body></body></html>",
    );
    simulator = await withEnv(withoutLine(), () => serveSimulator({ port: 0, appDir }));
  });
  afterAll(async () => {
    await simulator?.close();
  });

  it("refuses an API call whose Host is a foreign name, even with a matching Origin and the real key", async () => {
    const session = await sessionOf(simulator.url);
    const answer = await rebound(simulator.url, session);
    expect(answer.status).toBe(403);
    expect(answer.body).toBe(
      `refused: the simulator answers only at its own address, not "evil.example:${portOf(simulator.url)}"\n`,
    );
    expect((await rebound(simulator.url, session, "127.0.0.1")).status).toBe(200);
  });

  it("does not hand the page (and its session key) to a foreign Host", async () => {
    const page = await raw(simulator.url, {
      path: "/",
      headers: { Host: `evil.example:${portOf(simulator.url)}` },
    });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain("flexkit-session");
    expect(page.body).toBe(
      `refused: the simulator answers only at its own address, not "evil.example:${portOf(simulator.url)}"\n`,
    );
  });

  it("listens on 127.0.0.1 only: other addresses of this machine refuse the connection", async () => {
    await expectOnlyLoopback(Number(portOf(simulator.url)));
  });
});

describe("the Send panel's routes when LINE's answer echoes the token", () => {
  const TO = "U0123456789abcdef0123456789abcdef";
  const bodies = echoBodies(LONG_TOKEN);
  let fault: FaultServer;
  let simulator: RunningProcess;
  let answer = bodies.cut!;
  beforeAll(async () => {
    fault = await startFaultServer(() => ({ status: 401, text: answer }));
    simulator = await startFlexkitServer(["start"], {
      LINE_CHANNEL_ACCESS_TOKEN: LONG_TOKEN,
      LINE_API_BASE: fault.url,
    });
  });
  afterAll(async () => {
    await simulator?.stop();
    await fault?.close();
  });

  async function call(path: string, body: unknown): Promise<Raw> {
    const own = `127.0.0.1:${portOf(simulator.url)}`;
    return raw(simulator.url, {
      method: "POST",
      path,
      headers: {
        Host: own,
        Origin: `http://${own}`,
        "Content-Type": "application/json",
        "X-Flexkit-Session": await sessionOf(simulator.url),
      },
      body: JSON.stringify(body),
    });
  }

  it.each(Object.keys(bodies))(
    "answers and logs a plain-text rejection with no run of it: %s",
    async (name) => {
      answer = bodies[name]!;
      const before = fault.requests.length;
      const payload = { type: "text", text: "hello" };
      const validated = await call("/api/validate", { payload });
      const pushed = await call("/api/push", { payload, to: TO });
      expect(fault.requests.length).toBe(before + 2);
      for (const reply of [validated, pushed]) {
        expect(reply.status).toBe(200);
        expect(JSON.parse(reply.body).errors[0]).toMatch(
          /^error LINE rejected the request \(HTTP 401, x-line-request-id req-\d+\): /,
        );
      }
      // The server prints each result on its terminal too.
      const rejected = (text: string) => text.match(/flexkit push: error LINE rejected/g)?.length;
      await expect.poll(() => rejected(simulator.output())).toBe(fault.requests.length);
      const shown = [validated.body, pushed.body, simulator.output()].join("\n");
      expect(tokenRunIn(shown, LONG_TOKEN)).toBeUndefined();
    },
  );
});

/** The channel access token page: a plain form, served and answered by the simulator's server. */
describe("the token page (/token)", () => {
  const TOKEN = "token-page-secret-0123456789abcdefghijklmnopqrstuvwxyzABCD";
  let simulator: RunningSimulator;
  let own: string;
  beforeAll(async () => {
    const appDir = mkdtempSync(join(tmpdir(), "flexkit-serve-"));
    writeFileSync(join(appDir, "index.html"), "<!doctype html><html><head></head></html>");
    simulator = await withEnv(withoutLine(), () => serveSimulator({ port: 0, appDir }));
    own = `127.0.0.1:${portOf(simulator.url)}`;
  });
  afterAll(async () => {
    await simulator?.close();
  });

  const tokenPage = () => raw(simulator.url, { path: "/token", headers: { Host: own } });
  const nonceOf = (page: Raw) => /name="nonce" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  function post(fields: Record<string, string>, origin = `http://${own}`): Promise<Raw> {
    return raw(simulator.url, {
      method: "POST",
      path: "/token",
      headers: {
        Host: own,
        Origin: origin,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams(fields).toString(),
    });
  }
  async function status(): Promise<unknown> {
    const session = await sessionOf(simulator.url);
    const answer = await raw(simulator.url, {
      method: "POST",
      path: "/api/status",
      headers: {
        Host: own,
        Origin: `http://${own}`,
        "Content-Type": "application/json",
        "X-Flexkit-Session": session,
      },
      body: "{}",
    });
    return JSON.parse(answer.body);
  }
  const LOCKED_DOWN = {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    "cross-origin-opener-policy": "same-origin",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
  };

  it("is a form with no scripts, locked down by its headers, carrying a fresh one-time nonce", async () => {
    const page = await tokenPage();
    expect(page.status).toBe(200);
    expect(page.headers).toMatchObject(LOCKED_DOWN);
    expect(page.body).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(page.body).toContain('<form method="post" action="/token" autocomplete="off">');
    expect(page.body).toMatch(/<input type="password" name="token" autocomplete="off"/);
    expect(page.body).toContain("No channel access token yet");
    expect(nonceOf(page)).toMatch(/^[\w-]{32,}$/);
    expect(nonceOf(await tokenPage())).not.toBe(nonceOf(page));
    expect(await status()).toEqual({
      hasToken: false,
      tokenSource: null,
      maskedToken: null,
      apiBase: "https://api.line.me",
      defaultTo: "",
    });
  });

  it("keeps a posted token in memory and answers with it masked; the nonce works once", async () => {
    const nonce = nonceOf(await tokenPage());
    const kept = await post({ nonce, token: ` ${TOKEN}\n` });
    expect(kept.status).toBe(200);
    expect(kept.headers).toMatchObject(LOCKED_DOWN);
    expect(kept.body).not.toContain(TOKEN);
    expect(kept.body).toContain(
      "Token set: …ABCD (58 characters), kept in the simulator's memory only. You can close this tab.",
    );
    expect(await status()).toEqual({
      hasToken: true,
      tokenSource: "entered",
      maskedToken: "…ABCD (58 characters)",
      apiBase: "https://api.line.me",
      defaultTo: "",
    });
    // The page shows what is set, masked, and never the token.
    const again = await tokenPage();
    expect(again.body).toContain("A token is set: …ABCD (58 characters)");
    expect(again.body).not.toContain(TOKEN);
    // A used nonce is refused: a replayed or forged post changes nothing.
    const replayed = await post({ nonce, token: "another-token-0123456789abcdefghijWXYZ" });
    expect(replayed.status).toBe(403);
    expect(replayed.body).toContain(
      'This form has expired or was already used; nothing was changed. <a href="/token">Open the token page again</a>.',
    );
    expect(await status()).toMatchObject({ maskedToken: "…ABCD (58 characters)" });
  });

  it("refuses a post with no nonce or from another origin, and a token that cannot be a header without echoing it", async () => {
    expect((await post({ token: TOKEN })).status).toBe(403);
    const foreign = await post(
      { nonce: nonceOf(await tokenPage()), token: TOKEN },
      "http://evil.example",
    );
    expect(foreign.status).toBe(403);
    expect(foreign.body).toContain('refused: a post from "http://evil.example"');
    const [head, tail] = ["pasted-with-a-break-0123456789", "abcdefghijklmnopqrstuvwxyz"];
    const broken = await post({ nonce: nonceOf(await tokenPage()), token: `${head}\n${tail}` });
    expect(broken.status).toBe(400);
    expect(broken.body).toContain(
      "channel access token: expected only visible ASCII characters (no spaces or line breaks), got a line break at character 31",
    );
    expect(broken.body).not.toContain(head);
    expect(broken.body).not.toContain(tail);
    // A fresh form comes with the error, so the person can paste again.
    expect(nonceOf(broken)).toMatch(/^[\w-]{32,}$/);
    expect(await status()).toMatchObject({ maskedToken: "…ABCD (58 characters)" });
  });

  it("refuses a post from an opaque origin (Origin: null), even with a fresh nonce, without echoing the token", async () => {
    // A sandboxed frame, a data: or file: page: the nonce is the first guard, this the second.
    const OPAQUE = "opaque-origin-token-0123456789abcdefghijklmnopqrstuvWXYZ";
    const opaque = await post({ nonce: nonceOf(await tokenPage()), token: OPAQUE }, "null");
    expect(opaque.status).toBe(403);
    expect(opaque.headers).toMatchObject(LOCKED_DOWN);
    expect(/<p class="error">([^<]*)/.exec(opaque.body)?.[1]).toBe(
      "refused: a post from an opaque origin (Origin: null), not from the token page; nothing was changed. ",
    );
    expect(opaque.body).not.toContain(OPAQUE);
    expect(await status()).toMatchObject({ maskedToken: "…ABCD (58 characters)" });
  });

  it("the app page's old form endpoint is gone: a token posted there is not kept", async () => {
    const session = await sessionOf(simulator.url);
    const answer = await raw(simulator.url, {
      method: "POST",
      path: "/api/token",
      headers: {
        Host: own,
        Origin: `http://${own}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        session,
        token: "old-form-token-0123456789abcdefWXYZ",
      }).toString(),
    });
    expect([answer.status, JSON.parse(answer.body).errors]).toEqual([
      415,
      ["error /api/token: expected Content-Type: application/json"],
    ]);
    expect(await status()).toMatchObject({ maskedToken: "…ABCD (58 characters)" });
  });

  it("makes no form for another site's request, so 40 of them do not expire the one the user has open", async () => {
    // The user typed the address (Sec-Fetch-Site: none) and has the form open.
    const open = await raw(simulator.url, {
      path: "/token",
      headers: { Host: own, "Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate" },
    });
    expect(nonceOf(open)).toMatch(/^[\w-]{32,}$/);
    // Meanwhile pages elsewhere ask for /token: <img> tags on another site or on another port of
    // this machine (same-site: a site ignores the port), a cross-origin fetch with its Origin.
    const foreign: Array<Record<string, string>> = [
      { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Dest": "image", "Sec-Fetch-Mode": "no-cors" },
      { "Sec-Fetch-Site": "same-site", "Sec-Fetch-Dest": "image", "Sec-Fetch-Mode": "no-cors" },
      { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors", Origin: "http://evil.example" },
      { Origin: "http://127.0.0.1:1" },
    ];
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        raw(simulator.url, {
          path: `/token?n=${index}`,
          headers: { Host: own, ...foreign[index % foreign.length] },
        }),
      ),
    );
    // The user's form still works.
    const NEW = "still-valid-form-Tq7wVb2mXc9rLk4sPz8hNd3fGj6yHa1e";
    const kept = await post({ nonce: nonceOf(open), token: NEW });
    expect([kept.status, /<p>([^<]*)/.exec(kept.body)?.[1]]).toEqual([
      200,
      "Token set: …Ha1e (49 characters), kept in the simulator's memory only. You can close this tab.",
    ]);
    expect(await status()).toMatchObject({ maskedToken: "…Ha1e (49 characters)" });
    // Because none of them was given a form: each was refused, saying why.
    expect(answers.map((answer) => answer.status)).toEqual(Array(40).fill(403));
    expect(answers.filter((answer) => nonceOf(answer) !== "")).toEqual([]);
    expect(/<p class="error">([^<]*)/.exec(answers[0]!.body)?.[1]).toBe(
      "refused: another site asked for the token page (Sec-Fetch-Site: cross-site); open it from the simulator's Send panel or type its address; nothing was changed. ",
    );
    expect(/<p class="error">([^<]*)/.exec(answers[3]!.body)?.[1]).toBe(
      'refused: another site asked for the token page (Origin: "http://127.0.0.1:1"); open it from the simulator\'s Send panel or type its address; nothing was changed. ',
    );
  });
});
