import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { GALLERY, renderSample } from "../../../packages/simulator/src/samples/gallery/index.js";
import { flexMessage, vbox } from "../../helpers.js";
import {
  bubbleText,
  heldMessage,
  jsxHash,
  linkRan,
  linkSource,
  messageHash,
  replaceEditorText,
  settleCompiles,
  useWorkbench,
} from "../support/workbench-page.js";

/** The workbench of the running simulator (`npm start`), driven in real Chromium. */
const workbench = useWorkbench();
const openPage = workbench.open;
const link = messageHash;

describe("workbench: JSON editor, preview and issues", () => {
  it("an edit redraws the preview and re-checks it; an issue leads to its place", async () => {
    const { page, context, errors } = await openPage();
    const broken = flexMessage(
      vbox({ type: "text", text: "Edited here" }, { type: "text", text: "Too big", size: "huge" }),
    );
    await replaceEditorText(page, "json", JSON.stringify(broken, null, 2));
    await expect.poll(() => bubbleText(page, "Edited here").count()).toBe(1);
    const issue = page.locator('[data-issue][data-rule="FLEX-VAL"]');
    await expect.poll(() => issue.count()).toBe(1);
    expect(await issue.getAttribute("data-property")).toBe("contents.body.contents[1].size");
    expect(await issue.textContent()).toContain('got "huge"');

    // Click: the editor selects the value, the preview outlines the component.
    await issue.locator("button").click();
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString()))
      .toBe('"huge"');
    const outlined = page.locator("[data-issue-outline]");
    expect(await outlined.getAttribute("data-issue-outline")).toBe(
      "contents.body.contents[1].size",
    );
    expect(await outlined.textContent()).toBe("Too big");
    expect(await page.locator("[data-code-editor=json] .cm-lintRange-error").count()).toBe(1);

    // Fixing it clears the issue.
    await replaceEditorText(
      page,
      "json",
      JSON.stringify(flexMessage(vbox({ type: "text", text: "Fine" }))),
    );
    await expect.poll(() => page.locator("[data-issue]").count()).toBe(0);
    expect(await bubbleText(page, "Fine").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the last good drawing while the JSON does not parse", async () => {
    const { page, context } = await openPage(
      link(flexMessage(vbox({ type: "text", text: "Still here" }))),
    );
    await expect.poll(() => bubbleText(page, "Still here").count()).toBe(1);
    await replaceEditorText(page, "json", '{"type": "flex",\n "altText": }');
    await expect.poll(() => page.locator("[data-json-error]").count()).toBe(1);
    expect(await bubbleText(page, "Still here").count()).toBe(1);
    // The place is named and marked in the editor, like the validators' issues.
    expect(await page.locator("[data-json-error]").textContent()).toContain("line 2, column 13");
    const marker = page.locator("[data-code-editor=json] .cm-lintRange-error");
    await expect.poll(() => marker.count()).toBe(1);
    expect(await marker.textContent()).toBe("}");
    await context.close();
  });

  it("pasted LINE JSON of any shape draws: a list, a bare carousel, a push body", async () => {
    const { page, context } = await openPage();
    const text = (value: string) => ({ type: "text", text: value });
    const shapes = [
      [text("list one"), text("list two")],
      {
        type: "carousel",
        contents: [{ type: "bubble", body: vbox(text("bare carousel")) }],
      },
      { to: `U${"0".repeat(32)}`, messages: [text("push body")] },
    ];
    for (const [index, shape] of shapes.entries()) {
      await replaceEditorText(page, "json", JSON.stringify(shape));
      const expected = ["list two", "bare carousel", "push body"][index]!;
      await expect.poll(() => page.locator("[data-chat]").getByText(expected).count()).toBe(1);
      expect(await page.locator('[data-issue][data-severity="error"]').count()).toBe(0);
    }
    await context.close();
  });

  it("opens the message of a #m= link in the editor", async () => {
    const message = flexMessage(vbox({ type: "text", text: "From the link" }), { size: "kilo" });
    const { page, context } = await openPage(link(message));
    await expect.poll(() => bubbleText(page, "From the link").count()).toBe(1);
    expect(await heldMessage(page)).toEqual(message);
    await context.close();
  });
});

describe("workbench: JSON ⇄ JSX", () => {
  const samples = GALLERY.filter((sample) =>
    ["shopping-carousel", "hotel", "buttons-template", "quick-reply-conversation"].includes(
      sample.id,
    ),
  );

  it.each(samples.map((sample) => [sample.id, sample] as const))(
    "%s: JSON → JSX → edit → JSON gives back the same message",
    async (_id, sample) => {
      const { message } = renderSample(sample);
      const { page, context, errors } = await openPage(link(message));
      await page.locator('[data-tab="jsx"]').click();
      const jsx = page.locator('[data-code-editor="jsx"] .cm-content');
      await expect.poll(() => jsx.textContent()).toContain("@flexkit/flex-jsx");
      // An edit that changes nothing in the message, so the JSX is compiled and rendered again.
      await jsx.click();
      await page.keyboard.press("ControlOrMeta+End");
      await page.keyboard.insertText("\n// touched\n");
      await page.locator('[data-tab="json"]').click();
      await expect
        .poll(() => page.locator('[data-tab="json"]').getAttribute("aria-pressed"))
        .toBe("true");
      expect(await heldMessage(page)).toEqual(message);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("on the JSX tab, an issue selects the element that produced it", async () => {
    const { page, context } = await openPage();
    await page.locator('[data-tab="jsx"]').click();
    await replaceEditorText(
      page,
      "jsx",
      [
        'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
        "export default (",
        '  <FlexMessage altText="x"><Bubble><Body><Box layout="vertical">',
        "    <Text>fine</Text>",
        '    <Text size="huge">too big</Text>',
        "  </Box></Body></Bubble></FlexMessage>",
        ");",
      ].join("\n"),
    );
    const issue = page.locator('[data-issue][data-property="contents.body.contents[1].size"]');
    await expect.poll(() => issue.count()).toBe(1);
    await issue.locator("button").click();
    await expect
      .poll(() => page.evaluate(() => document.getSelection()?.toString()))
      .toBe('<Text size="huge">');
    expect(await page.locator("[data-issue-outline]").textContent()).toBe("too big");
    await context.close();
  });

  it("calls a default-exported function with the file's previewProps, as flexkit build and dev do", async () => {
    const { page, context, errors } = await openPage();
    await page.locator('[data-tab="jsx"]').click();
    await replaceEditorText(
      page,
      "jsx",
      [
        'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
        'export const previewProps = { name: "Ada" };',
        "export default ({ name }: { name: string }) => (",
        '  <FlexMessage altText="Hi"><Bubble><Body><Box layout="vertical">',
        "    <Text>{name}</Text>",
        "  </Box></Body></Bubble></FlexMessage>",
        ");",
      ].join("\n"),
    );
    await settleCompiles(page);
    expect(await page.locator("[data-jsx-error]").allTextContents()).toEqual([]);
    await expect.poll(() => bubbleText(page, "Ada").count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a JSX compile error says its line and column, and keeps the last drawing", async () => {
    const { page, context } = await openPage(
      link(flexMessage(vbox({ type: "text", text: "Kept" }))),
    );
    await page.locator('[data-tab="jsx"]').click();
    await replaceEditorText(
      page,
      "jsx",
      'import { Text } from "@flexkit/flex-jsx";\n\nexport default <Text>oops</Txet>;\n',
    );
    const error = page.locator("[data-jsx-error]");
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toMatchInlineSnapshot(
      `"Expected corresponding JSX closing tag for <Text>. (line 3, column 26)"`,
    );
    expect(await bubbleText(page, "Kept").count()).toBe(1);
    await context.close();
  });
});

describe("workbench: links that carry code", () => {
  const source = linkSource();

  it("a #jsx= link shows the code but runs nothing until Run code", async () => {
    const { page, context, errors } = await openPage(jsxHash(source));
    await expect
      .poll(() => page.locator('[data-code-editor="jsx"] .cm-content').textContent())
      .toContain("The code ran");
    expect(await page.locator("[data-run-gate]").isVisible()).toBe(true);
    // Give a compile every chance to have happened.
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    expect(await bubbleText(page, "The code ran").count()).toBe(0);

    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "The code ran").count()).toBe(1);
    expect(await linkRan(page)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a #jsx= link followed inside the open page does not run either", async () => {
    const { page, context } = await openPage();
    await page.evaluate((hash) => {
      window.location.hash = hash;
    }, jsxHash(source).slice(1));
    await expect.poll(() => page.locator("[data-run-gate]").count()).toBe(1);
    await settleCompiles(page);
    expect(await linkRan(page)).toBeUndefined();
    await page.locator('[data-action="run-code"]').click();
    await expect.poll(() => bubbleText(page, "The code ran").count()).toBe(1);
    await context.close();
  });

  it("Share on the JSX tab gives a #jsx= link, on the JSON tab a #m= link that opens the same message", async () => {
    const message = flexMessage(vbox({ type: "text", text: "Shared" }));
    const { page, context } = await openPage(link(message));
    await page.locator('[data-action="share"]').click();
    const shared = await page.locator("[data-share-link]").inputValue();
    expect(shared).toMatch(/#m=/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);
    const other = await context.newPage();
    await other.goto(shared);
    await expect.poll(() => bubbleText(other, "Shared").count()).toBe(1);
    expect(await heldMessage(other)).toEqual(message);

    await page.locator('[data-tab="jsx"]').click();
    await page.locator('[data-action="share"]').click();
    await expect.poll(() => page.locator("[data-share-link]").inputValue()).toMatch(/#jsx=/);
    await context.close();
  });
});

describe("workbench: undo, autosave, starters, gallery", () => {
  it("Undo after an edit restores the previous message; Redo brings the edit back", async () => {
    const before = flexMessage(vbox({ type: "text", text: "Before" }));
    const { page, context } = await openPage(link(before));
    await replaceEditorText(
      page,
      "json",
      JSON.stringify(flexMessage(vbox({ type: "text", text: "After" }))),
    );
    await expect.poll(() => bubbleText(page, "After").count()).toBe(1);
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => bubbleText(page, "Before").count()).toBe(1);
    expect(await heldMessage(page)).toEqual(before);
    await page.locator('[data-action="redo"]').click();
    await expect.poll(() => bubbleText(page, "After").count()).toBe(1);
    await context.close();
  });

  it("Undo also steps back over a tab switch's conversion", async () => {
    const before = flexMessage(vbox({ type: "text", text: "Original" }));
    const { page, context } = await openPage(link(before));
    await page.locator('[data-tab="jsx"]').click();
    const jsx = page.locator('[data-code-editor="jsx"] .cm-content');
    await expect.poll(() => jsx.textContent()).toContain("Original");
    await replaceEditorText(
      page,
      "jsx",
      'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";\nexport default <FlexMessage altText="x"><Bubble><Body><Box layout="vertical"><Text>From JSX</Text></Box></Body></Bubble></FlexMessage>;\n',
    );
    await page.locator('[data-tab="json"]').click();
    await expect.poll(() => bubbleText(page, "From JSX").count()).toBe(1);
    await page.locator('[data-action="undo"]').click();
    await expect.poll(() => bubbleText(page, "Original").count()).toBe(1);
    expect(await heldMessage(page)).toEqual(before);
    await context.close();
  });

  it("autosave: an edit survives a reload (without a #m= link)", async () => {
    const { page, context } = await openPage();
    const edited = flexMessage(vbox({ type: "text", text: "Saved for later" }));
    await replaceEditorText(page, "json", JSON.stringify(edited));
    await expect.poll(() => bubbleText(page, "Saved for later").count()).toBe(1);
    await page.reload();
    await expect.poll(() => bubbleText(page, "Saved for later").count()).toBe(1);
    expect(await heldMessage(page)).toEqual(edited);
    // A link wins over the autosave.
    await page.goto(
      `${workbench.url()}${link(flexMessage(vbox({ type: "text", text: "Linked" })))}`,
    );
    await expect.poll(() => bubbleText(page, "Linked").count()).toBe(1);
    await context.close();
  });

  it("New starters open a valid bubble, carousel, imagemap, template and rich menu", async () => {
    const { page, context } = await openPage();
    for (const [kind, drawn] of [
      ["carousel", '[data-flex="carousel"]'],
      ["bubble", '[data-flex="bubble"]'],
      ["imagemap", '[data-message="imagemap"]'],
      ["template", "[data-template]"],
      ["rich menu", "[data-rich-menu]"],
    ] as const) {
      await page.locator('[data-action="new"]').selectOption(kind);
      await expect.poll(() => page.locator(`[data-chat] ${drawn}`).count()).toBeGreaterThan(0);
      expect(await page.locator("[data-issue]").allTextContents()).toEqual([]);
    }
    await context.close();
  });

  it("the gallery is searchable and opens a sample in the editor", async () => {
    const { page, context } = await openPage();
    await page.locator('[data-action="gallery"]').click();
    await page.locator("[data-gallery-search]").fill("ticket");
    const found = page.locator("[data-gallery] [data-sample]");
    await expect.poll(() => found.count()).toBe(1);
    await found.click();
    const ticket = GALLERY.find((sample) => sample.id === "ticket")!;
    expect(await heldMessage(page)).toEqual(renderSample(ticket).message);
    await context.close();
  });
});

describe("workbench: copy and download", () => {
  it("copies compact JSON and JSX, and downloads message.json", async () => {
    const message = flexMessage(vbox({ type: "text", text: "Copied" }));
    const { page, context } = await openPage(link(message));
    await page.locator('[data-action="copy-json"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(JSON.stringify(message));
    await page.locator('[data-action="copy-jsx"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toContain("<Text>Copied</Text>");
    const download = page.waitForEvent("download");
    await page.locator('[data-action="download"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("message.json");
    expect(JSON.parse(await readFile(await file.path(), "utf8"))).toEqual(message);
    await context.close();
  });
});

describe("workbench: PNG export", () => {
  async function exported(page: Page): Promise<PNG> {
    const download = page.waitForEvent("download");
    await page.locator('[data-action="export-png"]').click();
    const file = await (await download).path();
    return PNG.sync.read(await readFile(file));
  }

  function distinctColours(png: PNG): number {
    const seen = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4) seen.add(png.data.readUInt32BE(i));
    return seen.size;
  }

  it("a single message at 2× is twice its CSS size and not blank; wallpaper is optional", async () => {
    const message = flexMessage(
      vbox({ type: "text", text: "Export me", size: "xl", weight: "bold", color: "#06c755" }),
    );
    const { page, context, errors } = await openPage(link(message));
    await expect.poll(() => bubbleText(page, "Export me").count()).toBe(1);
    const box = await page.locator("[data-chat] [data-message-row]").first().boundingBox();
    await page.locator("[data-export-target]").selectOption("0");
    await page.locator("[data-export-scale]").selectOption("2");
    const withWallpaper = await exported(page);
    expect(withWallpaper.width).toBeCloseTo(2 * box!.width, -1);
    expect(withWallpaper.height).toBeCloseTo(2 * box!.height, -1);
    expect(distinctColours(withWallpaper)).toBeGreaterThan(20);
    // Top-left corner: the chat's wallpaper (#849ebf), opaque.
    expect([...withWallpaper.data.subarray(0, 4)]).toEqual([0x84, 0x9e, 0xbf, 255]);

    await page.locator("[data-export-wallpaper]").uncheck();
    await page.locator("[data-export-scale]").selectOption("1");
    const bare = await exported(page);
    expect(bare.width).toBeCloseTo(box!.width, -1);
    expect(bare.data[3]).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the rich menu as drawn: its picture and chat bar, at the chat's width", async () => {
    const { page, context, errors } = await openPage();
    await page.locator('[data-action="new"]').selectOption("rich menu");
    const view = page.locator("[data-chat] [data-rich-menu-view]");
    await expect.poll(() => view.count()).toBe(1);
    const box = await view.boundingBox();
    await page.locator("[data-export-target]").selectOption("rich-menu");
    await page.locator("[data-export-scale]").selectOption("1");
    const download = page.waitForEvent("download");
    await page.locator('[data-action="export-png"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("rich-menu@1x.png");
    const png = PNG.sync.read(await readFile(await file.path()));
    expect(png.width).toBeCloseTo(box!.width, -1);
    expect(png.height).toBeCloseTo(box!.height, -1);
    expect(distinctColours(png)).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("images from other hosts are fetched through the simulator's /api/image proxy", async () => {
    const foreign = "https://flexkit-test.invalid/hero.png";
    const message = {
      type: "flex",
      altText: "With a hero",
      contents: {
        type: "bubble",
        hero: { type: "image", url: foreign, size: "full" },
        body: vbox({ type: "text", text: "Hero below" }),
      },
    };
    const { page, context } = await openPage(link(message));
    // Never the internet: the page's own request for the image fails here (a .invalid host).
    await context.route(
      (url) => url.hostname !== "127.0.0.1",
      (route) => route.abort(),
    );
    await expect.poll(() => bubbleText(page, "Hero below").count()).toBe(1);
    const asked: string[] = [];
    page.on("request", (request) => asked.push(request.url()));
    await page.locator("[data-export-target]").selectOption("0");
    const png = await exported(page);
    expect(asked).toContain(`${workbench.url()}api/image?url=${encodeURIComponent(foreign)}`);
    // The export still finishes without the image (the proxy refuses what it cannot fetch).
    expect(png.width).toBeGreaterThan(0);
    // The page's own picture (the image area's background) points at the host again afterwards.
    expect(
      await page
        .locator('[data-chat] [data-flex="image"] [data-image-area]')
        .evaluate((area: HTMLElement) => area.style.backgroundImage),
    ).toBe(`url("${foreign}")`);
    await context.close();
  });

  it("the whole chat at 3×", async () => {
    const { page, context } = await openPage();
    const box = await page.locator("[data-chat]").boundingBox();
    await page.locator("[data-export-scale]").selectOption("3");
    const png = await exported(page);
    expect(png.width).toBeCloseTo(3 * box!.width, -1);
    expect(png.height).toBeCloseTo(3 * box!.height, -1);
    expect(distinctColours(png)).toBeGreaterThan(20);
    await context.close();
  });
});
