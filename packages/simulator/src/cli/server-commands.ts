import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { MESSAGE_FILES } from "@flexkit/flex-jsx/message-file";
import type { LineSettings } from "../server/push-api.js";
import { ServerSetupError } from "../server/setup-error.js";
import type { Io } from "./io.js";
import { UserInputError } from "./user-input-error.js";

interface Running {
  url: string;
  close(): Promise<void>;
}

/**
 * How the servers reach LINE, from LINE_API_BASE, LINE_DATA_API_BASE, LINE_CHANNEL_ACCESS_TOKEN
 * and LINE_TEST_TO.
 */
export function lineSettings(env: NodeJS.ProcessEnv = process.env): LineSettings {
  return {
    apiBase: env.LINE_API_BASE,
    dataApiBase: env.LINE_DATA_API_BASE,
    token: env.LINE_CHANNEL_ACCESS_TOKEN,
    defaultTo: env.LINE_TEST_TO,
  };
}

/** Where the servers listen: `--port`, else PORT, else 5173 (Vite's usual port); 0 picks a free one. */
export const DEFAULT_PORT = 5173;

/** The port from `--port` (first) or PORT: a whole number 0–65535, else a one-line error. */
export function readPort(flag?: string, env: NodeJS.ProcessEnv = process.env): number {
  const [name, given] = flag === undefined ? ["PORT", env.PORT] : ["--port", flag];
  if (given === undefined || (name === "PORT" && given === "")) return DEFAULT_PORT;
  const port = /^\d+$/.test(given) ? Number(given) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535)
    throw new UserInputError(
      `${name}: expected a port number (0–65535), got ${JSON.stringify(given)}`,
    );
  return port;
}

function isPortInUse(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  // Vite with strictPort rejects with a plain Error("Port 5173 is already in use").
  return code === "EADDRINUSE" || /already in use/i.test(String(error));
}

/**
 * Starts a server, prints its URL and keeps running until Ctrl-C or SIGTERM. A busy port and a
 * mistake in the server's setup (LINE_API_BASE, the token, no built app) are user mistakes: one
 * line and exit code 2 (the server has closed whatever it had opened).
 */
async function runServer(
  io: Io,
  what: string,
  port: number,
  start: () => Promise<Running>,
): Promise<number> {
  let running: Running;
  try {
    running = await start();
  } catch (error) {
    if (error instanceof ServerSetupError) throw new UserInputError(error.message);
    if (isPortInUse(error))
      throw new UserInputError(
        `port ${port} is already in use; choose another with PORT=<port> or --port <port> (0 picks a free one)`,
      );
    throw error;
  }
  io.out(`flexkit ${what} running at ${running.url}`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return new Promise<number>(() => {});
}

/** `flexkit start` (what `npm start` runs): the simulator on 127.0.0.1. */
export async function commandStart(io: Io, flags: { port?: string } = {}): Promise<number> {
  const port = readPort(flags.port);
  const { startSimulator } = await import("../server/start.js");
  return runServer(io, "simulator", port, () => startSimulator({ port, ...lineSettings() }));
}

/** `flexkit dev [dir]`: the simulator over a folder of message files, redrawn on every save. */
export async function commandDev(
  files: string[],
  io: Io,
  flags: { port?: string } = {},
): Promise<number> {
  const dir = files[0] ?? "messages";
  let isFolder = false;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch {}
  if (!isFolder)
    throw new UserInputError(
      /^\d+$/.test(dir)
        ? `${dir}: no such folder; to choose the port, use --port ${dir} (flexkit dev [dir] --port n)`
        : `${dir}: no such folder; give the folder of your ${MESSAGE_FILES} files (flexkit dev <dir>)`,
    );
  const port = readPort(flags.port);
  const { startSimulator } = await import("../server/start.js");
  return runServer(io, "dev", port, () =>
    startSimulator({ port, devDir: resolve(dir), ...lineSettings() }),
  );
}

/** `flexkit serve`: the built simulator (npm run build -w @flexkit/simulator), without Vite. */
export async function commandServe(io: Io, flags: { port?: string } = {}): Promise<number> {
  const port = readPort(flags.port);
  const { serveSimulator } = await import("../server/serve.js");
  return runServer(io, "simulator", port, () => serveSimulator({ port, ...lineSettings() }));
}
