import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { UserInputError } from "./load-module.js";

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

interface Running {
  url: string;
  close(): Promise<void>;
}

/** PORT as `flexkit start` reads it: default 5173, 0 for any free port. */
export function readPort(): number {
  const given = process.env.PORT;
  const port = given === undefined || given === "" ? 5173 : Number(given);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserInputError(
      `PORT: expected a port number (0–65535), got ${JSON.stringify(given)}`,
    );
  return port;
}

/** Starts a server, prints its URL and keeps running until Ctrl-C or SIGTERM. */
async function runServer(io: Io, what: string, start: () => Promise<Running>): Promise<number> {
  let running: Running;
  try {
    running = await start();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "EADDRINUSE" || /already in use/i.test(String(error))) {
      throw new UserInputError(
        `port ${process.env.PORT ?? 5173} is already in use; set PORT to another port`,
      );
    }
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

/** `flexkit dev [dir]`: the simulator over a folder of message files, redrawn on every save. */
export async function commandDev(files: string[], io: Io): Promise<number> {
  const dir = files[0] ?? "messages";
  let isFolder = false;
  try {
    isFolder = (await stat(dir)).isDirectory();
  } catch {}
  if (!isFolder)
    throw new UserInputError(
      `${dir}: no such folder; give the folder of your *.flex.tsx files (flexkit dev <dir>)`,
    );
  const port = readPort();
  const { startSimulator } = await import("../server/start.js");
  return runServer(io, "dev", () => startSimulator({ port, devDir: resolve(dir) }));
}

/** `flexkit serve`: the built simulator (npm run build -w @flexkit/simulator), without Vite. */
export async function commandServe(io: Io): Promise<number> {
  const port = readPort();
  const { serveSimulator } = await import("../server/serve.js");
  return runServer(io, "simulator", () => serveSimulator({ port }));
}
