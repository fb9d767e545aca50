import { type RichMenu, validateAny, validateMessage, validateMessages } from "@flexkit/validators";
import { describe, expect, it } from "vitest";
import {
  GALLERY,
  type GallerySample,
  renderSample,
  searchGallery,
} from "../../../packages/simulator/src/samples/gallery/index.js";

/** A sample's JSON, as `flexkit build` renders its file: an array of elements is a list. */
const jsonOf = (sample: GallerySample): unknown => renderSample(sample).message;

/** A rich menu sample opens as `{ richMenus }`, validated as a set (menus and their aliases). */
const isRichMenuSet = (json: unknown): boolean =>
  typeof json === "object" && json !== null && "richMenus" in json;

/** Warnings a sample shows on purpose, by sample id. Anything else is a failure. */
const INTENDED_WARNINGS: Record<string, string[]> = {
  // The sample exists to show the two newest sizes, which older LINE apps draw as kilo.
  sizes: [
    'warning messages[0].contents.contents[0].size: "deca" needs LINE 13.6.0 (PC 7.17.0) or later; older clients show "kilo" [FLEX-BUB-5]',
    'warning messages[0].contents.contents[1].size: "deca" needs LINE 13.6.0 (PC 7.17.0) or later; older clients show "kilo" [FLEX-BUB-5]',
    'warning messages[0].contents.contents[2].size: "deca" needs LINE 13.6.0 (PC 7.17.0) or later; older clients show "kilo" [FLEX-BUB-5]',
    'warning messages[1].contents.size: "hecto" needs LINE 13.6.0 (PC 7.17.0) or later; older clients show "kilo" [FLEX-BUB-5]',
  ],
};

describe("the gallery", () => {
  it("has at least 20 samples with unique, URL-safe ids and a title", () => {
    expect(GALLERY.length).toBeGreaterThanOrEqual(20);
    const ids = GALLERY.map((sample) => sample.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sample of GALLERY) {
      expect(sample.id).toMatch(/^[a-z0-9-]+$/);
      expect(sample.title).not.toBe("");
    }
  });

  it.each(GALLERY.map((sample) => [sample.id, sample] as const))(
    "%s renders and passes every LINE rule",
    (id, sample) => {
      const json = jsonOf(sample);
      const result = isRichMenuSet(json)
        ? validateAny(json)
        : Array.isArray(json)
          ? validateMessages(json)
          : validateMessage(json);
      const lines = result.issues.map(
        (issue) => `${issue.severity} ${issue.property}: ${issue.message} [${issue.rule}]`,
      );
      expect(lines.filter((line) => line.startsWith("error"))).toEqual([]);
      expect(lines.filter((line) => line.startsWith("warning"))).toEqual(
        INTENDED_WARNINGS[id] ?? [],
      );
      expect(result.ok).toBe(true);
    },
  );

  it("has the rich menu samples issue 19 asks for, each a set the validators read as one", () => {
    const menus = GALLERY.filter((sample) => isRichMenuSet(jsonOf(sample))).flatMap((sample) =>
      Object.entries((jsonOf(sample) as { richMenus: Record<string, RichMenu> }).richMenus),
    );
    const sizes = menus.map(
      ([, menu]) => `${menu.size.width}x${menu.size.height}/${menu.areas.length}`,
    );
    expect(sizes).toContain("2500x1686/6");
    expect(sizes).toContain("2500x843/3");
    const actions = new Set(
      menus.flatMap(([, menu]) => menu.areas.map((area) => area.action.type)),
    );
    for (const type of ["richmenuswitch", "datetimepicker", "clipboard"])
      expect(actions).toContain(type);
    // The tab set: two menus whose switches name each other's aliases.
    const tabs = jsonOf(GALLERY.find((sample) => sample.id === "rich-menu-tabs")!) as {
      richMenus: Record<string, RichMenu>;
    };
    expect(Object.keys(tabs.richMenus)).toEqual(["tab-shop", "tab-account"]);
    expect(validateAny(tabs).issues).toEqual([]);
  });

  it("covers every message kind the issue asks for", () => {
    const kinds = new Set<string>();
    for (const sample of GALLERY) {
      const json = jsonOf(sample);
      if (isRichMenuSet(json)) continue;
      for (const message of (Array.isArray(json) ? json : [json]) as Array<
        Record<string, unknown>
      >) {
        const template = message.template as { type: string } | undefined;
        kinds.add(template === undefined ? String(message.type) : `template:${template.type}`);
        if (message.quickReply !== undefined) kinds.add("quickReply");
        const contents = message.contents as
          | { size?: string; contents?: Array<{ size?: string }>; hero?: { type: string } }
          | undefined;
        if (contents?.hero?.type === "video") kinds.add("video hero");
        const bubbles = contents === undefined ? [] : (contents.contents ?? [contents]);
        for (const bubble of bubbles) if (bubble.size !== undefined) kinds.add(bubble.size);
      }
    }
    for (const kind of [
      "flex",
      "imagemap",
      "template:buttons",
      "template:confirm",
      "template:carousel",
      "template:image_carousel",
      "quickReply",
      "video hero",
      "deca",
      "hecto",
    ])
      expect(kinds).toContain(kind);
  });

  it("only points at example.com images, so nothing real is ever fetched", () => {
    for (const sample of GALLERY) {
      const text = JSON.stringify(jsonOf(sample));
      for (const [url] of text.matchAll(/https?:\/\/[^"]+/g))
        expect(url).toMatch(/^https:\/\/example\.com\//);
    }
  });

  it("search matches every word against the id, title and tags", () => {
    expect(searchGallery("template carousel").map((sample) => sample.id)).toEqual([
      "carousel-template",
      "image-carousel-template",
    ]);
    expect(searchGallery("HECTO").map((sample) => sample.id)).toEqual(["sizes"]);
    expect(searchGallery("")).toHaveLength(GALLERY.length);
    expect(searchGallery("no such thing")).toEqual([]);
  });
});
