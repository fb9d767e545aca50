import { validateMessage, validateRichMenu } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import {
  areaIndexOf,
  areaName,
  areaPath,
  areaTargets,
  hasAreas,
  replaceAt,
  surfaceOf,
  withNewArea,
  withoutArea,
  withRect,
} from "../../../packages/simulator/src/app/workbench/visual/area-editor-model.js";

/** The area editor's reads and writes of imagemaps (RULES.md §6) and rich menus (§15). */

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const imagemap = deepFreeze({
  type: "imagemap",
  baseUrl: "https://example.com/maps/shop",
  altText: "Shop",
  baseSize: { width: 1040, height: 700 },
  actions: [
    { type: "message", text: "Hello", area: { x: 0, y: 0, width: 520, height: 700 } },
    { type: "uri", linkUri: "https://example.com", label: "Site", area: "broken" },
  ],
  video: {
    originalContentUrl: "https://example.com/v.mp4",
    previewImageUrl: "https://example.com/v.jpg",
    area: { x: 520, y: 0, width: 520, height: 350 },
  },
});

const menu = deepFreeze({
  size: { width: 2500, height: 843 },
  selected: true,
  name: "Compact",
  chatBarText: "Menu",
  areas: [
    {
      bounds: { x: 0, y: 0, width: 1250, height: 843 },
      action: { type: "postback", data: "a=1" },
    },
  ],
});

describe("surfaceOf", () => {
  it("reads an imagemap in baseSize units over {baseUrl}/1040, its video as a fixed edge", () => {
    expect(hasAreas(imagemap)).toBe(true);
    const surface = surfaceOf(imagemap)!;
    expect(surface).toMatchObject({
      kind: "imagemap",
      size: { width: 1040, height: 700 },
      image: "https://example.com/maps/shop/1040",
      fixed: [{ x: 520, y: 0, width: 520, height: 350 }],
      max: 50,
      count: 2,
    });
    // The broken area keeps its index (1) out of the editor: only area 0 is drawn.
    expect(surface.areas.map((a) => a.index)).toEqual([0]);
  });

  it("reads a rich menu in size units, its picture from `image`", () => {
    const surface = surfaceOf({ ...menu, image: "https://example.com/menu.png" })!;
    expect(surface).toMatchObject({
      kind: "rich-menu",
      size: { width: 2500, height: 843 },
      image: "https://example.com/menu.png",
      max: 20,
      count: 1,
    });
    expect(surface.areas[0]!.rect).toEqual({ x: 0, y: 0, width: 1250, height: 843 });
    expect(surfaceOf(menu, "https://example.com/set.png")!.image).toBe(
      "https://example.com/set.png",
    );
    expect(surfaceOf(menu)!.image).toBeUndefined();
  });

  it("falls back to a square imagemap without a usable baseSize, and refuses other messages", () => {
    expect(surfaceOf({ type: "imagemap", baseSize: { height: -3 } })!.size).toEqual({
      width: 1040,
      height: 1040,
    });
    expect(surfaceOf({ type: "text", text: "hi" })).toBeUndefined();
    expect(hasAreas({ type: "flex" })).toBe(false);
  });
});

describe("writes", () => {
  it("a new imagemap area gets a message action that passes the validators", () => {
    const next = withNewArea(imagemap, "imagemap", { x: 520, y: 350, width: 520, height: 350 });
    expect(next.actions).toEqual([
      ...imagemap.actions,
      { type: "message", text: "Area 3", area: { x: 520, y: 350, width: 520, height: 350 } },
    ]);
    const fixed = withRect(next, "imagemap", 1, { x: 0, y: 0, width: 1, height: 1 });
    const result = validateMessage({ ...fixed, video: undefined });
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a new rich menu area gets a postback that passes the validators", () => {
    const next = withNewArea(menu, "rich-menu", { x: 1250, y: 0, width: 1250, height: 843 });
    expect(next.areas).toEqual([
      ...menu.areas,
      {
        bounds: { x: 1250, y: 0, width: 1250, height: 843 },
        action: { type: "postback", data: "area=2" },
      },
    ]);
    expect(validateRichMenu(next).issues).toEqual([]);
  });

  it("moves and removes without touching the value it was given", () => {
    const moved = withRect(menu, "rich-menu", 0, { x: 10, y: 20, width: 30, height: 40 });
    expect(moved.areas).toEqual([
      { bounds: { x: 10, y: 20, width: 30, height: 40 }, action: menu.areas[0]!.action },
    ]);
    expect(menu.areas[0]!.bounds.x).toBe(0);
    expect(withoutArea(imagemap, "imagemap", 0).actions).toEqual([imagemap.actions[1]]);
    expect(imagemap.actions).toHaveLength(2);
  });
});

describe("areaName", () => {
  it("numbers from 1 and says the action's type and what it carries", () => {
    expect(areaName(0, { type: "message", text: "Hello" })).toBe('area 1: message "Hello"');
    expect(areaName(1, { type: "uri", linkUri: "https://x.test", label: "Site" })).toBe(
      'area 2: uri "Site"',
    );
    expect(areaName(2, { type: "postback", data: "a=1" })).toBe('area 3: postback "a=1"');
    expect(areaName(3, { type: "message", text: "x".repeat(60) })).toBe(
      `area 4: message "${"x".repeat(39)}…"`,
    );
    expect(areaName(4, undefined)).toBe("area 5: no action");
  });
});

describe("where the workbench mounts the editor", () => {
  const text = { type: "text", text: "hi" };

  it("finds every imagemap and rich menu in a payload, with its path", () => {
    const paths = (payload: unknown) => areaTargets(payload).map((t) => [t.path, t.kind]);
    expect(paths(imagemap)).toEqual([[[], "imagemap"]]);
    expect(paths(menu)).toEqual([[[], "rich-menu"]]);
    expect(paths([text, imagemap])).toEqual([[[1], "imagemap"]]);
    expect(paths({ to: "U1", messages: [imagemap, text, imagemap] })).toEqual([
      [["messages", 0], "imagemap"],
      [["messages", 2], "imagemap"],
    ]);
    const set = {
      richMenus: { main: menu, other: menu },
      images: { other: "https://example.com/other.png" },
      messages: [imagemap],
    };
    expect(paths(set)).toEqual([
      [["richMenus", "main"], "rich-menu"],
      [["richMenus", "other"], "rich-menu"],
      [["messages", 0], "imagemap"],
    ]);
    expect(areaTargets(set).map((t) => t.image)).toEqual([
      undefined,
      "https://example.com/other.png",
      undefined,
    ]);
    expect(paths(text)).toEqual([]);
  });

  it("maps an area to the path the inspector edits, and a tree selection back to the area", () => {
    expect(areaPath(["messages", 2], "imagemap", 1)).toEqual(["messages", 2, "actions", 1]);
    expect(areaPath(["richMenus", "a"], "rich-menu", 0)).toEqual(["richMenus", "a", "areas", 0]);
    const at = ["messages", 2] as const;
    expect(areaIndexOf(at, "imagemap", ["messages", 2, "actions", 1])).toBe(1);
    expect(areaIndexOf(at, "imagemap", ["messages", 2, "actions", 1, "area", "x"])).toBe(1);
    expect(areaIndexOf(at, "imagemap", ["messages", 2, "actions"])).toBeUndefined();
    expect(areaIndexOf(at, "imagemap", ["messages", 1, "actions", 1])).toBeUndefined();
    expect(areaIndexOf(at, "imagemap", ["messages", 2, "video", "area"])).toBeUndefined();
    expect(areaIndexOf([], "rich-menu", ["areas", 3, "action"])).toBe(3);
  });

  it("puts an edited imagemap or menu back in its payload without mutating it", () => {
    const body = deepFreeze({ to: "U1", messages: [text, imagemap] });
    const next = withRect(imagemap, "imagemap", 0, { x: 1, y: 2, width: 3, height: 4 });
    expect(replaceAt(body, ["messages", 1], next)).toEqual({ to: "U1", messages: [text, next] });
    const set = deepFreeze({ richMenus: { main: menu } });
    expect(replaceAt(set, ["richMenus", "main"], { ...menu, name: "B" })).toEqual({
      richMenus: { main: { ...menu, name: "B" } },
    });
    expect(replaceAt(imagemap, [], next)).toBe(next);
  });
});
