import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type ImageProxyOptions, imageProxyMiddleware } from "./image-proxy.js";
import { isOwnHost, SESSION_META } from "./own-page.js";
import { type LineSettings, setupPushApi } from "./push-api.js";
import { ServerSetupError } from "./setup-error.js";
import type { RunningSimulator } from "./start.js";

/** With the API base, token and default recipient it is given: the server reads no environment. */
export interface ServeOptions extends LineSettings {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** The built app (`vite build`); default the package's dist/app. */
  appDir?: string;
  /** The page's session key is the push API's; everything else may be set. */
  imageProxy?: Omit<ImageProxyOptions, "session">;
}

const defaultAppDir = fileURLToPath(new URL("../../dist/app", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};

/**
 * `flexkit serve`: the built simulator from a small node:http server, with the same `/api`
 * routes as the dev server (the Send panel's push API and the image proxy). No Vite at run time.
 */
export async function serveSimulator(options: ServeOptions): Promise<RunningSimulator> {
  const appDir = options.appDir ?? defaultAppDir;
  let template: string;
  try {
    template = await readFile(join(appDir, "index.html"), "utf8");
  } catch {
    throw new ServerSetupError(
      `${appDir}: no built simulator here; build it first (npm run build -w @flexkit/simulator)`,
    );
  }
  const pushApi = setupPushApi({
    apiBase: options.apiBase,
    dataApiBase: options.dataApiBase,
    token: options.token,
    defaultTo: options.defaultTo,
  });
  // The same per-session key the dev server's plugin puts into the page.
  const index = template.replace(
    "</head>",
    `<meta name="${SESSION_META}" content="${pushApi.session}"></head>`,
  );
  // The proxy checks the same key the page was given.
  const images = imageProxyMiddleware({ ...options.imageProxy, session: pushApi.session });
  const host = options.host ?? "127.0.0.1";

  async function sendStatic(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { "content-type": "text/plain; charset=utf-8" }).end("expected GET");
      return;
    }
    let path: string;
    try {
      path = decodeURIComponent((req.url ?? "/").split("?")[0]!);
    } catch {
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("bad path");
      return;
    }
    if (path === "/" || path === "/index.html") {
      res.writeHead(200, { "content-type": TYPES[".html"]!, "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : index);
      return;
    }
    const file = normalize(join(appDir, path));
    if (!file.startsWith(`${appDir}${sep}`)) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "x-content-type-options": "nosniff",
        // Vite names built assets by content hash.
        "cache-control": path.startsWith("/assets/")
          ? "public, max-age=31536000, immutable"
          : "no-cache",
      });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    }
  }

  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo | null)?.port;
    // Against DNS rebinding: a foreign name gets nothing, not even the page (it holds the session key).
    if (!isOwnHost(req.headers.host, port)) {
      res.writeHead(403, {
        "content-type": "text/plain; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(
        `refused: the simulator answers only at its own address, not ${JSON.stringify(req.headers.host ?? "")}\n`,
      );
      return;
    }
    images(req, res, () => pushApi.middleware(req, res, () => void sendStatic(req, res), port));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
