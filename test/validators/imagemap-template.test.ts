import { LIMITS, validateMessage } from "@flexkit/validators";
import { expect, it } from "vitest";
import {
  BASE,
  buttonsTemplate,
  carouselColumn,
  check,
  describeRule,
  FAMILY,
  https,
  imagemap,
  messageAction,
  ofRule,
} from "./rule-helpers.js";

const area = (x: number, y: number, width: number, height: number) => ({ x, y, width, height });
const half = BASE / 2;

describeRule("IMG-1", "baseUrl: https, ≤ 2000, no file extension", () => {
  it("passes an extension-less https URL", () => {
    expect(check(imagemap())).toEqual([]);
  });
  it("fails an http URL and one ending in .png", () => {
    expect(check(imagemap({ baseUrl: "http://example.com/map" }))).toMatchInlineSnapshot(`
      [
        "error baseUrl: expected an https:// URL, got "http://example.com/map" [IMG-1]",
      ]
    `);
    expect(check(imagemap({ baseUrl: https("map.png?v=2") }))).toMatchInlineSnapshot(`
      [
        "error baseUrl: expected a URL without a file extension (LINE appends /240, /300, /460, /700, /1040), got "https://example.com/map.png?v=2" [IMG-1]",
      ]
    `);
  });
});

describeRule("IMG-2", "altText: 1–1500", () => {
  it("passes at the limit", () => {
    expect(check(imagemap({ altText: "a".repeat(LIMITS.imagemapAltTextMax.value) }))).toEqual([]);
  });
  it("fails empty", () => {
    expect(check(imagemap({ altText: "" }))).toMatchInlineSnapshot(`
      [
        "error altText: expected at least 1 character (UTF-16 code units), got 0 (empty) [IMG-2]",
      ]
    `);
  });
});

describeRule("IMG-3", "baseSize.width is 1040", () => {
  it("passes 1040", () => {
    expect(check(imagemap({ baseSize: { width: BASE, height: BASE } }))).toEqual([]);
  });
  it("fails any other width", () => {
    expect(
      ofRule(validateMessage(imagemap({ baseSize: { width: half, height: half } })), "IMG-3"),
    ).toMatchInlineSnapshot(`
        [
          "error baseSize.width: expected 1040 (the base width is always 1040), got 520 (number) [IMG-3]",
        ]
      `);
  });
});

describeRule("IMG-4", "baseSize.height is an integer > 0", () => {
  it("passes a positive integer", () => {
    expect(check(imagemap({ baseSize: { width: BASE, height: BASE * 2 } }))).toEqual([]);
  });
  it("fails 0 and a fraction", () => {
    expect(check(imagemap({ baseSize: { width: BASE, height: 0 } }))).toMatchInlineSnapshot(`
      [
        "error baseSize.height: expected an integer > 0, got 0 (number) [IMG-4]",
      ]
    `);
    expect(check(imagemap({ baseSize: { width: BASE, height: 1.5 } }))).toMatchInlineSnapshot(`
      [
        "error baseSize.height: expected an integer > 0, got 1.5 (number) [IMG-4]",
      ]
    `);
  });
});

describeRule("IMG-5", "actions: 1–50 imagemap actions (uri, message, clipboard)", () => {
  const tap = (i: number) => ({ type: "message", text: `tap ${i}`, area: area(0, i, 1, 1) });
  it("passes 50 actions of each kind", () => {
    const actions = Array.from({ length: LIMITS.imagemapActionsMax.value }, (_, i) => tap(i));
    actions[1] = { type: "clipboard", clipboardText: "code", area: area(1, 1, 1, 1) } as never;
    expect(check(imagemap({ actions }))).toEqual([]);
  });
  it("fails 51 actions, none, and a postback", () => {
    const actions = Array.from({ length: LIMITS.imagemapActionsMax.value + 1 }, (_, i) => tap(i));
    expect(check(imagemap({ actions }))).toMatchInlineSnapshot(`
      [
        "error actions: expected at most 50 items, got 51 [IMG-5]",
      ]
    `);
    expect(check(imagemap({ actions: [] }))).toMatchInlineSnapshot(`
      [
        "error actions: expected at least 1 item, got 0 (empty) [IMG-5]",
      ]
    `);
    expect(
      check(imagemap({ actions: [{ type: "postback", data: "x", area: area(0, 0, 1, 1) }] })),
    ).toMatchInlineSnapshot(`
        [
          "error actions[0].type: expected an imagemap action type ("uri", "message" or "clipboard"), got "postback" [IMG-5]",
        ]
      `);
  });
});

describeRule("IMG-6", "video: originalContentUrl, previewImageUrl and area all required", () => {
  const video = {
    originalContentUrl: https("v.mp4"),
    previewImageUrl: https("p.jpg"),
    area: area(0, 0, BASE, half),
  };
  it("passes a complete video", () => {
    expect(check(imagemap({ video }))).toEqual([]);
  });
  it("fails a video without its preview", () => {
    const { previewImageUrl: _, ...partial } = video;
    expect(check(imagemap({ video: partial }))).toMatchInlineSnapshot(`
      [
        "error video.previewImageUrl: missing; expected an https:// URL [IMG-6]",
      ]
    `);
  });
});

describeRule("IMG-7", "video.externalLink: linkUri and label (≤ 30) both required", () => {
  const video = (externalLink: unknown) => ({
    originalContentUrl: https("v.mp4"),
    previewImageUrl: https("p.jpg"),
    area: area(0, 0, BASE, half),
    externalLink,
  });
  it("passes both", () => {
    expect(check(imagemap({ video: video({ linkUri: https("more"), label: "More" }) }))).toEqual(
      [],
    );
  });
  it("fails a missing label and a long one", () => {
    expect(check(imagemap({ video: video({ linkUri: https("more") }) }))).toMatchInlineSnapshot(`
      [
        "error video.externalLink.label: missing; expected string [IMG-7]",
      ]
    `);
    const label = "a".repeat(LIMITS.imagemapExternalLabelMax.value + 1);
    expect(
      check(imagemap({ video: video({ linkUri: https("more"), label }) })),
    ).toMatchInlineSnapshot(`
      [
        "error video.externalLink.label: expected at most 30 characters (UTF-16 code units), got 31 [IMG-7]",
      ]
    `);
  });
});

describeRule("IMG-8", "areas: integers, x/y ≥ 0, inside the image, not overlapping", () => {
  const uri = (a: unknown) => ({ type: "uri", linkUri: https("a"), area: a });
  it("passes two side-by-side areas", () => {
    const actions = [uri(area(0, 0, half, BASE)), uri(area(half, 0, half, BASE))];
    expect(check(imagemap({ actions }))).toEqual([]);
  });
  it("fails a negative x and a zero width", () => {
    expect(check(imagemap({ actions: [uri(area(-1, 0, 0, 1))] }))).toMatchInlineSnapshot(`
      [
        "error actions[0].area.x: expected an integer ≥ 0, got -1 (number) [IMG-8]",
        "error actions[0].area.width: expected an integer > 0, got 0 (number) [IMG-8]",
      ]
    `);
  });
  it("warns about an area past the edge and overlapping areas", () => {
    const actions = [uri(area(0, 0, BASE, BASE)), uri(area(half, half, BASE, 1))];
    expect(check(imagemap({ actions }))).toMatchInlineSnapshot(`
      [
        "warning actions[1].area: reaches past the image's right edge: x + width = 1560, base width 1040 [IMG-8]",
        "warning actions[1].area: overlaps the area of actions[0]; a tap there is ambiguous [IMG-8]",
      ]
    `);
  });
});

describeRule("TPL", "template message: altText and a known template", () => {
  it("passes a buttons template", () => {
    expect(check(buttonsTemplate({}))).toEqual([]);
  });
  it("fails an unknown template type and an unknown imageAspectRatio", () => {
    expect(
      check({ type: "template", altText: "x", template: { type: "list" } }),
    ).toMatchInlineSnapshot(`
      [
        "error template.type: expected a template type ("buttons", "confirm", "carousel", "image_carousel"), got "list" [TPL]",
      ]
    `);
    expect(check(buttonsTemplate({ imageAspectRatio: "wide" }))).toMatchInlineSnapshot(`
      [
        "error template.imageAspectRatio: expected one of "rectangle", "square", got "wide" [TPL]",
      ]
    `);
  });
});

describeRule("TPL-BTN", "buttons: text 160, or 60 with an image or title; 1–4 actions", () => {
  it("passes 160 family emoji without image or title", () => {
    expect(check(buttonsTemplate({ text: FAMILY.repeat(LIMITS.buttonsTextMax.value) }))).toEqual(
      [],
    );
  });
  it("fails 61 with a title, and 5 actions", () => {
    const text = "a".repeat(LIMITS.templateTextWithImageMax.value + 1);
    expect(check(buttonsTemplate({ title: "Menu", text }))).toMatchInlineSnapshot(`
      [
        "error template.text: expected at most 60 characters (grapheme clusters) with an image or a title, got 61 [TPL-BTN]",
      ]
    `);
    const actions = Array.from({ length: LIMITS.buttonsActionsMax.value + 1 }, (_, i) =>
      messageAction(`A${i}`),
    );
    expect(check(buttonsTemplate({ actions }))).toMatchInlineSnapshot(`
      [
        "error template.actions: expected at most 4 items, got 5 [TPL-BTN]",
      ]
    `);
  });
});

describeRule("TPL-CONF", "confirm: text ≤ 240, exactly 2 actions", () => {
  const confirm = (template: Record<string, unknown>) => ({
    type: "template",
    altText: "sure?",
    template: {
      type: "confirm",
      text: "Sure?",
      actions: [messageAction("Yes"), messageAction("No")],
      ...template,
    },
  });
  it("passes", () => {
    expect(check(confirm({}))).toEqual([]);
  });
  it("fails one action", () => {
    expect(check(confirm({ actions: [messageAction("Yes")] }))).toMatchInlineSnapshot(`
      [
        "error template.actions: expected exactly 2 items, got 1 [TPL-CONF]",
      ]
    `);
  });
});

const carousel = (...columns: unknown[]) => ({
  type: "template",
  altText: "pick",
  template: { type: "carousel", columns },
});

describeRule("TPL-CAR", "carousel: 1–10 columns, text 120 or 60, 1–3 actions", () => {
  it("passes 10 columns", () => {
    const columns = Array.from({ length: LIMITS.templateColumnsMax.value }, () => carouselColumn());
    expect(check(carousel(...columns))).toEqual([]);
  });
  it("fails 11 columns and a long text beside a thumbnail", () => {
    const columns = Array.from({ length: LIMITS.templateColumnsMax.value + 1 }, () =>
      carouselColumn(),
    );
    expect(check(carousel(...columns))).toMatchInlineSnapshot(`
      [
        "error template.columns: expected at most 10 items, got 11 [TPL-CAR]",
      ]
    `);
    const text = "a".repeat(LIMITS.templateTextWithImageMax.value + 1);
    expect(
      check(carousel(carouselColumn({ thumbnailImageUrl: https("t.jpg"), text }))),
    ).toMatchInlineSnapshot(`
      [
        "error template.columns[0].text: expected at most 60 characters (grapheme clusters) with an image or a title, got 61 [TPL-CAR]",
      ]
    `);
  });
});

describeRule(
  "TPL-CAR-SAME",
  "carousel columns: same action count; images and titles on all or none",
  () => {
    it("passes matching columns", () => {
      const column = carouselColumn({ title: "T", thumbnailImageUrl: https("t.jpg") });
      expect(check(carousel(column, column))).toEqual([]);
    });
    it("fails a different action count and a title on only one column", () => {
      const two = carouselColumn({ actions: [messageAction("A"), messageAction("B")] });
      expect(check(carousel(carouselColumn(), two))).toMatchInlineSnapshot(`
      [
        "error template.columns[1].actions: expected 1 actions like the first column, got 2 [TPL-CAR-SAME]",
      ]
    `);
      expect(
        check(carousel(carouselColumn({ title: "T" }), carouselColumn())),
      ).toMatchInlineSnapshot(`
      [
        "error template.columns[1].title: missing; when one column has a title, every column needs one (1 of 2 have it) [TPL-CAR-SAME]",
      ]
    `);
    });
  },
);

describeRule("TPL-IMG-CAR", "image carousel: 1–10 columns of imageUrl + action", () => {
  const column = { imageUrl: https("1.jpg"), action: messageAction("View") };
  const imageCarousel = (...columns: unknown[]) => ({
    type: "template",
    altText: "pics",
    template: { type: "image_carousel", columns },
  });
  it("passes", () => {
    expect(check(imageCarousel(column))).toEqual([]);
  });
  it("fails a column without an imageUrl", () => {
    expect(check(imageCarousel({ action: column.action }))).toMatchInlineSnapshot(`
      [
        "error template.columns[0].imageUrl: missing; expected an https:// URL [TPL-IMG-CAR]",
      ]
    `);
  });
});
