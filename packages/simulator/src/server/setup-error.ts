/**
 * A mistake in how a simulator server was set up (LINE_API_BASE, the channel access token, no
 * built app to serve), not a fault of the server: whoever started it says it in one line, never
 * with a stack trace (`flexkit start`, `dev` and `serve` exit 2 with it).
 */
export class ServerSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ServerSetupError";
  }
}
