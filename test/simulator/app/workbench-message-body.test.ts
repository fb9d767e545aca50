import { describe, expect, it } from "vitest";
import {
  bodyAround,
  describeBody,
  messagesOf,
  putInBody,
} from "../../../packages/simulator/src/app/workbench/message-body.js";

/** The JSX tab of a push or validate body: the JSX is the messages, the rest waits beside it. */
const to = `U${"0".repeat(32)}`;
const text = (value: string) => ({ type: "text", text: value });

describe("message-body", () => {
  it("keeps every property but the messages, in order; a message or a list has no body", () => {
    const body = { to, messages: [text("a")], notificationDisabled: true };
    expect(bodyAround(body)).toEqual({ to, messages: null, notificationDisabled: true });
    expect(Object.keys(bodyAround(body)!)).toEqual(["to", "messages", "notificationDisabled"]);
    expect(bodyAround({ messages: [text("a")] })).toEqual({ messages: null });
    expect(bodyAround(text("a"))).toBeUndefined();
    expect(bodyAround([text("a")])).toBeUndefined();
    expect(messagesOf(body)).toEqual([text("a")]);
    expect(messagesOf([text("a")])).toEqual([text("a")]);
  });

  it("puts rendered messages back; a single message becomes a list of one, sources under messages[0]", () => {
    const body = { to, messages: null };
    expect(putInBody(body, [text("a"), text("b")], { "messages[1].text": "f:1:1" })).toEqual({
      message: { to, messages: [text("a"), text("b")] },
      sources: { "messages[1].text": "f:1:1" },
    });
    expect(putInBody(body, text("a"), { "": "f:1:1", text: "f:2:1" })).toEqual({
      message: { to, messages: [text("a")] },
      sources: { "messages[0]": "f:1:1", "messages[0].text": "f:2:1" },
    });
    expect(putInBody(undefined, text("a"), { text: "f:2:1" })).toEqual({
      message: text("a"),
      sources: { text: "f:2:1" },
    });
  });

  it("says what the JSX stands for", () => {
    expect(describeBody({ to, messages: null, notificationDisabled: true })).toMatchInlineSnapshot(
      `"This JSX is the body's messages; "to": "U00000000000000000000000000000000" and "notificationDisabled" are kept and put back beside them on the JSON tab."`,
    );
    expect(describeBody({ to, messages: null })).toMatchInlineSnapshot(
      `"This JSX is the body's messages; "to": "U00000000000000000000000000000000" is kept and put back beside them on the JSON tab."`,
    );
    expect(describeBody({ messages: null })).toMatchInlineSnapshot(
      `"This JSX is the body's messages; the JSON tab puts them back in { "messages": [...] }."`,
    );
  });
});
