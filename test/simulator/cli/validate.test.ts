import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BOUNDS } from "@flexkit/validators";
import { afterAll, describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../../helpers.js";
import { flexkit } from "../support/run-cli.js";

/** `flexkit validate`, run as a user runs it: the real bin, in a child process. */
function validate(args: string[], input?: string) {
  return flexkit(["validate", ...args], {}, input === undefined ? {} : { input });
}

const work = mkdtempSync(join(tmpdir(), "flexkit-validate-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
function file(name: string, value: unknown): string {
  const path = join(work, name);
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
}

const USER = `U${"0123456789abcdef".repeat(2)}`;
const GROUP = `C${"0123456789abcdef".repeat(2)}`;
const video = {
  type: "video",
  originalContentUrl: "https://example.com/v.mp4",
  previewImageUrl: "https://example.com/p.jpg",
  trackingId: "t1",
};
/** One warning (deprecated filler) before one error (an unknown size) in document order. */
const errorAndWarning = flexMessage(
  vbox({ type: "filler" }, { type: "text", text: "x", size: "huge" }),
);

describe("flexkit validate: every shape, detected from the JSON", () => {
  it("passes a message, an array of messages, a bubble, a push body and a validate body (exit 0)", async () => {
    const message = flexMessage(vbox());
    const shapes = {
      "message.json": message,
      "array.json": [message, { type: "text", text: "hi" }],
      "bubble.json": message.contents,
      "push.json": { to: USER, messages: [message] },
      "validate.json": { messages: [message] },
    };
    for (const [name, value] of Object.entries(shapes)) {
      const result = await validate([file(name, value)]);
      expect({ name, ...result }).toEqual({
        name,
        code: 0,
        stdout: "",
        stderr: `${join(work, name)}: valid\n`,
      });
    }
  });

  it("fails a push body by its recipient rules (exit 1)", async () => {
    const result = await validate([file("group.json", { to: GROUP, messages: [video] })]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "messages[0].trackingId: can't be used when sending to a group or room (to starts with C or R) [MSG-VIDEO]",
    );
  });

  it("prints one line per issue, warnings after errors, from stdin", async () => {
    const result = await validate(["-"], JSON.stringify(errorAndWarning));
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines.map((line) => line.split(" ")[0])).toEqual(["error", "warning"]);
    expect(lines[0]).toContain("contents.body.contents[1].size: expected a size keyword");
  });

  it("--json prints { ok, issues } and --strict turns a warning into an error", async () => {
    const onlyWarning = file("warn.json", flexMessage(vbox({ type: "filler" })));
    expect((await validate([onlyWarning])).code).toBe(0);
    const strict = await validate(["--json", "--strict", onlyWarning]);
    expect(strict.code).toBe(1);
    const parsed = JSON.parse(strict.stdout) as {
      ok: boolean;
      issues: Array<{ severity: string; rule: string }>;
    };
    expect(parsed.ok).toBe(false);
    expect(parsed.issues.map((issue) => `${issue.severity} ${issue.rule}`)).toEqual([
      "error FLEX-TREE",
    ]);
  });

  it("prints at most the cap's issues and a note for a 1.5 MB body of 60,000 invalid texts", async () => {
    const messages = Array.from({ length: 60_000 }, () => ({ type: "text", text: "" }));
    const result = await validate([file("many.json", { to: USER, messages })]);
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(BOUNDS.issuesMax + 1);
    expect(lines.at(-1)).toMatch(/: validation stopped after \d+ issues; .* \[ERR-1\]$/);
  });

  it("fails unreadable JSON with its line and column, no stack trace (exit 2)", async () => {
    const result = await validate([file("broken.json", '{\n  "type": "text",\n  "text": }')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/broken\.json:3:\d+: not valid JSON/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("flexkit validate: rich menus, detected by their shape", () => {
  const menu = (extra: Record<string, unknown> = {}) => ({
    size: { width: 2500, height: 843 },
    selected: false,
    name: "Main",
    chatBarText: "Menu",
    areas: [
      {
        bounds: { x: 0, y: 0, width: 1250, height: 843 },
        action: { type: "richmenuswitch", richMenuAliasId: "tab-b", data: "tab=b" },
      },
    ],
    ...extra,
  });

  it("passes a rich menu object and a set of menus keyed by alias (exit 0)", async () => {
    for (const [name, value] of Object.entries({
      "menu.json": menu(),
      "menus.json": { richMenus: { "tab-a": menu(), "tab-b": menu({ name: "Tab B" }) } },
    })) {
      expect({ name, ...(await validate([file(name, value)])) }).toEqual({
        name,
        code: 0,
        stdout: "",
        stderr: `${join(work, name)}: valid\n`,
      });
    }
  });

  it("fails a menu by the rich menu rules, with LINE-style paths (exit 1)", async () => {
    const outside = menu({
      areas: [
        {
          bounds: { x: 2000, y: 0, width: 1000, height: 843 },
          action: { type: "camera", label: "Photo" },
        },
      ],
    });
    const result = await validate([file("outside.json", outside)]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toMatchInlineSnapshot(`
      [
        "error areas[0].bounds.width: reaches past the menu's right edge: x + width = 3000, size.width 2500 [RM-4]",
        "error areas[0].action.type: expected a rich menu action type ("postback", "message", "uri", "datetimepicker", "richmenuswitch", "clipboard"; camera, cameraRoll and location work only in quick replies), got "camera" [RM-7]",
      ]
    `);
  });

  it("warns about a switch to an alias outside the set, under richMenus.<alias> (exit 0)", async () => {
    const result = await validate([file("one.json", { richMenus: { "tab-a": menu() } })]);
    expect(result.code).toBe(0);
    expect(result.stderr.trim().split("\n")).toMatchInlineSnapshot(`
      [
        "warning richMenus.tab-a.areas[0].action.richMenuAliasId: switches to "tab-b", which is not in this set of menus; unless that alias exists on the channel, LINE does not switch and the postback's params.status is "RICHMENU_ALIAS_ID_NOTFOUND" [RM-9]",
      ]
    `);
    const json = await validate([
      "--json",
      "--strict",
      file("one.json", { richMenus: { Main: menu() } }),
    ]);
    expect(json.code).toBe(1);
    expect(
      (JSON.parse(json.stdout) as { issues: Array<{ property: string; rule: string }> }).issues,
    ).toMatchObject([
      { property: "richMenus.Main", rule: "RM-ALIAS-1" },
      { property: "richMenus.Main.areas[0].action.richMenuAliasId", rule: "RM-9" },
    ]);
  });
});
