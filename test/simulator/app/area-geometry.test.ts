import { LIMITS } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import {
  arrowDelta,
  clampRect,
  drawnRect,
  HANDLES,
  type Handle,
  movedRect,
  NUDGE_FAST,
  nearestLine,
  nudgedHandle,
  nudgedRect,
  resizedRect,
  SNAP_PX,
  scaleOf,
  snapLines,
  snapTolerance,
  toUnits,
} from "../../../packages/simulator/src/app/workbench/visual/area-geometry.js";

/**
 * The area editors' geometry (RULES.md IMG-8, RM-3, RM-4): every result is whole units, at least
 * 1 × 1, inside the image, whatever the pointer did.
 */
const imagemap = { width: LIMITS.imagemapBaseWidth.value, height: 700 };
const menu = { width: 2500, height: 843 };
/** An imagemap drawn 520 px wide: half a pixel per unit. */
const half = scaleOf({ width: 520, height: 350 }, imagemap);

function expectInside(
  rect: { x: number; y: number; width: number; height: number },
  size = imagemap,
) {
  for (const value of Object.values(rect)) expect(Number.isInteger(value)).toBe(true);
  expect(rect.x).toBeGreaterThanOrEqual(0);
  expect(rect.y).toBeGreaterThanOrEqual(0);
  expect(rect.width).toBeGreaterThanOrEqual(1);
  expect(rect.height).toBeGreaterThanOrEqual(1);
  expect(rect.x + rect.width).toBeLessThanOrEqual(size.width);
  expect(rect.y + rect.height).toBeLessThanOrEqual(size.height);
}

describe("screen pixels and units", () => {
  it("divides by the displayed scale on each axis", () => {
    expect(half).toEqual({ x: 0.5, y: 0.5 });
    expect(toUnits({ x: 10, y: 21 }, half)).toEqual({ x: 20, y: 42 });
    const menuScale = scaleOf({ width: 500, height: 168.6 }, menu);
    expect(toUnits({ x: 100, y: 84.3 }, menuScale)).toEqual({ x: 500, y: 421.5 });
  });

  it("snaps within SNAP_PX screen pixels whatever the zoom", () => {
    expect(snapTolerance(half)).toEqual({ x: SNAP_PX * 2, y: SNAP_PX * 2 });
    expect(snapTolerance({ x: 2, y: 4 })).toEqual({ x: SNAP_PX / 2, y: SNAP_PX / 4 });
  });
});

describe("clampRect", () => {
  it("rounds, keeps at least 1 × 1, and keeps the area inside the image", () => {
    expect(clampRect({ x: 10.4, y: 9.6, width: 100.5, height: 0.2 }, imagemap)).toEqual({
      x: 10,
      y: 10,
      width: 101,
      height: 1,
    });
    expect(clampRect({ x: -5, y: 690, width: 50, height: 30 }, imagemap)).toEqual({
      x: 0,
      y: 670,
      width: 50,
      height: 30,
    });
    expect(clampRect({ x: 0, y: 0, width: 5000, height: 5000 }, imagemap)).toEqual({
      x: 0,
      y: 0,
      ...imagemap,
    });
  });
});

describe("snapping", () => {
  it("collects the image's edges and the other areas' edges", () => {
    expect(snapLines(imagemap, [{ x: 10, y: 20, width: 30, height: 40 }])).toEqual({
      xs: [0, 1040, 10, 40],
      ys: [0, 700, 20, 60],
    });
  });

  it("takes the nearest line within the tolerance", () => {
    expect(nearestLine(105, [0, 100, 108], 6)).toBe(108);
    expect(nearestLine(105, [0, 100], 4)).toBeUndefined();
    expect(nearestLine(104, [100, 108], 6)).toBe(100);
  });
});

describe("drawnRect", () => {
  const lines = snapLines(imagemap, [{ x: 0, y: 0, width: 400, height: 300 }]);
  const tolerance = snapTolerance(half);

  it("spans the two points in either order, in whole units", () => {
    expect(drawnRect({ x: 20.2, y: 40.7 }, { x: 420.6, y: 440.1 }, imagemap).rect).toEqual({
      x: 20,
      y: 41,
      width: 401,
      height: 399,
    });
    expect(drawnRect({ x: 420, y: 440 }, { x: 20, y: 40 }, imagemap).rect).toEqual({
      x: 20,
      y: 40,
      width: 400,
      height: 400,
    });
  });

  it("snaps each edge to the lines near it", () => {
    expect(drawnRect({ x: 407, y: 5 }, { x: 700, y: 295 }, imagemap, lines, tolerance)).toEqual({
      rect: { x: 400, y: 0, width: 300, height: 300 },
      snapped: { x: 400, y: 0 },
    });
    // 13 units is 6.5 px at this scale: too far to snap.
    expect(drawnRect({ x: 413, y: 13 }, { x: 700, y: 250 }, imagemap, lines, tolerance)).toEqual({
      rect: { x: 413, y: 13, width: 287, height: 237 },
      snapped: {},
    });
  });

  it("stays inside the image and at least 1 × 1", () => {
    const off = drawnRect({ x: -50, y: -50 }, { x: 2000, y: 2000 }, imagemap).rect;
    expect(off).toEqual({ x: 0, y: 0, ...imagemap });
    const dot = drawnRect({ x: 1040, y: 700 }, { x: 1040.2, y: 700.1 }, imagemap).rect;
    expect(dot).toEqual({ x: 1039, y: 699, width: 1, height: 1 });
    expectInside(dot);
  });
});

describe("movedRect", () => {
  const area = { x: 100, y: 100, width: 200, height: 100 };
  const lines = snapLines(imagemap, [{ x: 500, y: 0, width: 100, height: 100 }]);
  const tolerance = snapTolerance(half);

  it("moves by the delta, rounded", () => {
    expect(movedRect(area, { x: 10.4, y: -20.6 }, imagemap).rect).toEqual({
      ...area,
      x: 110,
      y: 79,
    });
  });

  it("snaps the nearer of either edge on each axis", () => {
    // The right edge comes to 495, 5 units from the other area's left edge at 500.
    expect(movedRect(area, { x: 195, y: 0 }, imagemap, lines, tolerance)).toEqual({
      rect: { ...area, x: 300 },
      snapped: { x: 500, y: 100 },
    });
    // The top edge comes to 95, 5 units from the other area's bottom edge at 100.
    expect(movedRect(area, { x: 50, y: -5 }, imagemap, lines, tolerance)).toEqual({
      rect: { ...area, x: 150 },
      snapped: { y: 100 },
    });
    // Without lines (Alt held) nothing snaps.
    expect(movedRect(area, { x: 195, y: -5 }, imagemap)).toEqual({
      rect: { ...area, x: 295, y: 95 },
      snapped: {},
    });
  });

  it("stops at the image's border keeping its size", () => {
    expect(movedRect(area, { x: 5000, y: -5000 }, imagemap).rect).toEqual({
      ...area,
      x: 840,
      y: 0,
    });
  });
});

describe("resizedRect", () => {
  const area = { x: 100, y: 100, width: 200, height: 100 };

  it("moves only the edges its handle holds", () => {
    const d = { x: 10, y: 20 };
    const got = Object.fromEntries(
      HANDLES.map((h): [Handle, unknown] => [h, resizedRect(area, h, d, imagemap).rect]),
    );
    expect(got).toEqual({
      "top-left": { x: 110, y: 120, width: 190, height: 80 },
      top: { x: 100, y: 120, width: 200, height: 80 },
      "top-right": { x: 100, y: 120, width: 210, height: 80 },
      right: { x: 100, y: 100, width: 210, height: 100 },
      "bottom-right": { x: 100, y: 100, width: 210, height: 120 },
      bottom: { x: 100, y: 100, width: 200, height: 120 },
      "bottom-left": { x: 110, y: 100, width: 190, height: 120 },
      left: { x: 110, y: 100, width: 190, height: 100 },
    });
  });

  it("keeps at least 1 unit: an edge stops short of the opposite one", () => {
    expect(resizedRect(area, "left", { x: 900, y: 0 }, imagemap).rect).toEqual({
      ...area,
      x: 299,
      width: 1,
    });
    expect(resizedRect(area, "bottom", { x: 0, y: -900 }, imagemap).rect).toEqual({
      ...area,
      height: 1,
    });
  });

  it("stops at the image's border", () => {
    expect(resizedRect(area, "bottom-right", { x: 5000, y: 5000 }, imagemap).rect).toEqual({
      x: 100,
      y: 100,
      width: 940,
      height: 600,
    });
    expect(resizedRect(area, "top-left", { x: -5000, y: -5000 }, imagemap).rect).toEqual({
      x: 0,
      y: 0,
      width: 300,
      height: 200,
    });
  });

  it("snaps the moving edge", () => {
    const lines = snapLines(menu, [{ x: 1250, y: 0, width: 1250, height: 843 }]);
    const tolerance = snapTolerance(scaleOf({ width: 500, height: 168.6 }, menu));
    // 30 units is 6 px at a fifth of a pixel per unit: it snaps; 31 does not.
    expect(resizedRect(area, "right", { x: 920, y: 0 }, menu, lines, tolerance)).toEqual({
      rect: { ...area, width: 1150 },
      snapped: { x: 1250 },
    });
    expect(resizedRect(area, "right", { x: 919, y: 0 }, menu, lines, tolerance).snapped).toEqual(
      {},
    );
    // The bottom edge comes to 820, 23 units from the menu's bottom edge.
    expect(resizedRect(area, "bottom", { x: 0, y: 620 }, menu, lines, tolerance)).toEqual({
      rect: { ...area, height: 743 },
      snapped: { y: 843 },
    });
  });
});

describe("keyboard nudges", () => {
  const area = { x: 100, y: 100, width: 200, height: 100 };

  it("moves by 1, or 10 with Shift, and stays inside", () => {
    expect(arrowDelta("ArrowLeft", false)).toEqual({ x: -1, y: 0 });
    expect(arrowDelta("ArrowDown", true)).toEqual({ x: 0, y: NUDGE_FAST });
    expect(nudgedRect(area, "ArrowRight", true, imagemap)).toEqual({ ...area, x: 110 });
    expect(nudgedRect({ ...area, y: 0 }, "ArrowUp", false, imagemap)).toEqual({ ...area, y: 0 });
  });

  it("moves a handle's edges", () => {
    expect(nudgedHandle(area, "bottom-right", "ArrowUp", true, imagemap)).toEqual({
      ...area,
      height: 90,
    });
    expect(nudgedHandle(area, "left", "ArrowLeft", false, imagemap)).toEqual({
      ...area,
      x: 99,
      width: 201,
    });
  });
});

describe("whatever the pointer does", () => {
  it("every result is whole units inside the image", () => {
    const sizes = [imagemap, menu];
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed / 2147483647) * 6000 - 3000;
    };
    for (let i = 0; i < 300; i++) {
      const size = sizes[i % 2]!;
      const lines = snapLines(size, [
        clampRect({ x: random(), y: random(), width: random(), height: random() }, size),
      ]);
      const rect = clampRect({ x: random(), y: random(), width: random(), height: random() }, size);
      const delta = { x: random(), y: random() };
      const tolerance = { x: Math.abs(random()) / 100, y: Math.abs(random()) / 100 };
      expectInside(
        drawnRect({ x: random(), y: random() }, delta, size, lines, tolerance).rect,
        size,
      );
      expectInside(movedRect(rect, delta, size, lines, tolerance).rect, size);
      expectInside(resizedRect(rect, HANDLES[i % 8]!, delta, size, lines, tolerance).rect, size);
    }
  });
});
