/** @jsxImportSource react */
import type { Obj } from "@flexkit/draw";
import { validateRichMenu } from "@flexkit/validators";
import { useState } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { page, userEvent } from "vitest/browser";
import { AreaEditor } from "../../../packages/simulator/src/app/workbench/visual/area-editor.js";

/**
 * The area editor in real Chromium, driven by Playwright's mouse and keyboard: areas drawn,
 * moved and resized by dragging land on the exact whole units expected, edges snap within a few
 * screen pixels, and every gesture is one onChange with a new value (the value given is frozen,
 * so a mutation would throw).
 */
let root: Root | undefined;
let host: HTMLElement | undefined;

interface Log {
  changes: Obj[];
  selects: Array<number | undefined>;
  value: () => Obj;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The editor in a `width`-px column at the page's top-left corner, keeping its own state. */
function mount(initial: Obj, width: number): { view: HTMLElement; log: Log } {
  const log: Log = { changes: [], selects: [], value: () => log.changes.at(-1) ?? initial };
  function Harness() {
    const [value, setValue] = useState<Obj>(deepFreeze(initial));
    const [selected, setSelected] = useState<number>();
    return (
      <AreaEditor
        value={value}
        selected={selected}
        onChange={(next) => {
          log.changes.push(deepFreeze(next));
          setValue(next);
        }}
        onSelect={(index) => {
          log.selects.push(index);
          setSelected(index);
        }}
      />
    );
  }
  host = document.createElement("div");
  host.style.cssText = `position: fixed; left: 0; top: 0; width: ${width}px; font-family: sans-serif;`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(<Harness />));
  return { view: host, log };
}

// Vitest draws the test page's iframe 1:1 only when it fits its window (see device-pixels.ts):
// scaled, the mouse lands a fraction of a pixel off.
beforeAll(() => page.viewport(400, 500));

afterEach(() => {
  root?.unmount();
  host?.remove();
});

function one(view: ParentNode, selector: string): HTMLElement {
  const element = view.querySelector<HTMLElement>(selector);
  if (element === null) throw new Error(`nothing matches ${selector}`);
  return element;
}

const canvasOf = (view: HTMLElement) => one(view, "[data-area-canvas]");

/** Drags with the mouse from one point of the canvas to another (CSS px from its corner). */
async function dragOnCanvas(view: HTMLElement, from: [number, number], to: [number, number]) {
  const canvas = canvasOf(view);
  await userEvent.dragAndDrop(canvas, canvas, {
    sourcePosition: { x: from[0], y: from[1] },
    targetPosition: { x: to[0], y: to[1] },
  });
}

/**
 * Drags `element` (from its centre) by `by` CSS px; `outside` when that ends off the canvas,
 * where Playwright's check that the canvas receives the drop cannot pass.
 */
async function dragBy(
  view: HTMLElement,
  element: HTMLElement,
  by: [number, number],
  outside = false,
) {
  const canvas = canvasOf(view).getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const centre = { x: box.width / 2, y: box.height / 2 };
  await userEvent.dragAndDrop(element, canvasOf(view), {
    // Playwright's positions start inside the border.
    sourcePosition: { x: centre.x - element.clientLeft, y: centre.y - element.clientTop },
    targetPosition: {
      x: box.left - canvas.left + centre.x + by[0],
      y: box.top - canvas.top + centre.y + by[1],
    },
    force: outside,
  });
}

const areasOf = (value: Obj) => (value.actions as Array<{ area: unknown }>).map((a) => a.area);
const boundsOf = (value: Obj) => (value.areas as Array<{ bounds: unknown }>).map((a) => a.bounds);

describe("imagemap areas", () => {
  /** 1040 × 700 drawn 260 px wide: every CSS pixel is 4 baseSize units; snapping reaches 24. */
  const imagemap = {
    type: "imagemap",
    baseUrl: "https://example.com/maps/shop",
    altText: "Shop",
    baseSize: { width: 1040, height: 700 },
    actions: [],
  };

  it("draws two areas by dragging and gets their exact integer areas", async () => {
    const { view, log } = mount(imagemap, 260);
    const canvas = canvasOf(view);
    expect(canvas.getBoundingClientRect().width).toBe(260);
    expect(canvas.getBoundingClientRect().height).toBe(175);
    expect(canvas.getAttribute("aria-label")).toBe("imagemap areas, 1040 × 700");
    // Tests are offline: {baseUrl}/1040 fails and the neutral canvas of baseSize shows.
    await expect
      .poll(() => view.querySelector("[data-area-no-image]")?.textContent)
      .toBe("image not loaded: 1040 × 700");
    expect(one(view, "[data-area-image]").getAttribute("src")).toBe(
      "https://example.com/maps/shop/1040",
    );

    await dragOnCanvas(view, [10, 10], [110, 110]);
    // Dragged up and left: the two corners in either order.
    await dragOnCanvas(view, [250, 165], [150, 20]);

    expect(log.changes).toHaveLength(2);
    expect(log.value().actions).toEqual([
      { type: "message", text: "Area 1", area: { x: 40, y: 40, width: 400, height: 400 } },
      { type: "message", text: "Area 2", area: { x: 600, y: 80, width: 400, height: 580 } },
    ]);
    expect(log.selects).toEqual([0, 1]);
    const second = one(view, "[data-area-index='1']");
    expect(document.activeElement).toBe(second);
    expect(second.getAttribute("aria-label")).toBe('area 2: message "Area 2"');
    expect(second.getAttribute("aria-pressed")).toBe("true");
    expect(one(view, "[data-area-index='0']").getAttribute("aria-pressed")).toBe("false");
    expect(
      [...view.querySelectorAll("[data-area-handle]")].map((h) => h.getAttribute("aria-label")),
    ).toEqual([
      "resize top-left",
      "resize top",
      "resize top-right",
      "resize right",
      "resize bottom-right",
      "resize bottom",
      "resize bottom-left",
      "resize left",
    ]);
  });

  it("moves and resizes an area, its edges snapping to other areas' and the image's", async () => {
    const { view, log } = mount(
      {
        ...imagemap,
        actions: [
          { type: "message", text: "A", area: { x: 40, y: 40, width: 400, height: 400 } },
          {
            type: "uri",
            linkUri: "https://example.com",
            area: { x: 600, y: 80, width: 400, height: 580 },
          },
        ],
      },
      260,
    );
    // Left by 37 px (148 units) and down by 1 (4): the left edge comes to 452, 12 units (3 px)
    // from the first area's right edge at 440, and snaps to it.
    await dragBy(view, one(view, "[data-area-index='1']"), [-37, 1]);
    expect(areasOf(log.value())[1]).toEqual({ x: 440, y: 84, width: 400, height: 580 });
    expect(log.selects).toEqual([1]);

    // The first area's bottom-right corner by (10, 63) px: its right edge to 480, 40 units from
    // the nearest edge (no snap), its bottom to 692, 8 units from the image's bottom: snapped.
    await userEvent.click(one(view, "[data-area-index='0']"));
    expect(log.changes).toHaveLength(1);
    await dragBy(view, one(view, "[data-area-handle='bottom-right']"), [10, 63]);
    expect(areasOf(log.value())).toEqual([
      { x: 40, y: 40, width: 440, height: 660 },
      { x: 440, y: 84, width: 400, height: 580 },
    ]);
    expect(log.changes).toHaveLength(2);

    // With Alt held nothing snaps: down by 4 px (16 units) brings the bottom edge to 680, 20
    // units from the image's bottom, where it would snap without Alt.
    await userEvent.keyboard("{Alt>}");
    await dragBy(view, one(view, "[data-area-index='1']"), [0, 4]);
    await userEvent.keyboard("{/Alt}");
    expect(areasOf(log.value())[1]).toEqual({ x: 440, y: 100, width: 400, height: 580 });
    expect(log.changes).toHaveLength(3);

    // Dragged out of the image, an area stops at its border, keeping its size.
    await dragBy(view, one(view, "[data-area-index='1']"), [100, 100], true);
    expect(areasOf(log.value())[1]).toEqual({ x: 640, y: 120, width: 400, height: 580 });
    expect(log.changes).toHaveLength(4);
  });

  it("nudges the selected area with the arrows (Shift: 10), resizes from a handle, deletes", async () => {
    const { view, log } = mount(
      {
        ...imagemap,
        actions: [
          { type: "message", text: "A", area: { x: 20, y: 40, width: 400, height: 400 } },
          { type: "message", text: "B", area: { x: 600, y: 60, width: 400, height: 600 } },
        ],
      },
      260,
    );
    one(view, "[data-area-index='0']").focus();
    expect(log.selects).toEqual([0]);
    await userEvent.keyboard("{ArrowRight}{Shift>}{ArrowUp}{/Shift}");
    expect(areasOf(log.value())[0]).toEqual({ x: 21, y: 30, width: 400, height: 400 });
    // Already at the top: no change reported.
    await userEvent.keyboard("{Shift>}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{/Shift}");
    expect(areasOf(log.value())[0]).toEqual({ x: 21, y: 0, width: 400, height: 400 });
    expect(log.changes).toHaveLength(5);
    one(view, "[data-area-handle='right']").focus();
    await userEvent.keyboard("{ArrowLeft}");
    expect(areasOf(log.value())[0]).toEqual({ x: 21, y: 0, width: 399, height: 400 });
    one(view, "[data-area-index='1']").focus();
    await userEvent.keyboard("{Delete}");
    expect(areasOf(log.value())).toEqual([{ x: 21, y: 0, width: 399, height: 400 }]);
    expect(log.selects).toEqual([0, 1, undefined]);
    expect(log.changes).toHaveLength(7);
    // Escape unselects, and the focus stays in the editor.
    one(view, "[data-area-index='0']").focus();
    await userEvent.keyboard("{Escape}");
    expect(log.selects).toEqual([0, 1, undefined, 0, undefined]);
    expect(document.activeElement).toBe(canvasOf(view));
    expect(view.querySelector("[data-area-handle]")).toBeNull();
  });

  it("a click moves nothing (even near an edge it could snap to); off every area it unselects", async () => {
    const { view, log } = mount(
      {
        ...imagemap,
        actions: [{ type: "message", text: "A", area: { x: 20, y: 40, width: 400, height: 400 } }],
      },
      260,
    );
    await userEvent.click(one(view, "[data-area-index='0']"));
    await dragOnCanvas(view, [200, 150], [201, 151]);
    expect(log.changes.map((c) => c.actions)).toEqual([]);
    expect(log.selects).toEqual([0, undefined]);
  });
});

describe("rich menu areas", () => {
  /** 2500 × 843 drawn 250 px wide: every CSS pixel is 10 size units; snapping reaches 60. */
  const picture = `data:image/svg+xml,${encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" width="2500" height="843"><rect width="2500" height="843" fill="#334"/></svg>',
  )}`;
  const menu = {
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
    image: picture,
  };

  it("draws, moves and resizes in size units over the menu's picture", async () => {
    const { view, log } = mount(menu, 250);
    expect(canvasOf(view).getAttribute("aria-label")).toBe("rich menu areas, 2500 × 843");
    await expect.poll(() => one(view, "[data-area-image]").style.display).toBe("block");
    expect(view.querySelector("[data-area-no-image]")).toBeNull();
    expect(one(view, "[data-area-index='0']").getAttribute("aria-label")).toBe(
      'area 1: postback "a=1"',
    );

    await dragOnCanvas(view, [133, 7], [243, 77]);
    expect(log.value().areas).toEqual([
      menu.areas[0],
      {
        bounds: { x: 1330, y: 70, width: 1100, height: 700 },
        action: { type: "postback", data: "area=2" },
      },
    ]);

    // Left by 4 px (40 units): its left edge comes to 1290, 40 units from the first area's 1250.
    await dragBy(view, one(view, "[data-area-index='1']"), [-4, 0]);
    expect(boundsOf(log.value())[1]).toEqual({ x: 1250, y: 70, width: 1100, height: 700 });

    // Its top handle up by 4 px: the top edge comes to 30, 30 units from the menu's top.
    await dragBy(view, one(view, "[data-area-handle='top']"), [0, -4]);
    expect(boundsOf(log.value())[1]).toEqual({ x: 1250, y: 0, width: 1100, height: 770 });
    expect(log.changes).toHaveLength(3);
    // `image` is the simulator's key: LINE takes the picture in an upload of its own.
    const { image: _, ...sent } = log.value();
    expect(validateRichMenu(sent).issues).toEqual([]);
  });

  it("draws no 21st area: LINE takes at most 20 (RM-1)", async () => {
    const full = {
      ...menu,
      areas: Array.from({ length: 20 }, (_, i) => ({
        bounds: { x: i * 100, y: 0, width: 100, height: 100 },
        action: { type: "postback", data: `a=${i}` },
      })),
    };
    const { view, log } = mount(full, 250);
    await dragOnCanvas(view, [20, 30], [200, 80]);
    expect(log.changes).toEqual([]);
    expect(one(view, "[data-area-note]").textContent).toBe(
      "No more areas: LINE takes at most 20 (RM-1).",
    );
  });
});
