import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fetchImage,
  IMAGE_PROXY_PATH,
  ImageProxyError,
  imageProxyMiddleware,
  isPublicAddress,
} from "../../packages/simulator/src/server/image-proxy.js";

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const LIMIT = 1000;

let images: Server;
let proxy: Server;
let imageBase: string;
let proxyBase: string;

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

async function viaProxy(url: string | undefined, method = "GET") {
  const query = url === undefined ? "" : `?url=${encodeURIComponent(url)}`;
  const response = await fetch(`${proxyBase}${IMAGE_PROXY_PATH}${query}`, { method });
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
