import {
  FLEX_COMPONENT_TYPES,
  formatPath,
  parsePath,
  validateAny,
  valueAt,
} from "@flexkit/validators";
import {
  FLEX_PLACEMENT,
  IN_ALT_CONTENT,
  IN_BASELINE_BOX,
  IN_BLOCK,
  IN_CAROUSEL,
  IN_FLEX_MESSAGE,
  IN_FLOW_BOX,
  IN_HERO,
  IN_TEXT,
} from "@flexkit/validators/flex-structure";
import { describe, expect, it } from "vitest";
import { STARTERS } from "../../../packages/simulator/src/app/workbench/starters.js";
import {
  addChild,
  canRemove,
  copyNode,
  dropNode,
  duplicateNode,
  moveNode,
  NOT_OFFERED,
  nearestNode,
  nodeName,
  paletteOf,
  pasteNode,
  removeNode,
  treeOf,
} from "../../../packages/simulator/src/app/workbench/visual/tree-model.js";
import { GALLERY, renderSample } from "../../../packages/simulator/src/samples/gallery/index.js";

const text = (value: string, more: Record<string, unknown> = {}) => ({
  type: "text",
  text: value,
  ...more,
});
const vbox = (...contents: unknown[]) => ({ type: "box", layout: "vertical", contents });
const flex = (contents: unknown) => ({ type: "flex", altText: "Order shipped", contents });

/** README's "Order shipped", more or less: a hero, a body with a baseline row, a footer. */
const ORDER = flex({
  type: "bubble",
  hero: { type: "image", url: "https://example.com/photos/parcel.jpg?w=1", size: "full" },
  body: vbox(
    text("Order shipped", { weight: "bold" }),
    {
      type: "box",
      layout: "baseline",
      contents: [{ type: "icon", url: "https://example.com/truck.png" }, text("Arrives Friday")],
    },
    text("Your parcel left our warehouse this morning and is on its way to you"),
  ),
  footer: vbox({ type: "button", action: { type: "uri", label: "Track", uri: "https://e.com" } }),
});

const outline = (value: unknown) =>
  treeOf(value).map((node) => `${"  ".repeat(node.level - 1)}${nodeName(node)} @${node.id}`);

/** The types a palette offers under the node `id`. */
const offered = (value: unknown, id: string) =>
  paletteOf(value, id).map((entry) => (entry.make() as { type: string }).type);

/** What the placement matrix allows in `place`, less what the palette never offers. */
const matrix = (place: number, types: readonly string[] = FLEX_COMPONENT_TYPES) =>
  types.filter(
    (type) =>
      ((FLEX_PLACEMENT as Record<string, number>)[type]! & place) !== 0 &&
      !NOT_OFFERED.includes(type),
  );

const sorted = (values: string[]) => [...new Set(values)].sort();

describe("treeOf: the nodes of any message", () => {
  it("lists a bubble's blocks and components with type, summary and level", () => {
    expect(outline(ORDER)).toMatchInlineSnapshot(`
      [
        "flex message "Order shipped" @",
        "  bubble @contents",
        "    image (hero) parcel.jpg @contents.hero",
        "    box (body) vertical @contents.body",
        "      text "Order shipped" @contents.body.contents[0]",
        "      box baseline @contents.body.contents[1]",
        "        icon truck.png @contents.body.contents[1].contents[0]",
        "        text "Arrives Friday" @contents.body.contents[1].contents[1]",
        "      text "Your parcel left our…" @contents.body.contents[2]",
        "    box (footer) vertical @contents.footer",
        "      button "Track" @contents.footer.contents[0]",
      ]
    `);
    // Each id is the validators' notation of the path.
    for (const node of treeOf(ORDER)) expect(node.id).toBe(formatPath(node.path));
  });

  it("walks a message once: the tree pane, the view, the outline and issue picking share it", () => {
    expect(treeOf(ORDER)).toBe(treeOf(ORDER));
    // An edit makes a new message, and so a new tree.
    const edited = structuredClone(ORDER);
    expect(treeOf(edited)).not.toBe(treeOf(ORDER));
    expect(treeOf(edited)).toEqual(treeOf(ORDER));
  });

  it("reads a list, a carousel, spans, a video hero, templates, an imagemap, quick replies", () => {
    const list = [
      {
        ...flex({
          type: "carousel",
          contents: [
            {
              type: "bubble",
              body: vbox({
                type: "text",
                contents: [
                  { type: "span", text: "Bold " },
                  { type: "span", text: "move" },
                ],
              }),
            },
          ],
        }),
        quickReply: {
          items: [{ type: "action", action: { type: "message", label: "Hi", text: "Hi" } }],
        },
      },
      {
        type: "template",
        altText: "Pick",
        template: {
          type: "carousel",
          columns: [
            {
              title: "One",
              text: "First",
              actions: [{ type: "postback", label: "Go", data: "a" }],
            },
          ],
        },
      },
      {
        type: "imagemap",
        baseUrl: "https://example.com/map",
        altText: "Map",
        baseSize: { width: 1040, height: 520 },
        actions: [
          { type: "uri", linkUri: "https://e.com", area: { x: 0, y: 0, width: 520, height: 520 } },
        ],
      },
      { type: "sticker", packageId: "446", stickerId: "1988" },
    ];
    expect(outline(list)).toMatchInlineSnapshot(`
      [
        "messages @",
        "  flex message "Order shipped" @[0]",
        "    carousel 1 bubble @[0].contents",
        "      bubble @[0].contents.contents[0]",
        "        box (body) vertical @[0].contents.contents[0].body",
        "          text "Bold move" @[0].contents.contents[0].body.contents[0]",
        "            span "Bold" @[0].contents.contents[0].body.contents[0].contents[0]",
        "            span "move" @[0].contents.contents[0].body.contents[0].contents[1]",
        "    quick reply 1 item @[0].quickReply",
        "      item message "Hi" @[0].quickReply.items[0]",
        "  template message "Pick" @[1]",
        "    carousel template 1 column @[1].template",
        "      column "One" @[1].template.columns[0]",
        "        action postback "Go" @[1].template.columns[0].actions[0]",
        "  imagemap message "Map" @[2]",
        "    area uri at 0,0 520×520 @[2].actions[0]",
        "  sticker message 446/1988 @[3]",
      ]
    `);
    const video = flex({
      type: "bubble",
      hero: {
        type: "video",
        url: "https://e.com/v.mp4",
        previewUrl: "https://e.com/p.png",
        altContent: { type: "image", url: "https://e.com/p.png" },
      },
    });
    expect(outline(video).slice(2)).toEqual([
      "    video (hero) v.mp4 @contents.hero",
      "      image (altContent) p.png @contents.hero.altContent",
    ]);
  });

  it("reads a rich menu, a set of them, and a push body", () => {
    expect(outline(STARTERS["rich menu"])).toMatchInlineSnapshot(`
      [
        "rich menu "New rich menu" @",
        "  area message "Shop" at 0,0 833×843 @areas[0]",
        "  area message "News" at 833,0 834×843 @areas[1]",
        "  area message "Help" at 1667,0 833×843 @areas[2]",
      ]
    `);
    expect(outline({ richMenus: { "tab-a": STARTERS["rich menu"] } }).slice(0, 3)).toEqual([
      "rich menus @",
      '  rich menu (tab-a) "New rich menu" @richMenus.tab-a',
      '    area message "Shop" at 0,0 833×843 @richMenus.tab-a.areas[0]',
    ]);
    // A set may carry the chat above its menus.
    expect(
      outline({ richMenus: { "tab-a": STARTERS["rich menu"] }, messages: [text("Hi")] }).slice(-1),
    ).toEqual(['  text message "Hi" @messages[0]']);
    expect(outline({ to: "U1", messages: [text("Hi")] })).toEqual([
      "request @",
      '  text message "Hi" @messages[0]',
    ]);
  });
});

describe("half-typed or odd JSON", () => {
  const odd: unknown[] = [
    null,
    42,
    "text",
    [],
    [null, 1],
    { type: "flex", contents: "oops" },
    { type: "bubble", body: [], hero: null },
    { type: "box", layout: 7, contents: {} },
    { type: "template", template: { type: "buttons", actions: "none" } },
    { richMenus: null },
  ];
  it.each(odd.map((value) => [JSON.stringify(value), value]))(
    "%s: a tree, and no edit of a node that is not there",
    (_, value) => {
      const nodes = treeOf(value);
      expect(nodes[0]?.id).toBe("");
      for (const node of nodes) {
        paletteOf(value, node.id);
        removeNode(value, node.id);
        duplicateNode(value, node.id);
        moveNode(value, node.id, 1);
      }
      expect(removeNode(value, "nowhere[3]")).toBeUndefined();
      expect(addChild(value, "nowhere", "text")).toBeUndefined();
      expect(dropNode(value, "nowhere", "")).toBeUndefined();
    },
  );
});

describe("nearestNode: where an issue's path or a stale selection leads", () => {
  it("is the node itself, else its nearest ancestor that is a node", () => {
    const nodes = treeOf(ORDER);
    expect(nearestNode(nodes, ["contents", "body", "contents", 1])?.type).toBe("box");
    expect(nearestNode(nodes, ["contents", "body", "contents", 2, "size"])?.summary).toMatch(
      /^"Your parcel/,
    );
    expect(nearestNode(nodes, ["contents", "body", "contents", 9])?.id).toBe("contents.body");
    expect(nearestNode(nodes, ["altText"])?.id).toBe("");
  });
});

describe("paletteOf: only what may go there, as the placement matrix says", () => {
  const bubbleOf = (extra: Record<string, unknown>) => flex({ type: "bubble", ...extra });
  const inBody = (component: unknown) => bubbleOf({ body: vbox(component) });

  it("a vertical or horizontal box offers what sits in a flow box", () => {
    for (const layout of ["vertical", "horizontal"]) {
      const value = inBody({ type: "box", layout, contents: [] });
      expect(sorted(offered(value, "contents.body.contents[0]"))).toEqual(
        sorted(matrix(IN_FLOW_BOX)),
      );
    }
    // The palette names its boxes by layout.
    expect(paletteOf(inBody(vbox()), "contents.body").map((entry) => entry.id)).toEqual([
      "text",
      "vertical box",
      "horizontal box",
      "baseline box",
      "image",
      "button",
      "separator",
    ]);
  });

  it("a baseline box offers icons and texts, no box, image or button", () => {
    const value = inBody({ type: "box", layout: "baseline", contents: [] });
    const types = sorted(offered(value, "contents.body.contents[0]"));
    expect(types).toEqual(sorted(matrix(IN_BASELINE_BOX)));
    expect(types).toEqual(["icon", "text"]);
  });

  it("a text offers spans only; a leaf offers nothing", () => {
    expect(offered(inBody(text("a")), "contents.body.contents[0]")).toEqual(matrix(IN_TEXT));
    expect(offered(inBody(text("a")), "contents.body.contents[0]")).toEqual(["span"]);
    expect(paletteOf(inBody({ type: "separator" }), "contents.body.contents[0]")).toEqual([]);
    expect(paletteOf(ORDER, "contents.hero")).toEqual([]);
  });

  it("no other component holds children: each leaf type offers nothing", () => {
    const leaves = FLEX_COMPONENT_TYPES.filter((type) => !["box", "text", "video"].includes(type));
    expect(leaves).toEqual(["button", "image", "icon", "span", "separator", "filler"]);
    for (const type of leaves)
      expect(paletteOf(inBody({ type }), "contents.body.contents[0]"), type).toEqual([]);
  });

  it("a bubble offers its missing blocks: a box for header, body and footer; the hero's kinds", () => {
    const empty = bubbleOf({});
    const entries = paletteOf(empty, "contents");
    expect(entries.map((entry) => entry.id)).toEqual([
      "header",
      "hero box",
      "hero image",
      "hero video",
      "body",
      "footer",
    ]);
    for (const block of ["header", "body", "footer"]) {
      const types = entries
        .filter((e) => e.slot === block)
        .map((e) => (e.make() as { type: string }).type);
      expect(types).toEqual(matrix(IN_BLOCK));
    }
    const hero = entries
      .filter((e) => e.slot === "hero")
      .map((e) => (e.make() as { type: string }).type);
    expect(sorted(hero)).toEqual(sorted(matrix(IN_HERO)));
    // Blocks already there are not offered again.
    expect(paletteOf(ORDER, "contents").map((entry) => entry.id)).toEqual(["header"]);
  });

  it("a carousel's bubble offers no video hero (FLEX-VID-3); a carousel offers bubbles", () => {
    const carousel = flex({ type: "carousel", contents: [{ type: "bubble" }] });
    expect(paletteOf(carousel, "contents.contents[0]").map((entry) => entry.id)).toEqual([
      "header",
      "hero box",
      "hero image",
      "body",
      "footer",
    ]);
    expect(offered(carousel, "contents")).toEqual(matrix(IN_CAROUSEL, ["bubble", "carousel"]));
    expect(offered(carousel, "contents")).toEqual(["bubble"]);
  });

  it("a flex message without contents offers a bubble or a carousel; a video its altContent", () => {
    const bare = { type: "flex", altText: "a" };
    expect(paletteOf(bare, "").map((entry) => entry.id)).toEqual([
      "bubble",
      "carousel",
      "quick reply",
    ]);
    expect(offered(bare, "").slice(0, 2)).toEqual(matrix(IN_FLEX_MESSAGE, ["bubble", "carousel"]));
    const video = flex({
      type: "bubble",
      hero: { type: "video", url: "https://e.com/v.mp4", previewUrl: "https://e.com/p.png" },
    });
    expect(sorted(offered(video, "contents.hero"))).toEqual(sorted(matrix(IN_ALT_CONTENT)));
  });

  it("non-Flex places offer their own kind, up to LINE's limits", () => {
    const ids = (value: unknown, id: string) => paletteOf(value, id).map((entry) => entry.id);
    expect(ids(STARTERS.imagemap, "")).toEqual(["area", "quick reply"]);
    expect(ids(STARTERS.template, "template")).toEqual(["action"]);
    expect(ids(STARTERS.bubble, "")).toEqual(["quick reply"]);
    expect(ids([text("a")], "")).toEqual(["text message"]);
    expect(
      ids(
        Array.from({ length: 5 }, () => text("a")),
        "",
      ),
    ).toEqual([]);
    expect(ids(STARTERS["rich menu"], "")).toEqual(["area"]);
    const confirm = {
      type: "template",
      altText: "c",
      template: {
        type: "confirm",
        text: "Sure?",
        actions: [
          { type: "message", label: "Yes", text: "Yes" },
          { type: "message", label: "No", text: "No" },
        ],
      },
    };
    expect(ids(confirm, "template")).toEqual([]);
  });
});

/** Every message the workbench starts from: the starters and the gallery's samples. */
const SAMPLES: ReadonlyArray<readonly [string, unknown]> = [
  ...Object.entries(STARTERS).map(([kind, value]) => [`starter ${kind}`, value] as const),
  ...GALLERY.map((sample) => [sample.id, renderSample(sample).message] as const),
];

const errorsOf = (value: unknown) =>
  validateAny(value)
    .issues.filter((issue) => issue.severity === "error")
    .map((issue) => `${issue.property}: ${issue.message} [${issue.rule}]`);

describe("new nodes pass the validators", () => {
  it.each(Object.entries(STARTERS))(
    "everything the palette offers in the %s starter",
    (_, value) => {
      expect(errorsOf(value)).toEqual([]);
      for (const node of treeOf(value)) {
        for (const entry of paletteOf(value, node.id)) {
          const edit = addChild(value, node.id, entry.id);
          expect(edit, `${entry.id} under ${node.id}`).toBeDefined();
          expect(errorsOf(edit!.value), `${entry.id} under ${node.id}`).toEqual([]);
          // The new node is selected, and is what the entry made.
          expect(valueAt(edit!.value, parsePath(edit!.selected))).toEqual({
            found: true,
            value: entry.make(),
          });
        }
      }
    },
  );

  it("a new block goes where LINE lists it", () => {
    const edit = addChild(
      flex({ type: "bubble", body: vbox(), styles: {} }),
      "contents",
      "hero image",
    );
    expect(Object.keys((edit!.value as { contents: object }).contents)).toEqual([
      "type",
      "hero",
      "body",
      "styles",
    ]);
    expect(edit!.selected).toBe("contents.hero");
  });
});

describe("edits", () => {
  const body = "contents.body";
  const at = (value: unknown, id: string) => valueAt(value, parsePath(id));

  it("removes a node and selects the next, the previous, or the parent", () => {
    const first = removeNode(ORDER, `${body}.contents[0]`)!;
    expect(first.selected).toBe(`${body}.contents[0]`);
    expect(at(first.value, `${body}.contents[0]`)).toMatchObject({ value: { layout: "baseline" } });
    expect(removeNode(ORDER, `${body}.contents[2]`)!.selected).toBe(`${body}.contents[1]`);
    expect(removeNode(ORDER, "contents.footer.contents[0]")!.selected).toBe("contents.footer");
    // A block goes away whole.
    const noHero = removeNode(ORDER, "contents.hero")!;
    expect("hero" in (noHero.value as { contents: object }).contents).toBe(false);
    expect(noHero.selected).toBe("contents");
    // The original is never changed.
    expect(at(ORDER, "contents.hero").found).toBe(true);
  });

  it("refuses to remove what the parent needs", () => {
    expect(canRemove(ORDER, "")).toBe(false);
    expect(canRemove(ORDER, "contents")).toBe(false);
    expect(removeNode(ORDER, "contents")).toBeUndefined();
    const one = flex({ type: "carousel", contents: [{ type: "bubble" }] });
    expect(removeNode(one, "contents.contents[0]")).toBeUndefined();
    expect(removeNode([text("only")], "[0]")).toBeUndefined();
    expect(canRemove(STARTERS.template, "template.actions[0]")).toBe(true);
  });

  it("duplicates a node right after it, as a copy of its own", () => {
    const edit = duplicateNode(ORDER, `${body}.contents[1]`)!;
    expect(edit.selected).toBe(`${body}.contents[2]`);
    const copy = at(edit.value, `${body}.contents[2]`);
    expect(copy).toEqual(at(ORDER, `${body}.contents[1]`));
    expect(copy.found && copy.value).not.toBe(
      (at(ORDER, `${body}.contents[1]`) as { value: unknown }).value,
    );
    // A block is not in a list: there is no second hero.
    expect(duplicateNode(ORDER, "contents.hero")).toBeUndefined();
    // Nor past a limit: a confirm template has exactly two actions.
    const confirm = {
      type: "template",
      altText: "c",
      template: {
        type: "confirm",
        text: "?",
        actions: [
          { type: "message", label: "Y", text: "Y" },
          { type: "message", label: "N", text: "N" },
        ],
      },
    };
    expect(duplicateNode(confirm, "template.actions[0]")).toBeUndefined();
  });

  it("moves a node up and down within its list, never past its ends", () => {
    const down = moveNode(ORDER, `${body}.contents[0]`, 1)!;
    expect(down.selected).toBe(`${body}.contents[1]`);
    expect(at(down.value, `${body}.contents[1]`)).toEqual(at(ORDER, `${body}.contents[0]`));
    expect(moveNode(down.value, down.selected, -1)!.value).toEqual(ORDER);
    expect(moveNode(ORDER, `${body}.contents[0]`, -1)).toBeUndefined();
    expect(moveNode(ORDER, `${body}.contents[2]`, 1)).toBeUndefined();
    expect(moveNode(ORDER, "contents.hero", 1)).toBeUndefined();
  });

  it("copy and paste: after the selected node where its list takes it, else into it", () => {
    const clip = copyNode(ORDER, `${body}.contents[0]`)!;
    const after = pasteNode(ORDER, `${body}.contents[1]`, clip)!;
    expect(after.selected).toBe(`${body}.contents[2]`);
    expect(at(after.value, after.selected)).toEqual(at(ORDER, `${body}.contents[0]`));
    // A text pasted on the baseline box's icon goes after it; on the box itself, at its end.
    expect(pasteNode(ORDER, `${body}.contents[1].contents[0]`, clip)!.selected).toBe(
      `${body}.contents[1].contents[1]`,
    );
    expect(pasteNode(ORDER, `${body}.contents[1]`, clip)!.selected).toBe(`${body}.contents[2]`);
    expect(pasteNode(ORDER, body, clip)!.selected).toBe(`${body}.contents[3]`);
    // An icon goes only into a baseline box; a text nowhere under a text but as a span would.
    const icon = copyNode(ORDER, `${body}.contents[1].contents[0]`)!;
    expect(pasteNode(ORDER, `${body}.contents[0]`, icon)).toBeUndefined();
    expect(pasteNode(ORDER, "contents.footer", icon)).toBeUndefined();
    expect(pasteNode(ORDER, `${body}.contents[1].contents[1]`, icon)!.selected).toBe(
      `${body}.contents[1].contents[2]`,
    );
    // A hero image is a component too: into a box it fits, but not as the header.
    const image = copyNode(ORDER, "contents.hero")!;
    expect(pasteNode(ORDER, "contents.footer", image)!.selected).toBe(
      "contents.footer.contents[1]",
    );
    expect(copyNode(ORDER, "")).toBeUndefined();
  });

  it("drag and drop: moves within a list, into another box, never where it may not sit", () => {
    // Down the same list: the dropped node takes the place of the one it was dropped on.
    const down = dropNode(ORDER, `${body}.contents[0]`, `${body}.contents[2]`)!;
    expect(down.selected).toBe(`${body}.contents[2]`);
    expect(at(down.value, `${body}.contents[2]`)).toEqual(at(ORDER, `${body}.contents[0]`));
    expect(at(down.value, `${body}.contents[0]`)).toEqual(at(ORDER, `${body}.contents[1]`));
    // Into another box, before the node dropped on.
    const across = dropNode(ORDER, `${body}.contents[0]`, "contents.footer.contents[0]")!;
    expect(across.selected).toBe("contents.footer.contents[0]");
    expect(
      (at(across.value, body) as { value: { contents: unknown[] } }).value.contents,
    ).toHaveLength(2);
    // From a box into a box after it in the same list: the paths shift as the source leaves.
    const into = dropNode(ORDER, `${body}.contents[0]`, `${body}.contents[1].contents[1]`)!;
    expect(into.selected).toBe(`${body}.contents[0].contents[1]`);
    expect(at(into.value, into.selected)).toEqual(at(ORDER, `${body}.contents[0]`));
    // Out of a box into its parent's list.
    const out = dropNode(ORDER, `${body}.contents[1].contents[1]`, `${body}.contents[0]`)!;
    expect(out.selected).toBe(`${body}.contents[0]`);
    expect(at(out.value, `${body}.contents[2].contents`)).toMatchObject({
      value: [{ type: "icon" }],
    });
    // Refused: an icon out of its baseline box, a box into itself, a block into a box.
    expect(
      dropNode(ORDER, `${body}.contents[1].contents[0]`, `${body}.contents[0]`),
    ).toBeUndefined();
    expect(dropNode(ORDER, body, `${body}.contents[1]`)).toBeUndefined();
    expect(
      dropNode(ORDER, `${body}.contents[1]`, `${body}.contents[1].contents[0]`),
    ).toBeUndefined();
    expect(dropNode(ORDER, "contents.footer", `${body}.contents[0]`)).toBeDefined();
  });
});

describe("every starter and gallery sample opens in the tree and round-trips unchanged", () => {
  it.each(SAMPLES)("%s", (_, value) => {
    const before = JSON.stringify(value);
    const nodes = treeOf(value);
    expect(nodes.length).toBeGreaterThan(1);
    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
    for (const node of nodes) {
      // Each node is where its path says, and its id reads back as that path.
      expect(valueAt(value, node.path).found).toBe(true);
      expect(parsePath(node.id)).toEqual(node.path);
      expect(nodeName(node).startsWith(node.type)).toBe(true);
      // Edits and their inverses give the same JSON back, key order included.
      const copy = duplicateNode(value, node.id);
      if (copy !== undefined)
        expect(JSON.stringify(removeNode(copy.value, copy.selected)!.value)).toBe(before);
      const down = moveNode(value, node.id, 1);
      if (down !== undefined)
        expect(JSON.stringify(moveNode(down.value, down.selected, -1)!.value)).toBe(before);
    }
    expect(JSON.stringify(value)).toBe(before);
  });
});
