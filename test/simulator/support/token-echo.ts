/**
 * A channel access token shaped like LINE's long-lived ones (172 base64 characters, made up for
 * these tests), the ways an error body can echo it, and a check that no run of it got out.
 */
export const LONG_TOKEN =
  "C2csP+ZBPaUMmEow3534hWIBOojzTBpxX37/QzmKf3QNzWURMzSPLJbFfP8BmkOaQjB54UNwbHZzIy/8wHHbATOeYFWwRsFnSbdjVdCKHzVLEJD6/Irbs55To3jxvHOqXP+5Fp7/9D9dYKPz0j7FwEl6VNKDbcxjhqrJGKpAy1I=";

/**
 * Plain-text bodies a gateway in front of the API might answer with. `cut` is the case:
 * the whole token 157 characters in, so a 200-character cut keeps its first 43 characters.
 */
export function echoBodies(token: string): Record<string, string> {
  const header = `Authorization: Bearer ${token}`;
  const cut = `Unauthorized: the gateway refused the request (POST /v2/bot/message/push, Content-Type: application/json, User-Agent: undici). Header: ${header}`;
  return {
    cut,
    partial: `invalid token: ${token.slice(0, 60)}... (truncated)`,
    base64: `bad header ${Buffer.from(header).toString("base64")}`,
    urlEncoded: `token=${encodeURIComponent(token)}&scope=push`,
  };
}

/**
 * The first run of `length` characters of the token, or of the encodings {@link echoBodies} uses,
 * found in `text`; undefined when there is none.
 */
export function tokenRunIn(text: string, token: string, length = 12): string | undefined {
  const header = Buffer.from(`Authorization: Bearer ${token}`).toString("base64");
  // The first 32 base64 characters also encode "Authorization: Bearer " (22 bytes), the last 4 the
  // padding; the ones between encode the token alone.
  const forms = [token, encodeURIComponent(token), header.slice(32, -4)];
  for (const form of forms) {
    for (let start = 0; start + length <= form.length; start++) {
      const run = form.slice(start, start + length);
      if (text.includes(run)) return run;
    }
  }
  return undefined;
}
