import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fetchImage,
  IMAGE_PROXY_PATH,
  ImageProxyError,
  imageProxyMiddleware,
  isPublicAddress,
} from "../../../packages/simulator/src/server/image-proxy.js";

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const LIMIT = 1000;
/** The page's session key, as the simulator's page would send it back. */
const SESSION = "test-session-key-0123456789abcdefghijklmnopqrstuvwxyz";

let images: Server;
let proxy: Server;
let imageBase: string;
let proxyBase: string;
/** Answers to /held.png wait here until the test lets them go (see release). */
const held: Array<() => void> = [];
/** How many requests the image host was answering at once, at most. */
let hostBusy = 0;
let hostBusyMax = 0;

function listen(server: Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  // A real image host on this machine.
  images = createServer((req, res) => {
    hostBusy += 1;
    hostBusyMax = Math.max(hostBusyMax, hostBusy);
    res.on("close", () => {
      hostBusy -= 1;
    });
    if (req.url?.startsWith("/held.png")) {
      held.push(() => res.writeHead(200, { "content-type": "image/png" }).end(PNG));
      return;
    }
    switch (req.url) {
      case "/a.png":
        return res.writeHead(200, { "content-type": "image/png" }).end(PNG);
      case "/page.html":
        return res.writeHead(200, { "content-type": "text/html" }).end("<p>hi</p>");
      case "/drawing.svg":
        return res.writeHead(200, { "content-type": "image/svg+xml" }).end("<svg/>");
      case "/big.png":
        return res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(LIMIT + 1));
      case "/big-chunked.png":
        // No content-length: the limit must hold while reading.
        res.writeHead(200, { "content-type": "image/png", "transfer-encoding": "chunked" });
        res.write(Buffer.alloc(LIMIT));
        return res.end(Buffer.alloc(10));
      case "/slow.png":
        return; // never answers
      case "/moved":
        return res.writeHead(302, { location: "/a.png" }).end();
      case "/to-private":
        return res.writeHead(302, { location: "http://10.0.0.1/a.png" }).end();
      default:
        return res.writeHead(404).end();
    }
  });
  imageBase = await listen(images);
  // The proxy, allowed to reach 127.0.0.1 only: the test's own image host.
  const middleware = imageProxyMiddleware({
    allowAddress: (address) => address === "127.0.0.1",
    maxBytes: LIMIT,
    timeoutMs: 300,
    session: SESSION,
  });
  proxy = createServer((req, res) =>
    middleware(req, res, () => res.writeHead(418).end("not the proxy")),
  );
  proxyBase = await listen(proxy);
});

afterAll(async () => {
  images.closeAllConnections();
  await new Promise((resolve) => images.close(resolve));
  await new Promise((resolve) => proxy.close(resolve));
});

/** A request to the proxy as the simulator's page makes it: its session key, nothing else. */
async function viaProxy(
  url: string | undefined,
  method = "GET",
  headers: Record<string, string> = { "X-Flexkit-Session": SESSION },
  base = proxyBase,
) {
  const query = url === undefined ? "" : `?url=${encodeURIComponent(url)}`;
  const response = await fetch(`${base}${IMAGE_PROXY_PATH}${query}`, { method, headers });
  const type = response.headers.get("content-type");
  const body = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    type,
    body,
    error: type?.startsWith("application/json") ? JSON.parse(body.toString()).error : undefined,
  };
}

describe("the image proxy", () => {
  it("passes an image through with its type", async () => {
    const answer = await viaProxy(`${imageBase}/a.png`);
    expect([answer.status, answer.type]).toEqual([200, "image/png"]);
    expect(answer.body.equals(PNG)).toBe(true);
  });

  it("follows a redirect to an image", async () => {
    const answer = await viaProxy(`${imageBase}/moved`);
    expect([answer.status, answer.type]).toEqual([200, "image/png"]);
  });

  it("refuses anything but a raster image, with one clear error", async () => {
    expect(await viaProxy(`${imageBase}/page.html`)).toMatchObject({
      status: 415,
      error:
        'url: expected an image (image/png, image/jpeg, image/gif, image/webp, image/avif, image/bmp), got "text/html"',
    });
    expect((await viaProxy(`${imageBase}/drawing.svg`)).error).toMatchInlineSnapshot(
      `"url: expected an image (image/png, image/jpeg, image/gif, image/webp, image/avif, image/bmp), got "image/svg+xml""`,
    );
  });

  it("refuses images over the size limit, declared or not", async () => {
    expect(await viaProxy(`${imageBase}/big.png`)).toMatchObject({
      status: 413,
      error: `url: expected an image of at most ${LIMIT} bytes, got more`,
    });
    expect((await viaProxy(`${imageBase}/big-chunked.png`)).status).toBe(413);
  });

  it("gives up after its time limit", async () => {
    expect(await viaProxy(`${imageBase}/slow.png`)).toMatchObject({
      status: 504,
      error: "url: no complete answer within 300 ms",
    });
  });

  it("says what the image host answered when it is not 200", async () => {
    expect((await viaProxy(`${imageBase}/missing.png`)).error).toMatchInlineSnapshot(
      `"url: the image host answered 404, expected 200"`,
    );
  });

  it("refuses other schemes, credentials, a missing url and other methods", async () => {
    const errors = [];
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.com/a.png",
      "javascript:alert(1)",
      "not a url",
      `http://user:secret@127.0.0.1/a.png`,
      undefined,
    ])
      errors.push((await viaProxy(url)).error);
    errors.push((await viaProxy(`${imageBase}/a.png`, "POST")).error);
    expect(errors).toMatchInlineSnapshot(`
      [
        "url: expected http: or https:, got "file:"",
        "url: expected http: or https:, got "ftp:"",
        "url: expected http: or https:, got "javascript:"",
        "url: expected an absolute http(s) URL, got "not a url"",
        "url: credentials in the URL are not allowed",
        "/api/image: expected ?url=<http(s) image URL>",
        "/api/image: expected GET",
      ]
    `);
  });

  it("checks a redirect's target again: a public or allowed host cannot bounce it inward", async () => {
    expect(await viaProxy(`${imageBase}/to-private`)).toMatchObject({ status: 403 });
  });

  it("leaves every other path to the next handler", async () => {
    expect((await fetch(`${proxyBase}/api/other`)).status).toBe(418);
  });
});

describe("who may use the image proxy: the simulator's own page", () => {
  const image = () => `${imageBase}/a.png`;
  const refusedBy = async (headers: Record<string, string>) => {
    const answer = await viaProxy(image(), "GET", headers);
    return [answer.status, answer.body.toString()];
  };

  it("refuses a request without the page's session key, or with a wrong one: 403, one line", async () => {
    const line = JSON.stringify({
      error: "refused: missing or wrong session key; reload the simulator page",
    });
    expect(await refusedBy({})).toEqual([403, line]);
    expect(await refusedBy({ "X-Flexkit-Session": `${SESSION}x` })).toEqual([403, line]);
    expect(await refusedBy({ "X-Flexkit-Session": "" })).toEqual([403, line]);
  });

  it("refuses another origin or site, even with the key", async () => {
    const key = { "X-Flexkit-Session": SESSION };
    expect(await refusedBy({ ...key, Origin: "http://evil.example" })).toEqual([
      403,
      JSON.stringify({
        error:
          'refused: a request from "http://evil.example"; only the simulator\'s own page may use the image proxy',
      }),
    ]);
    // Another port of this machine is another origin.
    expect((await refusedBy({ ...key, Origin: "http://127.0.0.1:1" }))[0]).toBe(403);
    for (const site of ["cross-site", "same-site", "none"])
      expect(await refusedBy({ ...key, "Sec-Fetch-Site": site })).toEqual([
        403,
        JSON.stringify({
          error: `refused: a request from another site (Sec-Fetch-Site: ${site}); only the simulator's own page may use the image proxy`,
        }),
      ]);
    // The page's own request says same-origin, and a same-origin Origin is its own.
    const own = new URL(proxyBase).origin;
    expect((await refusedBy({ ...key, "Sec-Fetch-Site": "same-origin", Origin: own }))[0]).toBe(
      200,
    );
  });

  it("refuses a request whose Host is not the simulator's own address (DNS rebinding)", async () => {
    const port = new URL(proxyBase).port;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const outgoing = request(
        {
          hostname: "127.0.0.1",
          port,
          path: `${IMAGE_PROXY_PATH}?url=${encodeURIComponent(image())}`,
          headers: { Host: `rebind.localhost:${port}`, "X-Flexkit-Session": SESSION },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () =>
            resolve({
              status: response.statusCode ?? 0,
              body: Buffer.concat(chunks).toString("utf8"),
            }),
          );
        },
      );
      outgoing.on("error", reject);
      outgoing.end();
    });
    expect(answer).toEqual({
      status: 403,
      body: JSON.stringify({
        error: `refused: the image proxy answers only at the simulator's own address, not "rebind.localhost:${port}"`,
      }),
    });
  });
});

describe("how many fetches the image proxy makes at once", () => {
  let small: Server;
  let smallBase: string;
  beforeAll(async () => {
    // Two at once and one waiting, so that the test needs only four requests.
    const middleware = imageProxyMiddleware({
      allowAddress: (address) => address === "127.0.0.1",
      session: SESSION,
      maxConcurrent: 2,
      maxWaiting: 1,
    });
    small = createServer((req, res) => middleware(req, res, () => res.writeHead(418).end()));
    smallBase = await listen(small);
  });
  afterAll(async () => {
    small.closeAllConnections();
    await new Promise((resolve) => small.close(resolve));
  });

  it("fetches at most maxConcurrent at once, lets maxWaiting wait their turn and refuses more with 503", async () => {
    hostBusyMax = 0;
    const settled: Array<{ status: number; error: unknown }> = [];
    const ask = (n: number) =>
      viaProxy(`${imageBase}/held.png?${n}`, "GET", undefined, smallBase).then((answer) => {
        settled.push({ status: answer.status, error: answer.error });
        return answer;
      });
    const first = [ask(1), ask(2)];
    await expect.poll(() => held.length).toBe(2);
    // Two more: one waits for a turn, the other is refused at once.
    const more = [ask(3), ask(4)];
    await expect.poll(() => settled.length).toBe(1);
    expect(settled[0]).toEqual({
      status: 503,
      error:
        "busy: the image proxy is already fetching 2 images with 1 waiting; try again when they are done",
    });
    expect(held.length).toBe(2);
    // As each held answer goes, the one waiting gets its turn.
    for (const answer of held.splice(0)) answer();
    await expect.poll(() => held.length).toBe(1);
    for (const answer of held.splice(0)) answer();
    const statuses = (await Promise.all([...first, ...more])).map((answer) => answer.status);
    expect(statuses.sort()).toEqual([200, 200, 200, 503]);
    expect(hostBusyMax).toBe(2);
  });
});

describe("the default guard (what flexkit start, dev and serve use)", () => {
  it("refuses loopback, private, link-local, CGNAT and reserved addresses, v4 and v6", () => {
    const refused = [
      "127.0.0.1",
      "127.8.9.10",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "::ffff:127.0.0.1",
      "::ffff:10.0.0.1",
      "64:ff9b::a00:1",
      "not an address",
    ];
    expect(refused.filter((address) => isPublicAddress(address))).toEqual([]);
    expect(
      ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111", "::ffff:8.8.8.8"].every(
        isPublicAddress,
      ),
    ).toBe(true);
  });

  it("refuses IPv4-compatible (::/96), site-local (fec0::/10) and every other IPv6 outside global unicast", () => {
    const refused = [
      // IPv4-compatible addresses (RFC 4291 §2.5.5.1, deprecated): ::127.0.0.1 is ::7f00:1.
      "::7f00:1",
      "::127.0.0.1",
      "::a00:1",
      "::8.8.8.8",
      // Site-local (RFC 3879, deprecated, never reassigned).
      "fec0::1",
      "feff:ffff::1",
      // Documentation (RFC 9637), SRv6 SIDs (RFC 9602), the dummy prefix (RFC 9780).
      "3fff::1",
      "5f00::1",
      "100:0:0:1::1",
      // Unassigned space outside 2000::/3, the only global unicast IANA has allocated.
      "4000::1",
      "e000::1",
      // IPv4-mapped written in hex, as the URL parser writes [::ffff:127.0.0.1].
      "::ffff:7f00:1",
      "::ffff:0:7f00:1",
    ];
    expect(refused.filter((address) => isPublicAddress(address))).toEqual([]);
    expect(["2001:4860:4860::8888", "2a00:1450:4001::1", "3ffe::1"].every(isPublicAddress)).toBe(
      true,
    );
  });

  it("refuses IPv4-compatible and site-local hosts in a URL, before connecting", async () => {
    const errors = [];
    for (const url of [
      "http://[::7f00:1]/a.png",
      "http://[::127.0.0.1]/a.png",
      "http://[fec0::1]/a.png",
    ]) {
      const error = await fetchImage(url, { timeoutMs: 2_000 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImageProxyError);
      errors.push(`${(error as ImageProxyError).status} ${(error as ImageProxyError).message}`);
    }
    expect(errors).toEqual([
      "403 url: refused: ::7f00:1 is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
      "403 url: refused: ::7f00:1 is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
      "403 url: refused: fec0::1 is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
    ]);
  });

  it("refuses the test's own image server on 127.0.0.1 and through localhost", async () => {
    const errors = [];
    for (const url of [
      `${imageBase}/a.png`,
      `${imageBase.replace("127.0.0.1", "localhost")}/a.png`,
      `http://[::1]/a.png`,
    ]) {
      const error = await fetchImage(url).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImageProxyError);
      errors.push(`${(error as ImageProxyError).status} ${(error as ImageProxyError).message}`);
    }
    expect(errors).toMatchInlineSnapshot(`
      [
        "403 url: refused: 127.0.0.1 is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
        "403 url: refused: "localhost" resolves to 127.0.0.1, which is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
        "403 url: refused: ::1 is not a public address (loopback, private, link-local and reserved addresses are never fetched)",
      ]
    `);
  });
});
