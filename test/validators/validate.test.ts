import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  assertMessage,
  formatIssue,
  LIMITS,
  MessageValidationError,
  validateFlexContainer,
  validateMessage,
  validateMessages,
} from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import { flexMessage, realWorldFlex, sharedRoot, vbox } from "../helpers.js";

const text = (value: string, extra: Record<string, unknown> = {}) => ({
  type: "text",
  text: value,
  ...extra,
});
const lines = (value: unknown) => validateMessage(value).issues.map(formatIssue);

describe("validateMessage: the result value", () => {
  it("is ok with no issues for a valid message", () => {
    expect(validateMessage(flexMessage(vbox(text("hi"))))).toEqual({ ok: true, issues: [] });
  });

  it("gives severity, LINE-style property, message and rule", () => {
    expect(validateMessage(flexMessage(vbox(text("hi", { size: "huge" }))))).toEqual({
      ok: false,
      issues: [
        {
          severity: "error",
          property: "contents.body.contents[0].size",
          path: ["contents", "body", "contents", 0, "size"],
          message:
            'expected a size keyword ("xxs"…"5xl") or a px value like "18px" (no %), got "huge"',
          rule: "FLEX-VAL",
        },
      ],
    });
  });

  it("gives each issue's place as steps too (path), written out as its property", () => {
    const message = flexMessage(vbox(text("hi", { "a.b": 1 })));
    expect(
      validateMessages([message]).issues.map(({ property, path }) => ({ property, path })),
    ).toMatchInlineSnapshot(`
      [
        {
          "path": [
            "messages",
            0,
            "contents",
            "body",
            "contents",
            0,
            "a.b",
          ],
          "property": "messages[0].contents.body.contents[0]["a.b"]",
        },
      ]
    `);
  });

  it("never throws, whatever it is given", () => {
    const hostile = [
      undefined,
      null,
      0,
      "flex",
      [],
      { type: "flex", contents: [] },
      {
        type: "flex",
        altText: "x",
        contents: { type: "bubble", body: { type: "box", layout: "vertical", contents: "no" } },
      },
      Object.defineProperty({ type: "flex" }, "altText", {
        enumerable: true,
        get() {
          throw new Error("boom");
        },
      }),
    ];
    for (const value of hostile) {
      expect(() => validateMessage(value)).not.toThrow();
      expect(validateMessage(value).ok).toBe(false);
    }
  });

  it("reads a type or layout named like an Object.prototype member as unknown", () => {
    // These once found Object's own members in the lookup tables ("could not be read:
    // allowed.includes is not a function", or a function as the rule of an action issue).
    const box = { type: "box", layout: "constructor", contents: [{ type: "toString" }] };
    const button = { type: "button", action: { type: "constructor", label: "Go" } };
    expect(lines(flexMessage(vbox(box, button)))).toMatchInlineSnapshot(`
      [
        "contents.body.contents[0].layout: expected one of "horizontal", "vertical", "baseline", got "constructor" [FLEX-VAL]",
        "contents.body.contents[0].contents[0].type: expected a Flex component type ("box", "button", "image", "video", "icon", "text", "span", "separator", "filler"), got "toString" [FLEX-TREE]",
        "contents.body.contents[1].action.type: expected an action type ("postback", "message", "uri", "datetimepicker", "clipboard", "camera", "cameraRoll", "location"), got "constructor" [ACT-TYPE]",
      ]
    `);
    const result = validateFlexContainer({ type: "bubble", body: vbox(button) });
    expect(result.issues.map((issue) => issue.rule)).toEqual(["ACT-TYPE"]);
  });
});

describe("MSG-1 message type", () => {
  it("passes for a known type", () => {
    expect(validateMessage({ type: "text", text: "hello" }).ok).toBe(true);
  });
  it("fails for an unknown type or a non-object", () => {
    expect(lines({ type: "richmessage" })).toMatchInlineSnapshot(`
      [
        "type: expected a message type ("text", "textV2", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex", "coupon"), got "richmessage" [MSG-1]",
      ]
    `);
    expect(lines(42)).toMatchInlineSnapshot(`
      [
        "(root): expected a message type ("text", "textV2", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex", "coupon"), got 42 (number) [MSG-1]",
      ]
    `);
  });
});

describe("FLEX-1 flex message: altText 1–1500 and a container", () => {
  it("passes at the limit", () => {
    const message = { ...flexMessage(vbox()), altText: "a".repeat(LIMITS.flexAltTextMax.value) };
    expect(validateMessage(message).ok).toBe(true);
  });
  it("fails empty, too long, or missing contents", () => {
    expect(lines({ ...flexMessage(vbox()), altText: "" })).toMatchInlineSnapshot(`
      [
        "altText: expected at least 1 character (UTF-16 code units), got 0 (empty) [FLEX-1]",
      ]
    `);
    expect(
      lines({ ...flexMessage(vbox()), altText: "a".repeat(LIMITS.flexAltTextMax.value + 1) }),
    ).toMatchInlineSnapshot(`
      [
        "altText: expected at most 1500 characters (UTF-16 code units), got 1501 [FLEX-1]",
      ]
    `);
    expect(lines({ type: "flex", altText: "x" })).toMatchInlineSnapshot(`
      [
        "contents: missing; expected a Flex container ("bubble" or "carousel") [FLEX-1]",
      ]
    `);
  });
});

describe("ERR-3 unknown properties are rejected, as LINE answers them", () => {
  it("passes with only known properties", () => {
    expect(validateMessage(flexMessage(vbox(text("x", { color: "#112233" })))).ok).toBe(true);
  });
  it("fails each unknown property at its own path", () => {
    expect(lines(flexMessage({ ...vbox(), colour: "#fff", gap: 1 }))).toMatchInlineSnapshot(`
      [
        "contents.body.colour: unknown property [ERR-3]",
        "contents.body.gap: unknown property [ERR-3]",
      ]
    `);
  });
});

describe("FLEX-VAL value grammars", () => {
  it("passes keywords, px, % where allowed, negative offsets and #RRGGBBAA", () => {
    const box = {
      ...vbox(text("x", { size: "18.5px", offsetTop: "-2px", margin: "xxl" })),
      paddingAll: "5%",
      spacing: "12px",
      backgroundColor: "#00000080",
      cornerRadius: "lg",
      borderWidth: "semi-bold",
      width: "50%",
    };
    expect(validateMessage(flexMessage(box))).toEqual({ ok: true, issues: [] });
  });
  it("fails what the grammar does not allow", () => {
    expect(
      lines(
        flexMessage({ ...vbox(text("x", { size: "50%" })), spacing: "5%", backgroundColor: "red" }),
      ),
    ).toMatchInlineSnapshot(`
      [
        "contents.body.contents[0].size: expected a size keyword ("xxs"…"5xl") or a px value like "18px" (no %), got "50%" [FLEX-VAL]",
        "contents.body.spacing: expected a spacing keyword ("none", "xs"…"xxl") or a px value like "8px" (no %), got "5%" [FLEX-VAL]",
        "contents.body.backgroundColor: expected a hex colour "#RRGGBB" or "#RRGGBBAA", got "red" [FLEX-VAL]",
      ]
    `);
  });
});

describe("FLEX-TREE parent → child matrix", () => {
  it("passes text in a baseline box", () => {
    expect(
      validateMessage(flexMessage(vbox({ type: "box", layout: "baseline", contents: [text("x")] })))
        .ok,
    ).toBe(true);
  });
  it("fails a button in a baseline box, a removed spacer, and a non-span in text", () => {
    const button = {
      type: "button",
      action: { type: "uri", label: "Go", uri: "https://example.com" },
    };
    expect(
      lines(flexMessage(vbox({ type: "box", layout: "baseline", contents: [button] }))),
    ).toMatchInlineSnapshot(`
      [
        "contents.body.contents[0].contents[0]: a button can't sit in a baseline box; it belongs only in a horizontal or vertical box [FLEX-TREE]",
      ]
    `);
    expect(lines(flexMessage(vbox({ type: "spacer", size: "md" })))).toMatchInlineSnapshot(`
      [
        "contents.body.contents[0].type: the "spacer" component was removed from Flex Messages; use "margin" on the next component or "spacing" on the box [FLEX-TREE]",
      ]
    `);
  });
  it("warns on the deprecated filler without failing", () => {
    const result = validateMessage(flexMessage(vbox({ type: "filler" })));
    expect(result.ok).toBe(true);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "contents.body.contents[0]: the "filler" component is deprecated; use "margin", "spacing" or "justifyContent" instead [FLEX-TREE]",
      ]
    `);
  });
});

describe("FLEX-BUB-2 header/body/footer are boxes", () => {
  it("passes a box body", () => {
    expect(validateMessage(flexMessage(vbox())).ok).toBe(true);
  });
  it("fails a text as the body", () => {
    expect(lines(flexMessage(text("x")))).toContain(
      "contents.body: expected a box as the body, got a text [FLEX-BUB-2]",
    );
  });
});

describe("strict option", () => {
  it("turns warnings into errors", () => {
    const message = flexMessage(vbox({ type: "filler" }));
    expect(validateMessage(message).ok).toBe(true);
    const strict = validateMessage(message, { strict: true });
    expect(strict.ok).toBe(false);
    expect(strict.issues.map((issue) => issue.severity)).toEqual(["error"]);
  });
});

describe("validateMessages and assertMessage", () => {
  it("prefixes paths with messages[i] as LINE does", () => {
    const result = validateMessages([flexMessage(vbox()), { type: "text", text: "" }]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "messages[1].text: expected at least 1 character (UTF-16 code units), got 0 (empty) [MSG-TEXT]",
      ]
    `);
  });
  it("PUSH-2: 1 to 5 messages", () => {
    const six = Array.from({ length: LIMITS.messagesPerRequestMax.value + 1 }, () => ({
      type: "text",
      text: "x",
    }));
    expect(validateMessages(six).issues.map(formatIssue)).toEqual([
      "messages: expected 1 to 5 messages, got 6 [PUSH-2]",
    ]);
    expect(validateMessages(six.slice(1)).ok).toBe(true);
  });
  it("assertMessage throws an error carrying the issues", () => {
    expect(() => assertMessage(flexMessage(vbox()))).not.toThrow();
    let thrown: unknown;
    try {
      assertMessage({ type: "flex", altText: "", contents: { type: "bubble" } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MessageValidationError);
    expect((thrown as MessageValidationError).message).toBe(
      "altText: expected at least 1 character (UTF-16 code units), got 0 (empty) [FLEX-1]",
    );
    expect((thrown as MessageValidationError).issues).toHaveLength(1);
  });
});

describe("real-world fixtures get the verdicts SOURCES.md gives", () => {
  const sources = readFileSync(join(sharedRoot, "fixtures", "real-world", "SOURCES.md"), "utf8");
  const verdicts = new Map<string, string>();
  for (const match of sources.matchAll(/^\| `flex\/([^`]+)` \|.*\| ([^|]+) \|$/gm)) {
    verdicts.set(match[1]!, match[2]!.trim());
  }
  const files = readdirSync(realWorldFlex).flatMap((dir) =>
    readdirSync(join(realWorldFlex, dir)).map((file) => `${dir}/${file}`),
  );

  it("has a verdict for every fixture file", () => {
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(verdicts.has(file), file).toBe(true);
  });

  for (const file of files) {
    it(file, () => {
      const verdict = verdicts.get(file) ?? "";
      const result = validateFlexContainer(
        JSON.parse(readFileSync(join(realWorldFlex, file), "utf8")),
      );
      const errors = result.issues.filter((issue) => issue.severity === "error");
      if (/\*\*invalid\*\*/.test(verdict)) {
        expect(result.ok).toBe(false);
        // SOURCES.md: the spacer files fail with a message that says spacer was removed.
        expect(errors.map((issue) => issue.message).join("\n")).toMatch(
          /spacer.*removed.*margin.*spacing/,
        );
      } else {
        expect(errors.map(formatIssue)).toEqual([]);
        const warnsFiller = /warns \(.*filler/.test(verdict);
        expect(
          result.issues.some((issue) => issue.message.includes('"filler" component is deprecated')),
        ).toBe(warnsFiller);
      }
    });
  }
});
