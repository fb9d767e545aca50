import { lookup } from "node:dns/promises";
import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import type { Plugin } from "vite";
import { messageOf } from "../shared/error-message.js";
import { isOwnHost, sameSecret, sessionOf } from "./own-page.js";

/**
 * `GET /api/image?url=…`: fetches an image for the page so PNG export (html-to-image draws every
 * image onto a canvas) is not blocked by other hosts' CORS. It is a server-side fetch the page
 * controls, so it is guarded against SSRF: http(s) only, every address the name resolves to must
 * be public (no loopback, private, link-local, CGNAT, multicast or reserved ranges, checked again
 * on every redirect, and the connection goes to the address that was checked, so DNS cannot
 * change the answer in between), only raster image types come back, with a size and time limit.
 * Only the simulator's own page may use it (its address, its origin and its session key), so no
 * other web page can make the simulator fetch for it, and only a few fetches run at once.
 */

export interface FetchImageOptions {
  /** Default {@link IMAGE_PROXY_MAX_BYTES}. */
  maxBytes?: number;
  /** The whole fetch, redirects included. Default {@link IMAGE_PROXY_TIMEOUT_MS}. */
  timeoutMs?: number;
  /**
   * Addresses let through although they are not public. Tests only (a local image server on
   * 127.0.0.1); `flexkit start`, `dev` and `serve` never set it.
   */
  allowAddress?: (address: string) => boolean;
  /** Stops the fetch, e.g. when the page that asked has gone. */
  signal?: AbortSignal;
}

export interface ImageProxyOptions extends Omit<FetchImageOptions, "signal"> {
  /**
   * The page's session key (shared/session.ts). The proxy does not put it into the page: the
   * push API does (pushApiPlugin, or serve.ts), given the same key.
   */
  session: string;
  /** Default {@link IMAGE_PROXY_CONCURRENT}. */
  maxConcurrent?: number;
  /** Default {@link IMAGE_PROXY_WAITING}. */
  maxWaiting?: number;
}

export const IMAGE_PROXY_PATH = "/api/image";
/** LINE's largest image: an image message's original is at most 10 MB (RULES.md §3.4). */
export const IMAGE_PROXY_MAX_BYTES = 10 * 1024 * 1024;
export const IMAGE_PROXY_TIMEOUT_MS = 10_000;
const MAX_REDIRECTS = 3;
/**
 * Upstream fetches at once: as many connections as a browser opens to one host, so a PNG export's
 * images still come in parallel, and few enough that the simulator is no tool for flooding a host.
 */
export const IMAGE_PROXY_CONCURRENT = 6;
/**
 * Requests that wait for a turn (first come, first served) instead of failing: an export asks for
 * every image of a carousel at once, and each should come back rather than be left blank. Past
 * this many waiting, a request is refused with 503 at once.
 */
export const IMAGE_PROXY_WAITING = 64;

/**
 * Raster types only. SVG is refused: it is a document that can carry script, and this route
 * answers from the simulator's own origin.
 */
const IMAGE_TYPES = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "image/avif",
  "image/bmp",
]);

/**
 * Addresses that are not on the public internet, from IANA's special-purpose address registries:
 * https://www.iana.org/assignments/iana-ipv4-special-registry/
 * https://www.iana.org/assignments/iana-ipv6-special-registry/
 */
const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  // Unspecified, loopback and the deprecated IPv4-compatible addresses (::127.0.0.1 is
  // ::7f00:1, which reaches 127.0.0.1 on some systems): RFC 4291 §2.5.5.1.
  // IPv4-mapped ::ffff:0:0/96 is not listed: BlockList checks every IPv4 address as its mapped
  // form too, so it would refuse all of IPv4. isPublicAddress judges a mapped address as its IPv4.
  ["::", 96],
  ["::ffff:0:0:0", 96],
  ["64:ff9b::", 96],
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["100:0:0:1::", 64],
  ["2001::", 23],
  ["2001:db8::", 32],
  ["2002::", 16],
  ["3fff::", 20],
  ["5f00::", 16],
  ["fc00::", 7],
  ["fe80::", 10],
  // Site-local (RFC 3879): deprecated, but still routed inside some networks.
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, "ipv6");

/**
 * IANA has allocated only 2000::/3 as global unicast
 * (https://www.iana.org/assignments/ipv6-unicast-address-assignments/): anything outside it is
 * reserved, special or unassigned, so it is refused even if it is missing from the list above.
 */
const GLOBAL_UNICAST = new BlockList();
GLOBAL_UNICAST.addSubnet("2000::", 3, "ipv6");

/** True for an address on the public internet; IPv4-mapped IPv6 is judged as the IPv4 it maps. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped !== null) return isPublicAddress(mapped[1]!);
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 4) return !NOT_PUBLIC.check(address, "ipv4");
  return GLOBAL_UNICAST.check(address, "ipv6") && !NOT_PUBLIC.check(address, "ipv6");
}

export class ImageProxyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Fetched {
  type: string;
  body: Buffer;
}

/** Fetches an image URL under the guard; throws {@link ImageProxyError} with the reason. */
export async function fetchImage(given: string, options: FetchImageOptions = {}): Promise<Fetched> {
  const maxBytes = options.maxBytes ?? IMAGE_PROXY_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? IMAGE_PROXY_TIMEOUT_MS;
  const allowed = (address: string) =>
    isPublicAddress(address) || options.allowAddress?.(address) === true;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const stop = () => controller.abort();
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener("abort", stop, { once: true });
  try {
    let url = parseImageUrl(given);
    for (let hop = 0; ; hop++) {
      const address = await vetHost(url, allowed, controller.signal);
      const response = await get(url, address, controller.signal, timeoutMs);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location !== undefined) {
        response.resume();
        if (hop >= MAX_REDIRECTS)
          throw new ImageProxyError(502, `url: more than ${MAX_REDIRECTS} redirects`);
        url = parseImageUrl(new URL(response.headers.location, url).href);
        continue;
      }
      if (status !== 200) {
        response.resume();
        throw new ImageProxyError(502, `url: the image host answered ${status}, expected 200`);
      }
      const type = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
      if (!IMAGE_TYPES.has(type)) {
        response.resume();
        throw new ImageProxyError(
          415,
          `url: expected an image (${[...IMAGE_TYPES].join(", ")}), got ${JSON.stringify(type || "no content type")}`,
        );
      }
      return { type, body: await readLimited(response, maxBytes) };
    }
  } catch (error) {
    if (error instanceof ImageProxyError) throw error;
    if (controller.signal.aborted)
      throw new ImageProxyError(504, `url: no complete answer within ${timeoutMs} ms`);
    throw new ImageProxyError(502, `url: could not fetch: ${messageOf(error)}`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", stop);
  }
}

function parseImageUrl(given: string): URL {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new ImageProxyError(
      400,
      `url: expected an absolute http(s) URL, got ${JSON.stringify(given)}`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new ImageProxyError(
      400,
      `url: expected http: or https:, got ${JSON.stringify(url.protocol)}`,
    );
  if (url.username !== "" || url.password !== "")
    throw new ImageProxyError(400, "url: credentials in the URL are not allowed");
  return url;
}

/** Every address the host resolves to must pass; the first is the one connected to. */
async function vetHost(
  url: URL,
  allowed: (address: string) => boolean,
  signal: AbortSignal,
): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host) !== 0) addresses = [host];
  else {
    try {
      // The time limit covers name resolution too (lookup itself cannot be aborted).
      const aborted = new Promise<never>((_, reject) =>
        signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
      );
      const found = await Promise.race([lookup(host, { all: true, verbatim: true }), aborted]);
      addresses = found.map((entry) => entry.address);
    } catch (error) {
      if (signal.aborted) throw error;
      throw new ImageProxyError(502, `url: the host ${JSON.stringify(host)} does not resolve`);
    }
  }
  const refused = addresses.find((address) => !allowed(address));
  if (refused !== undefined) {
    const what =
      refused === host ? refused : `${JSON.stringify(host)} resolves to ${refused}, which`;
    throw new ImageProxyError(
      403,
      `url: refused: ${what} is not a public address (loopback, private, link-local and reserved addresses are never fetched)`,
    );
  }
  if (addresses.length === 0)
    throw new ImageProxyError(502, `url: the host ${JSON.stringify(host)} does not resolve`);
  return addresses[0]!;
}

function get(
  url: URL,
  address: string,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<IncomingMessage> {
  // Connect to the vetted address, whatever DNS would say now (no rebinding between check and use).
  const pinned: LookupFunction = (_host, options, callback) => {
    const family = isIP(address);
    if ((options as { all?: boolean }).all === true)
      (callback as (error: null, addresses: Array<{ address: string; family: number }>) => void)(
        null,
        [{ address, family }],
      );
    else callback(null, address, family);
  };
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, {
      method: "GET",
      lookup: pinned,
      signal,
      timeout: timeoutMs,
      headers: { accept: [...IMAGE_TYPES].join(", "), "user-agent": "flexkit-simulator" },
    });
    request.on("response", resolve);
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
    request.end();
  });
}

function readLimited(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooBig = () =>
    new ImageProxyError(413, `url: expected an image of at most ${maxBytes} bytes, got more`);
  const declared = Number(response.headers["content-length"] ?? "0");
  if (declared > maxBytes) {
    response.destroy();
    return Promise.reject(tooBig());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Settle first: destroying the response emits "aborted" at once.
        reject(tooBig());
        response.destroy();
        return;
      }
      chunks.push(chunk);
    });
    response.on("end", () => resolve(Buffer.concat(chunks)));
    response.on("error", reject);
    response.on("aborted", () => reject(new Error("the image host closed the connection")));
  });
}

/**
 * Why a request may not use the proxy, or undefined when it comes from the simulator's own page:
 * asked at this machine's address on this port (not a rebound foreign name), from the page's own
 * origin, with the page's session key. A browser sends Sec-Fetch-Site on every request
 * (https://www.w3.org/TR/fetch-metadata/) and Origin on a cross-origin one; the page's own fetch
 * says same-origin. A client that sends neither is no web page, and still needs the key.
 */
function callerProblem(req: IncomingMessage, session: string): string | undefined {
  const host = req.headers.host;
  if (!isOwnHost(host, req.socket.localPort))
    return `refused: the image proxy answers only at the simulator's own address, not ${JSON.stringify(host ?? "")}`;
  const site = req.headers["sec-fetch-site"];
  if (site !== undefined && site !== "same-origin")
    return `refused: a request from another site (Sec-Fetch-Site: ${site}); only the simulator's own page may use the image proxy`;
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${host}`)
    return `refused: a request from ${JSON.stringify(origin)}; only the simulator's own page may use the image proxy`;
  if (!sameSecret(sessionOf(req), session))
    return "refused: missing or wrong session key; reload the simulator page";
  return undefined;
}

/** At most `limit` holders at once; the others wait in line, at most `waiting` of them. */
class Turns {
  private running = 0;
  private readonly line: Array<() => void> = [];
  constructor(
    readonly limit: number,
    readonly waiting: number,
  ) {}

  /**
   * Resolves with a release function when it is this caller's turn; undefined at once when the
   * line is full. `gone` settles the wait with undefined (and leaves the line) if the caller
   * leaves first.
   */
  take(gone: AbortSignal): Promise<(() => void) | undefined> {
    if (gone.aborted) return Promise.resolve(undefined);
    if (this.running < this.limit) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.line.length >= this.waiting) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const turn = () => {
        gone.removeEventListener("abort", leave);
        this.running += 1;
        resolve(this.releaser());
      };
      const leave = () => {
        const at = this.line.indexOf(turn);
        if (at !== -1) this.line.splice(at, 1);
        resolve(undefined);
      };
      gone.addEventListener("abort", leave, { once: true });
      this.line.push(turn);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.line.shift()?.();
    };
  }
}

/** Connect-style middleware for `GET /api/image?url=…`; calls `next` for any other path. */
export function imageProxyMiddleware(options: ImageProxyOptions) {
  const { session, maxConcurrent, maxWaiting, ...fetchOptions } = options;
  const turns = new Turns(
    maxConcurrent ?? IMAGE_PROXY_CONCURRENT,
    maxWaiting ?? IMAGE_PROXY_WAITING,
  );
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    const [path, query = ""] = (req.url ?? "").split("?", 2);
    if (path !== IMAGE_PROXY_PATH) {
      next();
      return;
    }
    const fail = (status: number, message: string) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      });
      res.end(JSON.stringify({ error: message }));
    };
    if (req.method !== "GET") {
      fail(405, `${IMAGE_PROXY_PATH}: expected GET`);
      return;
    }
    const refused = callerProblem(req, session);
    if (refused !== undefined) {
      fail(403, refused);
      return;
    }
    const url = new URLSearchParams(query).get("url");
    if (url === null || url === "") {
      fail(400, `${IMAGE_PROXY_PATH}: expected ?url=<http(s) image URL>`);
      return;
    }
    // The page may leave (a reload, a closed tab) while its request waits or fetches.
    const gone = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    void turns.take(gone.signal).then(async (release) => {
      if (release === undefined) {
        if (!gone.signal.aborted)
          fail(
            503,
            `busy: the image proxy is already fetching ${turns.limit} images with ${turns.waiting} waiting; try again when they are done`,
          );
        return;
      }
      try {
        const image = await fetchImage(url, { ...fetchOptions, signal: gone.signal });
        res.writeHead(200, {
          "content-type": image.type,
          "content-length": String(image.body.length),
          "cache-control": "private, max-age=300",
          "x-content-type-options": "nosniff",
          "content-security-policy": "default-src 'none'; sandbox",
        });
        res.end(image.body);
      } catch (error) {
        if (gone.signal.aborted) return;
        if (error instanceof ImageProxyError) fail(error.status, error.message);
        else fail(500, `internal error: ${messageOf(error)}`);
      } finally {
        release();
      }
    });
  };
}

/**
 * The image proxy in Vite's dev server (`flexkit start` and `flexkit dev`). The page gets its
 * session key from pushApiPlugin, which must be given the same key.
 */
export function imageProxyPlugin(options: ImageProxyOptions): Plugin {
  return {
    name: "flexkit-image-proxy",
    configureServer(server) {
      server.middlewares.use(imageProxyMiddleware(options));
    },
  };
}
