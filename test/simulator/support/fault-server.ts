import { createServer, type IncomingHttpHeaders } from "node:http";

/** One request as the fake LINE API saw it. */
export interface Recorded {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A scripted answer: `body` is sent as JSON, `text` as it is (text/plain, as a gateway in front of
 * the API might answer); "hang" never answers, so the client's timeout fires. `until` holds the
 * answer until the test lets it go, for "while a request is under way" cases that must not depend
 * on how fast the machine is.
 */
export type Reply =
  | {
      status: number;
      headers?: Record<string, string>;
      body?: unknown;
      text?: string;
      delayMs?: number;
      until?: Promise<void>;
    }
  | "hang";

export interface FaultServer {
  url: string;
  requests: Recorded[];
  /** Called as each request arrives, before its body is read (e.g. to time the retries). */
  onRequest?: () => void;
  close: () => Promise<void>;
}

/**
 * A small fault-injecting stand-in for the Messaging API on 127.0.0.1 and a free port, for what
 * Prism cannot do: answer 5xx then 200, 409 with an accepted request ID, 429, hang, or a 400 with
 * details. `script` picks the answer for the n-th request (0-based).
 */
export function startFaultServer(
  script: (request: Recorded, index: number) => Reply,
): Promise<FaultServer> {
  const requests: Recorded[] = [];
  let fault: FaultServer | undefined;
  const server = createServer((req, res) => {
    fault?.onRequest?.();
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded: Recorded = {
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = script(recorded, requests.length - 1);
      if (reply === "hang") return;
      const body = reply.text ?? (reply.body === undefined ? "" : JSON.stringify(reply.body));
      const id = `req-${requests.length}`;
      const answer = () =>
        setTimeout(() => {
          res.writeHead(reply.status, {
            "content-type": reply.text === undefined ? "application/json" : "text/plain",
            "x-line-request-id": id,
            ...reply.headers,
          });
          res.end(body);
        }, reply.delayMs ?? 0);
      if (reply.until === undefined) answer();
      else void reply.until.then(answer);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      fault = {
        url: `http://127.0.0.1:${port}`,
        requests,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      };
      resolve(fault);
    });
  });
}

/** What LINE answers to a push of n messages (PUSH-9). */
export function sentMessages(count: number): { sentMessages: { id: string }[] } {
  return { sentMessages: Array.from({ length: count }, (_, index) => ({ id: `4610${index}` })) };
}
