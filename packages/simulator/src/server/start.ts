import { fileURLToPath } from "node:url";
import type { ViteDevServer } from "vite";

export interface StartOptions {
  /** 0 picks a free port. */
  port: number;
  host?: string;
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
  const server: ViteDevServer = await createServer({
    configFile: `${appRoot}/vite.config.ts`,
    root: appRoot,
    server: { host, port: options.port, strictPort: options.port !== 0 },
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === "object" && address !== null ? address.port : options.port;
  return { url: `http://${host}:${port}/`, close: () => server.close() };
}
