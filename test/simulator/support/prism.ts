import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot, sharedRoot } from "../../helpers.js";
import { freePort } from "./browser-session.js";
import type { Recorded } from "./fault-server.js";

export interface RunningPrism {
  url: string;
  /** What the egress guard saw: "guard loaded …" lines and any "EGRESS host:port". */
  egress: () => string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Prism (the real bin from node_modules, never npx) mocking LINE's own OpenAPI file on 127.0.0.1
 * and a free port. It answers 200 with an example only when the request fits the spec (headers,
 * security, body schema); otherwise 400/401/422 with an `sl-violations` header.
 */
export async function startPrism(): Promise<RunningPrism> {
  const port = await freePort();
  const egressLog = join(mkdtempSync(join(tmpdir(), "flexkit-prism-")), "egress.log");
  const child: ChildProcess = spawn(
    join(repoRoot, "node_modules", ".bin", "prism"),
    [
      "mock",
      join(sharedRoot, "spec", "line-openapi", "messaging-api.yml"),
      "-h",
      "127.0.0.1",
      "-p",
      String(port),
    ],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_OPTIONS: `--require ${join(repoRoot, "test", "simulator", "support", "egress-guard.cjs")}`,
        FLEXKIT_EGRESS_LOG: egressLog,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start:\n${output}`)), 45_000);
    const check = () => {
      if (/Prism is listening/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on("data", check);
    child.stderr?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    egress: () => readFileSync(egressLog, "utf8"),
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

export interface Recorder {
  url: string;
  /** Every request that passed, with its body as sent. */
  requests: Recorded[];
  close: () => Promise<void>;
}

/**
 * A pass-through proxy on 127.0.0.1 in front of `target` (Prism) that keeps a copy of each
 * request, so a test can check the exact bodies the client sent against the spec itself.
 */
export function recordInFront(target: string): Promise<Recorder> {
  const requests: Recorded[] = [];
  const to = new URL(target);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      requests.push({
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: body.toString("utf8"),
      });
      const forward = request(
        {
          hostname: to.hostname,
          port: to.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: to.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on("error", () => res.writeHead(502).end());
      forward.end(body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
