import { rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ViteDevServer } from "vite";
import { devPlugin } from "./dev-plugin.js";
import { imageProxyPlugin } from "./image-proxy.js";
import { newSessionKey } from "./own-page.js";
import { type LineSettings, pushApiPluginOf, setupPushApi } from "./push-api.js";

/** With the API base, token and default recipient it is given: the server reads no environment. */
export interface StartOptions extends LineSettings {
  /** 0 picks a free port. */
  port: number;
  host?: string;
  /** `flexkit dev`: serve this folder of `*.flex.tsx` files instead of the built-in sample. */
  devDir?: string;
}

export interface RunningSimulator {
  url: string;
  close(): Promise<void>;
}

const appRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Starts the simulator (Vite in development mode over the app) on 127.0.0.1 by default. */
export async function startSimulator(options: StartOptions): Promise<RunningSimulator> {
  const { createServer } = await import("vite");
  const host = options.host ?? "127.0.0.1";
  // One session key for the page: the push API puts it into the page, and it and the image
  // proxy answer only requests that send it back.
  const session = newSessionKey();
  // The Send panel's server side: the token and the API base come from here, never the page.
  const pushApi = pushApiPluginOf(
    setupPushApi({
      session,
      apiBase: options.apiBase,
      dataApiBase: options.dataApiBase,
      token: options.token,
      defaultTo: options.defaultTo,
    }),
  );
  // A dependency cache of this server's own. Vite's default, the package's node_modules/.vite, is
  // shared by every server over the app: `flexkit start` and `flexkit dev` hash their configs
  // differently (their plugins differ), so one starting up renamed the folder away and put its own
  // in place under the other's pages, which then got "504 Outdated Optimize Dep" and stayed blank.
  // Pre-bundling the app's few dependencies again costs a fraction of a second per start; the
  // installed package's folder is never written to.
  // https://vite.dev/guide/dep-pre-bundling#file-system-cache
  const cacheDir = await mkdtemp(join(tmpdir(), "flexkit-vite-"));
  // Also on the way out: Vite's own SIGTERM handler closes the server and exits the process
  // without waiting for ours (close() below), so the folder goes in the process's exit event.
  const removeCache = () => {
    rmSync(cacheDir, { recursive: true, force: true });
    process.off("exit", removeCache);
  };
  process.once("exit", removeCache);
  const server: ViteDevServer = await createServer({
    configFile: `${appRoot}/vite.config.ts`,
    root: appRoot,
    cacheDir,
    // The image proxy first: the push API answers every other /api/ path.
    plugins:
      options.devDir === undefined
        ? [imageProxyPlugin({ session }), pushApi]
        : [imageProxyPlugin({ session }), pushApi, devPlugin({ dir: options.devDir })],
    // cors: false is also in vite.config.ts; said here too so that this server never sends CORS
    // headers, whatever the file becomes (see the reason there).
    server: { host, port: options.port, strictPort: options.port !== 0, cors: false },
  }).catch(async (error: unknown) => {
    removeCache();
    throw error;
  });
  try {
    await server.listen();
  } catch (error) {
    // A busy port: Vite's file watcher and WebSocket server are already running and would keep
    // the process alive after the error is printed.
    await server.close();
    removeCache();
    throw error;
  }
  const address = server.httpServer?.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return {
    url: `http://${host}:${port}/`,
    close: async () => {
      await server.close();
      removeCache();
    },
  };
}
