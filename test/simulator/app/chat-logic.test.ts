import {
  formatDuration,
  imagemapImageUrl,
  imagemapImageWidth,
  textSegments,
  textV2Segments,
} from "@flexkit/draw";
import { describe, expect, it } from "vitest";
import {
  inputType,
  isWithin,
  pickerMode,
  pickerParams,
  pickerValue,
  startValue,
} from "../../../packages/simulator/src/app/chat-mode/datetime.js";
import { judgeUri } from "../../../packages/simulator/src/app/chat-mode/uri-policy.js";
import {
  postbackEvent,
  ulid,
} from "../../../packages/simulator/src/app/chat-mode/webhook-events.js";

/** The pure rules behind chat mode and the message views. */

describe("uri actions in chat mode", () => {
  it("opens http and https, shows line:/tel:/mailto:, blocks everything else", () => {
    const verdicts = [
      "https://example.com/a?b=1",
      "http://example.com",
      "line://ti/p/@linedevelopers",
      "tel:0312345678",
      "mailto:a@example.com",
      "javascript:alert(1)",
      " JavaScript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "vbscript:msgbox(1)",
      "/relative/path",
      "",
    ].map((uri) => {
      const verdict = judgeUri(uri);
      return `${verdict.kind}${verdict.kind === "blocked" ? `: ${verdict.reason}` : ""}`;
    });
    expect(verdicts).toMatchInlineSnapshot(`
      [
        "open",
        "open",
        "show",
        "show",
        "show",
        "blocked: javascript: links never run in the simulator",
        "blocked: javascript: links never run in the simulator",
        "blocked: data: links never run in the simulator",
        "blocked: vbscript: links never run in the simulator",
        "blocked: it is not an absolute URL",
        "blocked: the action has no uri",
      ]
    `);
    expect(judgeUri(undefined).kind).toBe("blocked");
  });
});

describe("the datetime picker", () => {
  it("maps LINE's modes to input types, accepting a lowercase t in datetimes", () => {
    expect(["date", "time", "datetime", "nonsense"].map((m) => inputType(pickerMode(m)))).toEqual([
      "date",
      "time",
      "datetime-local",
      "date",
    ]);
    expect(pickerValue("2025-01-01t10:00", "datetime")).toBe("2025-01-01T10:00");
    expect(pickerValue("2025-01-01", "datetime")).toBeUndefined();
    expect(pickerValue("10:00:00", "time")).toBeUndefined();
    expect(pickerValue(20250101, "date")).toBeUndefined();
  });

  it("starts at initial, else now, moved inside min/max", () => {
    const now = new Date(2025, 5, 15, 9, 5);
    expect(startValue("date", "2025-06-20", undefined, undefined, now)).toBe("2025-06-20");
    expect(startValue("date", undefined, undefined, undefined, now)).toBe("2025-06-15");
    expect(startValue("time", undefined, "10:00", undefined, now)).toBe("10:00");
    expect(startValue("datetime", "2030-01-01T00:00", undefined, "2029-12-31T23:59", now)).toBe(
      "2029-12-31T23:59",
    );
  });

  it("bounds values by min and max, inclusive", () => {
    expect(isWithin("2025-06-01", "2025-06-01", "2025-06-30")).toBe(true);
    expect(isWithin("2025-06-30", "2025-06-01", "2025-06-30")).toBe(true);
    expect(isWithin("2025-05-31", "2025-06-01", "2025-06-30")).toBe(false);
    expect(isWithin("2025-07-01", "2025-06-01", undefined)).toBe(true);
    expect(pickerParams("time", "12:30")).toEqual({ time: "12:30" });
  });
});

describe("webhook events", () => {
  it("gives each event a ULID whose first 10 characters encode the time", () => {
    const id = ulid(1_700_000_000_000);
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(id.slice(0, 10)).toBe("01HF7YAT00");
    expect(ulid(1_700_000_000_000)).not.toBe(id);
  });

  it("leaves params out of a plain postback", () => {
    expect(postbackEvent("a=1", undefined, 5).postback).toEqual({ data: "a=1" });
    expect("params" in postbackEvent("a=1", undefined, 5).postback).toBe(false);
    expect(postbackEvent("a=1", { date: "2025-01-01" }, 5).timestamp).toBe(5);
  });
});

describe("imagemap image size", () => {
  it("asks for the nearest of 240/300/460/700/1040 to width × pixel ratio, the larger on a tie", () => {
    expect(
      [
        [240, 1],
        [241, 1],
        [270, 1],
        [300, 1],
        [300, 1.5],
        [380, 1],
        [300, 2],
        [290, 3],
        [300, 3],
        [400, 3],
        [100, 1],
      ].map(([width, dpr]) => imagemapImageWidth(width!, dpr!)),
    ).toEqual([240, 240, 300, 300, 460, 460, 700, 1040, 1040, 1040, 240]);
    expect(imagemapImageUrl("https://example.com/rm/", 300, 2)).toBe("https://example.com/rm/700");
  });
});

describe("text pieces", () => {
  it("places LINE emoji by UTF-16 offset, after surrogate pairs too", () => {
    expect(textSegments("🍎$x", [{ index: 2, productId: "p", emojiId: "e" }])).toEqual([
      { kind: "text", text: "🍎" },
      { kind: "emoji", productId: "p", emojiId: "e" },
      { kind: "text", text: "x" },
    ]);
  });

  it("textV2 leaves unknown keys and unpaired braces as written", () => {
    expect(
      textV2Segments("{a} {missing} {b", { a: { type: "mention", mentionee: { type: "all" } } }),
    ).toEqual([
      { kind: "mention", name: "All", userId: undefined },
      { kind: "text", text: " {missing} {b" },
    ]);
  });

  it("audio durations read m:ss", () => {
    expect([0, 999, 1_000, 59_499, 60_000, 3_599_000, undefined].map(formatDuration)).toEqual([
      "0:00",
      "0:01",
      "0:01",
      "0:59",
      "1:00",
      "59:59",
      "0:00",
    ]);
  });
});
