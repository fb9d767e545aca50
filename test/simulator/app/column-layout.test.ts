import { describe, expect, it } from "vitest";
import {
  CHAT_MIN,
  COLUMN_LAYOUT_KEY,
  type ColumnLayout,
  defaultColumns,
  EDITOR_MIN,
  GUTTERS,
  readColumns,
  restoreColumns,
  SIDE_FOLDED,
  SIDE_MIN,
  writeColumns,
} from "../../../packages/simulator/src/app/workbench/column-layout.js";

/** The workbench's column widths kept between visits: what a stored value turns into. */
const LAPTOP = 1024;
const DESKTOP = 1440;

/** A Map behind Storage's two methods, as the browser's localStorage. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** localStorage in a private window whose policy refuses it. */
const refusingStorage = {
  getItem: (): string | null => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
  setItem: (): void => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  },
};

describe("restoreColumns", () => {
  it("gives the defaults when nothing is stored, a narrower side column in a laptop's window", () => {
    expect(restoreColumns(null, DESKTOP)).toEqual(defaultColumns(DESKTOP));
    expect(restoreColumns(undefined, LAPTOP)).toEqual(defaultColumns(LAPTOP));
    expect(defaultColumns(LAPTOP).side).toBeLessThan(defaultColumns(DESKTOP).side);
    expect(defaultColumns(DESKTOP).sideCollapsed).toBe(false);
  });

  it("keeps widths that fit the window as they were stored", () => {
    const stored: ColumnLayout = { chat: 440, side: 268, sideCollapsed: true };
    expect(restoreColumns(JSON.stringify(stored), DESKTOP)).toEqual(stored);
  });

  it.each([
    ["not JSON", "{chat: 400"],
    ["JSON null", "null"],
    ["an array", "[400, 300]"],
    ["a string", '"wide"'],
    ["a number", "400"],
    ["fields of the wrong type", '{"chat":"400","side":null,"sideCollapsed":"yes"}'],
    ["widths too large for a number", '{"chat":1e999,"side":-1e999}'],
  ])("falls back to the defaults for %s", (_, text) => {
    expect(restoreColumns(text, DESKTOP)).toEqual(defaultColumns(DESKTOP));
  });

  it("takes each field it can read and the default for the rest", () => {
    expect(restoreColumns('{"side":280,"chat":"wide"}', DESKTOP)).toEqual({
      ...defaultColumns(DESKTOP),
      side: 280,
    });
  });

  it("widens columns stored narrower than their least width, and rounds to whole pixels", () => {
    expect(restoreColumns('{"chat":10,"side":-5,"sideCollapsed":false}', DESKTOP)).toEqual({
      chat: CHAT_MIN,
      side: SIDE_MIN,
      sideCollapsed: false,
    });
    expect(restoreColumns('{"chat":400.6,"side":270.2}', DESKTOP)).toMatchObject({
      chat: 401,
      side: 270,
    });
  });

  it("narrows columns stored wider than a smaller window leaves them, so the editor keeps its room", () => {
    const wideChat = restoreColumns('{"chat":900,"side":300}', LAPTOP);
    expect(wideChat).toEqual({
      chat: LAPTOP - GUTTERS - 300 - EDITOR_MIN,
      side: 300,
      sideCollapsed: false,
    });
    // The chat gives way first, as it does when the window narrows under the page.
    const wideSide = restoreColumns('{"chat":380,"side":900}', LAPTOP);
    expect(wideSide).toEqual({
      chat: CHAT_MIN,
      side: LAPTOP - GUTTERS - CHAT_MIN - EDITOR_MIN,
      sideCollapsed: false,
    });
    for (const { chat, side } of [wideChat, wideSide])
      expect(LAPTOP - GUTTERS - chat - side).toBeGreaterThanOrEqual(EDITOR_MIN);
  });

  it("lets the chat take the room of a folded side column", () => {
    expect(restoreColumns('{"chat":900,"side":300,"sideCollapsed":true}', LAPTOP).chat).toBe(
      LAPTOP - GUTTERS - SIDE_FOLDED - EDITOR_MIN,
    );
  });

  it("never goes under the least widths, even in a window too small for three columns", () => {
    expect(restoreColumns('{"chat":500,"side":500}', 600)).toEqual({
      chat: CHAT_MIN,
      side: SIDE_MIN,
      sideCollapsed: false,
    });
  });
});

describe("readColumns and writeColumns", () => {
  it("keep the layout under one key, as JSON", () => {
    const storage = memoryStorage();
    const layout: ColumnLayout = { chat: 420, side: 300, sideCollapsed: true };
    writeColumns(layout, storage);
    expect([...storage.items.keys()]).toEqual([COLUMN_LAYOUT_KEY]);
    expect(JSON.parse(storage.items.get(COLUMN_LAYOUT_KEY)!)).toEqual(layout);
    expect(readColumns(DESKTOP, storage)).toEqual(layout);
  });

  it("ignore storage that refuses, or is not there (the page still works, it just won't remember)", () => {
    expect(() => writeColumns(defaultColumns(DESKTOP), refusingStorage)).not.toThrow();
    expect(readColumns(DESKTOP, refusingStorage)).toEqual(defaultColumns(DESKTOP));
    expect(() => writeColumns(defaultColumns(DESKTOP), undefined)).not.toThrow();
    expect(readColumns(LAPTOP, undefined)).toEqual(defaultColumns(LAPTOP));
    // In Node there is no window: the default storage is none, not an error.
    expect(readColumns(LAPTOP)).toEqual(defaultColumns(LAPTOP));
  });
});
