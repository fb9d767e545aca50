import { LIMITS, validateFlexContainer, validateMessage } from "@flexkit/validators";
import { expect, it } from "vitest";
import { flexMessage, vbox } from "../helpers.js";
import { check, describeRule, https, lines, ofRule, text } from "./rule-helpers.js";

const bubble = (extra: Record<string, unknown> = {}) => ({
  type: "bubble",
  body: vbox(),
  ...extra,
});
const carousel = (...contents: unknown[]) => ({ type: "carousel", contents });
const image = (extra: Record<string, unknown> = {}) => ({
  type: "image",
  url: https("i.png"),
  ...extra,
});
const video = (extra: Record<string, unknown> = {}) => ({
  type: "video",
  url: https("v.mp4"),
  previewUrl: https("p.jpg"),
  altContent: image(),
  ...extra,
});
const container = (value: unknown) => lines(validateFlexContainer(value));
/** Compact JSON of at least `bytes` bytes, in one text of a bubble. */
const padded = (bytes: number) => bubble({ body: vbox(text("x".repeat(bytes))) });

describeRule("FLEX-BUB-1", "bubble: size and direction keywords", () => {
  it("passes every size and rtl", () => {
    for (const size of ["nano", "micro", "kilo", "mega", "giga"]) {
      expect(container(bubble({ size, direction: "rtl" }))).toEqual([]);
    }
  });
  it("fails an unknown size", () => {
    expect(container(bubble({ size: "large" }))).toMatchInlineSnapshot(`
      [
        "error size: expected one of "nano", "micro", "deca", "hecto", "kilo", "mega", "giga", got "large" [FLEX-BUB-1]",
      ]
    `);
  });
});

describeRule("FLEX-BUB-2", "hero is a box, image or video", () => {
  it("passes an image hero", () => {
    expect(container(bubble({ hero: image() }))).toEqual([]);
  });
  it("fails a text hero", () => {
    expect(container(bubble({ hero: text("x") }))).toMatchInlineSnapshot(`
      [
        "error hero: expected a box, image or video as the hero, got a text [FLEX-BUB-2]",
      ]
    `);
  });
});

describeRule("FLEX-BUB-4", "a bubble's compact JSON is at most 30 KB", () => {
  const base = JSON.stringify(padded(0)).length;
  it("passes at exactly the error limit, with a warning above 30,000 bytes", () => {
    const result = validateFlexContainer(padded(LIMITS.bubbleBytesMax.value - base));
    expect(result.ok).toBe(true);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "warning (root): the bubble's compact JSON is 30720 bytes; LINE may count KB as 1000 bytes (limit 30000) [FLEX-BUB-4]",
      ]
    `);
  });
  it("fails one byte over, counting UTF-8 bytes", () => {
    expect(container(padded(LIMITS.bubbleBytesMax.value - base + 1))).toMatchInlineSnapshot(`
      [
        "error (root): expected the bubble's compact JSON to be at most 30720 bytes, got 30721 [FLEX-BUB-4]",
      ]
    `);
  });
});

describeRule("FLEX-BUB-5", "deca and hecto need LINE 13.6.0+", () => {
  it("passes kilo without a warning", () => {
    expect(container(bubble({ size: "kilo" }))).toEqual([]);
  });
  it("warns about deca", () => {
    expect(container(bubble({ size: "deca" }))).toMatchInlineSnapshot(`
      [
        "warning size: "deca" needs LINE 13.6.0 (PC 7.17.0) or later; older clients show "kilo" [FLEX-BUB-5]",
      ]
    `);
  });
});

describeRule("FLEX-CAR-1", "carousel: 1–12 bubbles, bubbles only", () => {
  it("passes 12 bubbles", () => {
    const bubbles = Array.from({ length: LIMITS.carouselBubblesMax.value }, () => bubble());
    expect(container(carousel(...bubbles))).toEqual([]);
  });
  it("fails 13 bubbles, none, and a box in a carousel", () => {
    const bubbles = Array.from({ length: LIMITS.carouselBubblesMax.value + 1 }, () => bubble());
    expect(container(carousel(...bubbles))).toMatchInlineSnapshot(`
      [
        "error contents: expected at most 12 items, got 13 [FLEX-CAR-1]",
      ]
    `);
    expect(container(carousel())).toMatchInlineSnapshot(`
      [
        "error contents: expected at least 1 item, got 0 (empty) [FLEX-CAR-1]",
      ]
    `);
    expect(ofRule(validateFlexContainer(carousel(vbox())), "ERR-3")).toMatchInlineSnapshot(`
      [
        "error contents[0].type: expected "bubble", got "box" [ERR-3]",
        "error contents[0].layout: unknown property [ERR-3]",
        "error contents[0].contents: unknown property [ERR-3]",
      ]
    `);
  });
});

describeRule("FLEX-CAR-2", "every bubble in a carousel has the same size", () => {
  it("passes unset and mega together (unset is mega)", () => {
    expect(container(carousel(bubble(), bubble({ size: "mega" })))).toEqual([]);
  });
  it("fails a kilo beside a mega", () => {
    expect(container(carousel(bubble(), bubble({ size: "kilo" })))).toMatchInlineSnapshot(`
      [
        "error contents[1].size: expected every bubble in a carousel to have the same size ("mega"), got "kilo" [FLEX-CAR-2]",
      ]
    `);
  });
});

describeRule("FLEX-CAR-3", "a carousel's compact JSON is at most 50 KB", () => {
  // Three bubbles of a little over 17,000 bytes each: under 30 KB each, over 50 KB together.
  const third = Math.ceil(LIMITS.carouselBytesMax.value / 3);
  it("passes two such bubbles", () => {
    expect(validateFlexContainer(carousel(padded(third), padded(third))).ok).toBe(true);
  });
  it("fails three", () => {
    expect(
      ofRule(
        validateFlexContainer(carousel(padded(third), padded(third), padded(third))),
        "FLEX-CAR-3",
      ),
    ).toMatchInlineSnapshot(`
        [
          "error (root): expected the carousel's compact JSON to be at most 51200 bytes, got 51530 [FLEX-CAR-3]",
        ]
      `);
  });
  it("fails one bubble over 30 KB inside a carousel under 50 KB", () => {
    const big = padded(LIMITS.bubbleBytesMax.value);
    expect(
      ofRule(validateFlexContainer(carousel(bubble(), big)), "FLEX-BUB-4"),
    ).toMatchInlineSnapshot(`
      [
        "error contents[1]: expected the bubble's compact JSON to be at most 30720 bytes, got 30818 [FLEX-BUB-4]",
      ]
    `);
  });
  it("warns between 50,000 and 51,200 bytes", () => {
    const base = JSON.stringify(carousel(padded(0))).length;
    const result = validateFlexContainer(
      carousel(padded(LIMITS.carouselBytesWarn.value - base + 1)),
    );
    expect(ofRule(result, "FLEX-CAR-3")).toMatchInlineSnapshot(`
      [
        "warning (root): the carousel's compact JSON is 50001 bytes; LINE may count KB as 1000 bytes (limit 50000) [FLEX-CAR-3]",
      ]
    `);
  });
});

describeRule("FLEX-STY-1", "no separator on the first block present", () => {
  it("passes a separator on the body after a header", () => {
    const styles = { body: { separator: true } };
    expect(container(bubble({ header: vbox(), styles }))).toEqual([]);
  });
  it("fails a separator on the body when it is the first block", () => {
    expect(container(bubble({ styles: { body: { separator: true } } }))).toMatchInlineSnapshot(`
      [
        "error styles.body.separator: can't be true on the first block (body) [FLEX-STY-1]",
      ]
    `);
  });
});

describeRule("FLEX-STY-2", "a style for an absent block has no effect", () => {
  it("passes a style for a present block", () => {
    expect(container(bubble({ styles: { body: { backgroundColor: "#FFFFFF" } } }))).toEqual([]);
  });
  it("warns about a footer style without a footer", () => {
    expect(
      container(bubble({ styles: { footer: { backgroundColor: "#FFFFFF" } } })),
    ).toMatchInlineSnapshot(`
      [
        "warning styles.footer: has no effect: the bubble has no footer [FLEX-STY-2]",
      ]
    `);
  });
});

describeRule("FLEX-VID-1", "a video is the hero itself", () => {
  it("passes a video hero", () => {
    expect(container(bubble({ hero: video() }))).toEqual([]);
  });
  it("fails a video inside the hero box", () => {
    expect(
      ofRule(validateFlexContainer(bubble({ hero: vbox(video()) })), "FLEX-VID-1"),
    ).toMatchInlineSnapshot(`
      [
        "error hero.contents[0]: a video must be the hero itself, not inside another component [FLEX-VID-1]",
      ]
    `);
  });
});

describeRule("FLEX-VID-2", "a video hero's bubble is kilo, mega or giga", () => {
  it("passes a kilo bubble", () => {
    expect(container(bubble({ size: "kilo", hero: video() }))).toEqual([]);
  });
  it("fails a micro bubble", () => {
    expect(container(bubble({ size: "micro", hero: video() }))).toMatchInlineSnapshot(`
      [
        "error hero: a video hero needs a bubble of size "kilo", "mega" or "giga", got "micro" [FLEX-VID-2]",
      ]
    `);
  });
});

describeRule("FLEX-VID-3", "a bubble with a video is not in a carousel", () => {
  it("passes a video bubble on its own", () => {
    expect(check(flexMessage(vbox(), { hero: video() }))).toEqual([]);
  });
  it("fails it inside a carousel", () => {
    expect(container(carousel(bubble({ hero: video() })))).toMatchInlineSnapshot(`
      [
        "error contents[0].hero: a bubble with a video hero can't be in a carousel [FLEX-VID-3]",
      ]
    `);
  });
});

describeRule("FLEX-VID-4", "altContent is required and is a box or an image", () => {
  it("passes a box altContent", () => {
    expect(container(bubble({ hero: video({ altContent: vbox() }) }))).toEqual([]);
  });
  it("fails a text altContent", () => {
    expect(container(bubble({ hero: video({ altContent: text("x") }) }))).toMatchInlineSnapshot(`
      [
        "error hero.altContent: expected a box or an image, got a text [FLEX-VID-4]",
      ]
    `);
  });
});

describeRule("FLEX-ABS-1", "a block's root component isn't absolute", () => {
  const absolute = { position: "absolute", offsetTop: "0px", offsetStart: "0px" };
  it("passes an absolute child inside the root box (RULES.md §12.12)", () => {
    expect(container(bubble({ body: vbox({ ...text("x"), ...absolute }) }))).toEqual([]);
  });
  it("fails an absolute root box", () => {
    expect(container(bubble({ body: { ...vbox(), ...absolute } }))).toMatchInlineSnapshot(`
      [
        "error body.position: the root component of the body can't be absolute [FLEX-ABS-1]",
      ]
    `);
  });
});

describeRule("FLEX-BASE-1", "no offsetBottom in a baseline box", () => {
  const baseline = (child: unknown) =>
    bubble({ body: vbox({ type: "box", layout: "baseline", contents: [child] }) });
  it("passes offsetTop", () => {
    expect(container(baseline({ ...text("x"), offsetTop: "2px" }))).toEqual([]);
  });
  it("fails offsetBottom", () => {
    expect(container(baseline({ ...text("x"), offsetBottom: "2px" }))).toMatchInlineSnapshot(`
      [
        "error body.contents[0].contents[0].offsetBottom: can't be used on a child of a baseline box [FLEX-BASE-1]",
      ]
    `);
  });
});

describeRule("FLEX-BASE-2", "gravity in a baseline box is ignored", () => {
  const baseline = (child: unknown) =>
    bubble({ body: vbox({ type: "box", layout: "baseline", contents: [child] }) });
  it("passes gravity in a vertical box", () => {
    expect(container(bubble({ body: vbox({ ...text("x"), gravity: "center" }) }))).toEqual([]);
  });
  it("warns about gravity in a baseline box, without failing", () => {
    const result = validateFlexContainer(baseline({ ...text("x"), gravity: "center" }));
    expect(result.ok).toBe(true);
    expect(lines(result)).toMatchInlineSnapshot(`
      [
        "warning body.contents[0].contents[0].gravity: is ignored on a child of a baseline box [FLEX-BASE-2]",
      ]
    `);
  });
});

describeRule("FLEX-IMG-ANIM", "at most 10 animated images per message, carousel included", () => {
  const animated = (count: number) =>
    bubble({ body: vbox(...Array.from({ length: count }, () => image({ animated: true }))) });
  it("passes 10 across a carousel", () => {
    const half = LIMITS.animatedImagesMax.value / 2;
    expect(container(carousel(animated(half), animated(half)))).toEqual([]);
  });
  it("fails 11 across a carousel", () => {
    const half = LIMITS.animatedImagesMax.value / 2;
    expect(container(carousel(animated(half), animated(half + 1)))).toMatchInlineSnapshot(`
      [
        "error (root): expected at most 10 images with "animated": true in one message, got 11 [FLEX-IMG-ANIM]",
      ]
    `);
  });
});

describeRule("FLEX-VER", "features older clients ignore (RULES.md §5.7)", () => {
  it("passes width without a warning", () => {
    expect(container(bubble({ body: { ...vbox(), width: "50%" } }))).toEqual([]);
  });
  it("warns about maxWidth and scaling", () => {
    expect(
      container(bubble({ body: { ...vbox({ ...text("x"), scaling: true }), maxWidth: "50%" } })),
    ).toMatchInlineSnapshot(`
      [
        "warning body.contents[0].scaling: needs LINE 13.6.0 (PC 7.17.0) or later; older clients ignore it [FLEX-VER]",
        "warning body.maxWidth: needs LINE 11.22.0 (PC 7.7.0) or later; older clients ignore it [FLEX-VER]",
      ]
    `);
  });
});

describeRule("FLEX-VAL", "what LINE ignores in components (warnings)", () => {
  it("passes justifyContent when every child has flex 0", () => {
    const box = {
      type: "box",
      layout: "horizontal",
      justifyContent: "center",
      contents: [{ ...text("x"), flex: 0 }],
    };
    expect(container(bubble({ body: vbox(box) }))).toEqual([]);
  });
  it("warns about justifyContent with a flexible child, paddingAll beside paddingTop, text beside spans", () => {
    const box = {
      type: "box",
      layout: "horizontal",
      justifyContent: "center",
      contents: [text("x")],
    };
    const spans = { ...text("ignored"), contents: [{ type: "span", text: "shown" }] };
    expect(
      container(bubble({ body: { ...vbox(box, spans), paddingAll: "md", paddingTop: "xl" } })),
    ).toMatchInlineSnapshot(`
      [
        "warning body.contents[0].justifyContent: has no effect unless every child has flex 0; contents[0] has flex 1 (the default in a horizontal box is 1) [FLEX-VAL]",
        "warning body.contents[1].text: is ignored: a text with "contents" (spans) shows the spans [FLEX-VAL]",
        "warning body.paddingAll: is overridden by paddingTop on those sides [FLEX-VAL]",
      ]
    `);
  });
  it("warns about an absolute component without both offsets, an empty span and a span overriding decoration", () => {
    const absolute = { ...text("x"), position: "absolute", offsetTop: "0px" };
    const spans = {
      type: "text",
      decoration: "underline",
      contents: [
        { type: "span", text: "" },
        { type: "span", text: "x", decoration: "line-through" },
      ],
    };
    expect(container(bubble({ body: vbox(absolute, spans) }))).toMatchInlineSnapshot(`
      [
        "warning body.contents[0].position: an absolute component should set a vertical offset (offsetTop/offsetBottom) and a horizontal one (offsetStart/offsetEnd) [FLEX-VAL]",
        "warning body.contents[1].contents[0].text: is empty: the span shows nothing [FLEX-VAL]",
        "warning body.contents[1].contents[1].decoration: can't override the text's decoration ("underline"), got "line-through" [FLEX-VAL]",
      ]
    `);
  });
  it("warns about alpha where LINE does not document it, not on a box background", () => {
    const box = { ...vbox({ ...text("x"), color: "#11223380" }), backgroundColor: "#00000080" };
    expect(container(bubble({ body: box }))).toMatchInlineSnapshot(`
      [
        "warning body.contents[0].color: has an alpha channel, which LINE documents only for box backgroundColor and gradients, got "#11223380" [FLEX-VAL]",
      ]
    `);
  });
  it("passes gradient angles and center positions at their range ends", () => {
    const background = {
      type: "linearGradient",
      angle: "359.9deg",
      startColor: "#000000",
      endColor: "#FFFFFF",
      centerPosition: "100%",
    };
    expect(container(bubble({ body: { ...vbox(), background } }))).toEqual([]);
  });
  it("fails a gradient angle of 360deg and a center position over 100%", () => {
    const background = {
      type: "linearGradient",
      angle: "360deg",
      startColor: "#000000",
      endColor: "#FFFFFF",
      centerPosition: "100.5%",
    };
    expect(container(bubble({ body: { ...vbox(), background } }))).toMatchInlineSnapshot(`
      [
        "error body.background.angle: expected an angle from 0deg to below 360deg, got "360deg" [FLEX-VAL]",
        "error body.background.centerPosition: expected a percentage from 0% to 100%, got "100.5%" [FLEX-VAL]",
      ]
    `);
  });
  it("fails an aspect ratio taller than 3 × its width, and warns about a decimal one", () => {
    expect(container(bubble({ hero: image({ aspectRatio: "1:4" }) }))).toMatchInlineSnapshot(`
      [
        "error hero.aspectRatio: expected a height at most 3 × the width, got "1:4" [FLEX-VAL]",
      ]
    `);
    expect(container(bubble({ hero: image({ aspectRatio: "1.51:1" }) }))).toMatchInlineSnapshot(`
      [
        "warning hero.aspectRatio: has a decimal term; LINE documents whole numbers, got "1.51:1" [FLEX-VAL]",
      ]
    `);
  });
});

it("FLEX-1 is checked on the message, FLEX containers on their own", () => {
  expect(validateMessage(flexMessage(vbox())).ok).toBe(true);
});
