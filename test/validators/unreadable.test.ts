import {
  BOUNDS,
  describeValue,
  formatIssue,
  type ValidationResult,
  validateFlexContainer,
  validateMessage,
  validateMessages,
  validatePushRequest,
} from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";

const USER = `U${"0".repeat(32)}`;

function lines(result: ValidationResult): string[] {
  return result.issues.map((issue) => `${issue.severity} ${formatIssue(issue)}`);
}

function throwing(message: string): never {
  throw new Error(message);
}

/** A text message whose `text` is a getter that throws. */
function textWithGetter(): Record<string, unknown> {
  return Object.defineProperty({ type: "text" }, "text", {
    enumerable: true,
    get: () => throwing("no text today"),
  });
}

function revoked<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

describe("validators never throw: a value that cannot be read is one issue at its path (ERR-3)", () => {
  it("fails a getter that throws, at the getter's property", () => {
    expect(lines(validateMessages([{ type: "text", text: "hi" }, textWithGetter()]))).toEqual([
      "error messages[1].text: could not be read: no text today; expected plain data [ERR-3]",
    ]);
    expect(lines(validateMessage(textWithGetter()))).toEqual([
      "error text: could not be read: no text today; expected plain data [ERR-3]",
    ]);
    const body = { to: USER, messages: [flexMessage(vbox(textWithGetter()))] };
    expect(lines(validatePushRequest(body))).toEqual([
      "error messages[0].contents.body.contents[0].text: could not be read: no text today; expected plain data [ERR-3]",
    ]);
  });

  it("fails a revoked Proxy, where validateMessages used to throw", () => {
    expect(validateMessages(revoked([]))).toEqual({
      ok: false,
      issues: [
        {
          severity: "error",
          property: "messages",
          path: ["messages"],
          message:
            "could not be read: Cannot perform 'IsArray' on a proxy that has been revoked; expected plain data",
          rule: "ERR-3",
        },
      ],
    });
    expect(lines(validateFlexContainer({ type: "bubble", body: revoked(vbox()) }))).toEqual([
      "error body: could not be read: Cannot perform 'IsArray' on a proxy that has been revoked; expected plain data [ERR-3]",
    ]);
  });

  it("fails a Proxy whose get, has, ownKeys, getOwnPropertyDescriptor or getPrototypeOf trap throws", () => {
    const text = { type: "text", text: "hi" };
    const trapping = <T extends object>(target: T, trap: keyof ProxyHandler<T>) =>
      new Proxy(target, { [trap]: () => throwing(`${trap} says no`) });
    // `in` is asked only about a hole (an undefined item), as JSON.stringify never asks it.
    const holey = [text, text, text];
    delete holey[1];
    const found = [
      validateMessages(trapping([text], "get")),
      validateMessages(trapping(holey, "has")),
      validateMessages([trapping(text, "ownKeys")]),
      validateMessages([trapping(text, "getOwnPropertyDescriptor")]),
      validateMessages([text, trapping(text, "getPrototypeOf")]),
    ].flatMap(lines);
    expect(found).toEqual([
      "error messages: could not be read: get says no; expected plain data [ERR-3]",
      "error messages[1]: could not be read: has says no; expected plain data [ERR-3]",
      "error messages[0]: could not be read: ownKeys says no; expected plain data [ERR-3]",
      "error messages[0]: could not be read: getOwnPropertyDescriptor says no; expected plain data [ERR-3]",
      "error messages[1]: could not be read: getPrototypeOf says no; expected plain data [ERR-3]",
    ]);
  });

  it("fails a reference cycle, naming where it refers back to", () => {
    const body: Record<string, unknown> = vbox();
    (body.contents as unknown[]).push(body);
    expect(lines(validateMessage(flexMessage(body)))).toEqual([
      "error contents.body.contents[0]: refers back to contents.body (a reference cycle), which JSON cannot hold; expected plain data [ERR-3]",
    ]);
    const messages: unknown[] = [];
    messages.push(messages);
    expect(lines(validateMessages(messages))).toEqual([
      "error messages[0]: refers back to messages (a reference cycle), which JSON cannot hold; expected plain data [ERR-3]",
    ]);
  });

  it("fails 10,000-deep nesting with the path where it passes the bound, without a stack overflow", () => {
    let box: unknown = { type: "text", text: "deep" };
    for (let i = 0; i < 10_000; i++) box = vbox(box);
    const result = validateMessage(flexMessage(box));
    // Levels: the message 1, its bubble 2, the body box 3, its contents 4, the box in them 5…
    const first = BOUNDS.depthMax + 1;
    const steps = [
      "contents",
      "body",
      ...Array.from({ length: Math.floor((first - 3) / 2) }, () => ["contents", 0]).flat(),
      ...(first % 2 === 1 ? [] : ["contents"]),
    ];
    const path =
      first % 2 === 1
        ? `contents.body${".contents[0]".repeat((first - 3) / 2)}`
        : `contents.body${".contents[0]".repeat((first - 4) / 2)}.contents`;
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          severity: "error",
          property: path,
          path: steps,
          message: `nests deeper than ${BOUNDS.depthMax} levels of objects and arrays; expected at most ${BOUNDS.depthMax} (a real message needs about 20)`,
          rule: "ERR-3",
        },
      ],
    });
    let array: unknown = [];
    for (let i = 0; i < 10_000; i++) array = [array];
    expect(validateMessages(array).issues.map((issue) => issue.rule)).toEqual(["ERR-3"]);
  });

  it("fails an array longer than a 2 MB request body can hold (PUSH-12), without walking it", () => {
    const sparse: unknown[] = [];
    sparse.length = 2 ** 32 - 1;
    expect(lines(validatePushRequest({ to: USER, messages: sparse }))).toEqual([
      `error messages: holds more than ${BOUNDS.valuesMax} values, more than a request body of at most 2097152 bytes (2 MB) can hold; LINE answers 413 [PUSH-12]`,
    ]);
  });

  it("passes a getter that answers once: the value is read once, as JSON.stringify reads it", () => {
    let reads = 0;
    const text = Object.defineProperty({ type: "text" }, "text", {
      enumerable: true,
      get: () => (reads++ === 0 ? "hi" : throwing("read twice")),
    });
    expect(validateMessage(text)).toEqual({ ok: true, issues: [] });
  });

  it("passes an object shared by two places (not a cycle)", () => {
    const action = { type: "message", label: "Yes", text: "yes" };
    const button = { type: "button", action };
    expect(validateMessage(flexMessage(vbox(button, { ...button, action })))).toEqual({
      ok: true,
      issues: [],
    });
  });

  it("fails options that cannot be read, and reads strict once", () => {
    const options = Object.defineProperty({}, "strict", {
      enumerable: true,
      get: () => throwing("no options"),
    });
    expect(lines(validateMessage({ type: "text", text: "hi" }, options))).toEqual([
      "error options.strict: could not be read: no options; expected plain data [ERR-3]",
    ]);
  });

  it("describes a function as one, and a revoked Proxy without throwing", () => {
    expect(lines(validateMessage({ type: "text", text: () => "hi" }))).toEqual([
      "error text: expected string, got a function [MSG-TEXT]",
    ]);
    expect(describeValue(revoked([]))).toBe("an object that cannot be read");
  });
});
