import type { IncomingMessage, ServerResponse } from "node:http";
import { LIMITS } from "@flexkit/validators";

/**
 * What the simulator's own routes (the push API, the token page) need of HTTP: an error that is
 * an answer, a bounded body, a JSON object with known fields, a JSON answer that is never cached.
 */

/** A refusal with its status; the message is the answer's one line. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads the body, refusing more than `limit` bytes: by default PUSH-12's 2 MB (LINE would refuse
 * it with 413 anyway).
 */
export function readBody(
  req: IncomingMessage,
  limit = LIMITS.requestBytesMax.value,
  rule = " [PUSH-12]",
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > limit) {
      reject(
        new HttpError(413, `request body: expected at most ${limit} bytes, got ${declared}${rule}`),
      );
      req.resume();
      return;
    }
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new HttpError(413, `request body: expected at most ${limit} bytes, got more${rule}`),
        );
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export function parseObject(text: string, allowed: ReadonlyArray<string>): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, "request body: expected JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new HttpError(400, "request body: expected a JSON object");
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      // The API base, the token and the headers are the server's; the page sends only data.
      throw new HttpError(
        400,
        `request body: unknown field ${JSON.stringify(key)}; expected only ${allowed.join(", ")} (the API base is set where the simulator starts: LINE_API_BASE)`,
      );
    }
  }
  return value as Record<string, unknown>;
}

/** A JSON answer, already serialized (and redacted) by the caller. */
export function sendJson(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(text);
}
