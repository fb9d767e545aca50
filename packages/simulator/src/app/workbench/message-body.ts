import { detectShape } from "@flexkit/validators";

/**
 * A push body `{to, messages, …}` or a validate body `{messages}` as the JSX tab keeps it while
 * the JSX stands for its messages: every other property as it was, in its order, with `messages`
 * left empty (null) until the JSX renders them. Undefined for a message, a list or a container.
 *
 * The JSX tab edits a body's messages rather than refusing it: a person who pasted a push body
 * wants to author its messages in JSX and still send them to the same `to`, and every property
 * the JSX cannot express is kept as it was rather than dropped.
 */
export function bodyAround(value: unknown): Record<string, unknown> | undefined {
  const shape = detectShape(value);
  if (shape !== "request" && shape !== "validate-request") return undefined;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, field]) => [
      key,
      key === "messages" ? null : field,
    ]),
  );
}

/** The messages of a body, which is what the JSX tab writes as JSX. */
export function messagesOf(value: unknown): unknown {
  return bodyAround(value) === undefined ? value : (value as { messages: unknown }).messages;
}

/**
 * What the JSX rendered put back in `body` (a single message becomes a list of one), with its
 * sources named in that list (`messages[i]…`), as the issues name its properties.
 */
export function putInBody(
  body: Record<string, unknown> | undefined,
  rendered: unknown,
  sources: Record<string, string>,
): { message: unknown; sources: Record<string, string> } {
  if (body === undefined) return { message: rendered, sources };
  if (Array.isArray(rendered)) return { message: { ...body, messages: rendered }, sources };
  const listed: Record<string, string> = {};
  for (const [path, where] of Object.entries(sources))
    listed[path === "" ? "messages[0]" : `messages[0].${path}`] = where;
  return { message: { ...body, messages: [rendered] }, sources: listed };
}

/** The one line the JSX tab shows over a body's messages. */
export function describeBody(body: Record<string, unknown>): string {
  const kept = Object.keys(body)
    .filter((key) => key !== "messages")
    .map((key) => (key === "to" ? `"to": ${JSON.stringify(body.to)}` : `"${key}"`));
  if (kept.length === 0)
    return 'This JSX is the body\'s messages; the JSON tab puts them back in { "messages": [...] }.';
  const list = kept.length === 1 ? kept[0] : `${kept.slice(0, -1).join(", ")} and ${kept.at(-1)}`;
  return `This JSX is the body's messages; ${list} ${kept.length === 1 ? "is" : "are"} kept and put back beside them on the JSON tab.`;
}
