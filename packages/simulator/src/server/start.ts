import { fileURLToPath } from "node:url";
import type { ViteDevServer } from "vite";
import { ApiBaseError, TokenError } from "../push/client.js";
import { devPlugin } from "./dev-plugin.js";
import { imageProxyPlugin } from "./image-proxy.js";
import { newSessionKey } from "./own-page.js";
import { pushApiPlugin } from "./push-api.js";
import { ServerSetupError } from "./setup-error.js";

export interface StartOptions {
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
  let pushApi: ReturnType<typeof pushApiPlugin>;
  try {
    // The Send panel's server side: the token and the API base come from here, never the page.
    pushApi = pushApiPlugin({
      session,
      apiBase: process.env.LINE_API_BASE,
      token: process.env.LINE_CHANNEL_ACCESS_TOKEN,
      defaultTo: process.env.LINE_TEST_TO,
    });
  } catch (error) {
    if (error instanceof ApiBaseError)
      throw new ServerSetupError(`LINE_API_BASE: ${error.message.replace(/^API base: /, "")}`);
    if (error instanceof TokenError) throw new ServerSetupError(error.message);
    throw error;
  }
  const server: ViteDevServer = await createServer({
    configFile: `${appRoot}/vite.config.ts`,
    root: appRoot,
    // The image proxy first: the push API answers every other /api/ path.
    plugins:
      options.devDir === undefined
        ? [imageProxyPlugin({ session }), pushApi]
        : [imageProxyPlugin({ session }), pushApi, devPlugin({ dir: options.devDir })],
    // cors: false is also in vite.config.ts; said here too so that this server never sends CORS
    // headers, whatever the file becomes (see the reason there).
    server: { host, port: options.port, strictPort: options.port !== 0, cors: false },
  });
  try {
    await server.listen();
  } catch (error) {
    // A busy port: Vite's file watcher and WebSocket server are already running and would keep
    // the process alive after the error is printed.
    await server.close();
    throw error;
  }
  const address = server.httpServer?.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return { url: `http://${host}:${port}/`, close: () => server.close() };
}
