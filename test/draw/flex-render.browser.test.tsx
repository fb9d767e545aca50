/** @jsxImportSource react */

import {
  BUBBLE_MAX_WIDTH_PX,
  BUTTON_COLORS,
  BUTTON_HEIGHT_PX,
  blockPaddingPx,
  CAROUSEL_GUTTER_PX,
  FONT_SCALE_VAR,
  FONT_SIZE_PX,
  IMAGE_SIZE_PX,
  SPACE_PX,
  TEXT_LINE_HEIGHT,
} from "@flexkit/draw";
import { Bubble, Carousel, MessageView } from "@flexkit/draw/react";
import type { FlexBox, FlexBubble, FlexCarousel, FlexComponent } from "@flexkit/validators";
import type { ReactNode } from "react";
import { flushSync } from "react-dom";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";

/** Components drawn in real Chromium; assertions read computed geometry and style. */
let root: Root | undefined;
let host: HTMLElement | undefined;

function draw(node: ReactNode, chatWidth = 1000): HTMLElement {
  host = document.createElement("div");
  // The chat is an inline-size container: bubble widths are a share of it (RENDERING.md §2).
  host.style.cssText = `width: ${chatWidth}px; container-type: inline-size; font-family: sans-serif;`;
  document.body.append(host);
  root = createRoot(host);
  flushSync(() => root!.render(node));
  return host;
}

afterEach(() => {
  root?.unmount();
  host?.remove();
});

const body = (...contents: FlexComponent[]): FlexBubble => ({
  type: "bubble",
  body: { type: "box", layout: "vertical", contents },
});

function rect(element: Element | null): DOMRect {
  if (element === null) throw new Error("element not drawn");
  return element.getBoundingClientRect();
}

describe("bubble", () => {
  for (const [size, width] of Object.entries(BUBBLE_MAX_WIDTH_PX)) {
    it(`${size} is at most ${width} px wide`, () => {
      const view = draw(<Bubble bubble={{ ...body(), size: size as FlexBubble["size"] }} />);
      expect(rect(view.querySelector('[data-flex="bubble"]')).width).toBe(width);
    });
  }

  it("is 80 % of a narrow chat", () => {
    const view = draw(<Bubble bubble={body()} />, 300);
    expect(rect(view.querySelector('[data-flex="bubble"]')).width).toBe(240);
  });
});

describe("text", () => {
  for (const [size, px] of Object.entries(FONT_SIZE_PX)) {
    it(`size ${size} draws at ${px} px`, () => {
      const view = draw(<Bubble bubble={body({ type: "text", text: "Aa", size: size as "md" })} />);
      const text = view.querySelector('[data-flex="text"]') as HTMLElement;
      expect(getComputedStyle(text).fontSize).toBe(`${px}px`);
    });
  }
});

describe("box", () => {
  it("shares a horizontal box's width 1:2 between flex 1 and flex 2", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "horizontal",
          contents: [
            { type: "text", text: "a", flex: 1 },
            { type: "text", text: "b", flex: 2 },
          ],
        })}
      />,
    );
    const [a, b] = [
      ...view.querySelectorAll('[data-layout="horizontal"] > [data-flex="text"]'),
    ].map((el) => rect(el).width);
    expect(b! / a!).toBeCloseTo(2, 2);
  });

  it("puts spacing md (8 px) between children, and a child's margin replaces it", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "vertical",
          spacing: "md",
          contents: [
            { type: "text", text: "a" },
            { type: "text", text: "b" },
            { type: "text", text: "c", margin: "xxl" },
          ],
        })}
      />,
    );
    const [a, b, c] = [
      ...view.querySelectorAll(
        '[data-layout="vertical"] [data-layout="vertical"] > [data-flex="text"]',
      ),
    ].map(rect);
    expect(b!.top - a!.bottom).toBe(SPACE_PX.md);
    expect(c!.top - b!.bottom).toBe(SPACE_PX.xxl);
  });
});

const vbox = (contents: FlexComponent[], props: Partial<FlexBox> = {}): FlexBox => ({
  type: "box",
  layout: "vertical",
  contents,
  ...props,
});

function only(view: HTMLElement, selector: string): HTMLElement {
  const found = view.querySelectorAll<HTMLElement>(selector);
  if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
  return found[0] as HTMLElement;
}

/** A hex colour as Chromium reports it in computed styles. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe("text scaling", () => {
  it("follows the chat's font scale only with scaling: true", () => {
    const view = draw(
      <div style={{ [FONT_SCALE_VAR as string]: "1.5" }}>
        <Bubble
          bubble={body(
            { type: "text", text: "scaled", size: "md", scaling: true },
            { type: "text", text: "fixed", size: "md" },
          )}
        />
      </div>,
    );
    const [scaled, fixed] = [...view.querySelectorAll('[data-flex="text"]')].map(
      (el) => getComputedStyle(el).fontSize,
    );
    expect(scaled).toBe(`${FONT_SIZE_PX.md * 1.5}px`);
    expect(fixed).toBe(`${FONT_SIZE_PX.md}px`);
  });
});

describe("text lines", () => {
  const long = "The quick brown fox jumps over the lazy dog. ".repeat(8);

  it("maxLines 2 keeps two lines and clamps the rest with an ellipsis", () => {
    const view = draw(
      <Bubble bubble={body({ type: "text", text: long, wrap: true, maxLines: 2 })} />,
    );
    const text = only(view, '[data-flex="text"]');
    const lineHeight = FONT_SIZE_PX.md * TEXT_LINE_HEIGHT;
    expect(rect(text).height).toBeCloseTo(2 * lineHeight, 0);
    // More was written than is shown: the rest is cut, and Chromium's line clamp draws "…".
    expect(text.scrollHeight).toBeGreaterThan(text.clientHeight);
    expect(getComputedStyle(text).webkitLineClamp).toBe("2");
  });

  it("without wrap is one line cut with an ellipsis; wrap honours \\n", () => {
    const view = draw(
      <Bubble
        bubble={body(
          { type: "text", text: long },
          { type: "text", text: "one\ntwo\nthree", wrap: true },
        )}
      />,
    );
    const [single, lines] = [...view.querySelectorAll<HTMLElement>('[data-flex="text"]')];
    const lineHeight = FONT_SIZE_PX.md * TEXT_LINE_HEIGHT;
    expect(rect(single!).height).toBeCloseTo(lineHeight, 0);
    expect(getComputedStyle(single!).textOverflow).toBe("ellipsis");
    expect(single!.scrollWidth).toBeGreaterThan(single!.clientWidth);
    expect(rect(lines!).height).toBeCloseTo(3 * lineHeight, 0);
  });

  it("lineSpacing adds its px between wrapped lines, not above the first or below the last", () => {
    const view = draw(
      <Bubble
        bubble={body(
          { type: "text", text: "a\nb\nc", wrap: true },
          { type: "text", text: "a\nb\nc", wrap: true, lineSpacing: "10px" },
          { type: "text", text: "one", wrap: true, lineSpacing: "10px" },
          { type: "text", text: long, wrap: true, maxLines: 2, lineSpacing: "8px" },
        )}
      />,
    );
    const lineHeight = FONT_SIZE_PX.md * TEXT_LINE_HEIGHT;
    // What each text takes in its box: the next one starts where it ends.
    const [plain, three, one, clamped] = [
      ...view.querySelectorAll("[data-flex-place], [data-flex-block] > * > [data-flex='text']"),
    ];
    expect(rect(three!).height).toBeCloseTo(3 * lineHeight + 2 * 10, 0);
    expect(rect(one!).height).toBeCloseTo(lineHeight, 0);
    expect(rect(clamped!).height).toBeCloseTo(2 * lineHeight + 8, 0);
    // The first line's glyphs sit where an unspaced text's do; the second is 10 px further down.
    const lines = (text: Element) => {
      const range = document.createRange();
      range.selectNodeContents(text.querySelector('[data-flex="text"]') ?? text);
      // One rect per run of a line (the "\n" has its own): one top per line.
      const tops = [...range.getClientRects()].map((run) => run.top - rect(text).top);
      return [...new Set(tops)];
    };
    const [plainFirst, plainSecond] = lines(plain!);
    const [first, second] = lines(three!);
    expect(first).toBeCloseTo(plainFirst!, 0);
    expect(second! - first!).toBeCloseTo(plainSecond! - plainFirst! + 10, 0);
  });

  it("with lineSpacing, a line of bigger spans is as tall as their size needs", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "text",
          wrap: true,
          lineSpacing: "4px",
          contents: [
            { type: "span", text: "BIG\n", size: "3xl" },
            { type: "span", text: "BIG", size: "3xl" },
          ],
        })}
      />,
    );
    const place = only(view, "[data-flex-place]");
    expect(rect(place).height).toBeCloseTo(2 * FONT_SIZE_PX["3xl"] * TEXT_LINE_HEIGHT + 4, 0);
  });

  it("a span's decoration can't override the one its text sets", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "text",
          decoration: "underline",
          contents: [
            { type: "span", text: "a", decoration: "line-through" },
            { type: "span", text: "b" },
          ],
        })}
      />,
    );
    // The text's underline runs under its spans; the span's own line-through is not drawn.
    expect(getComputedStyle(only(view, '[data-flex="text"]')).textDecorationLine).toBe("underline");
    for (const span of view.querySelectorAll('[data-flex="span"]'))
      expect(getComputedStyle(span).textDecorationLine).toBe("none");
  });

  it("an empty text keeps one line of height", () => {
    const view = draw(<Bubble bubble={body({ type: "text", text: "" })} />);
    const lineHeight = FONT_SIZE_PX.md * TEXT_LINE_HEIGHT;
    expect(rect(only(view, '[data-flex="text"]')).height).toBeCloseTo(lineHeight, 0);
  });

  it("spans set their own size, colour and weight", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "text",
          size: "sm",
          contents: [
            { type: "span", text: "big", size: "xl", color: "#ff0000", weight: "bold" },
            { type: "span", text: "plain" },
          ],
        })}
      />,
    );
    const [big, plain] = [...view.querySelectorAll('[data-flex="span"]')].map((el) =>
      getComputedStyle(el),
    );
    expect([big!.fontSize, big!.color, big!.fontWeight]).toEqual([
      `${FONT_SIZE_PX.xl}px`,
      rgb("#ff0000"),
      "700",
    ]);
    expect(plain!.fontSize).toBe(`${FONT_SIZE_PX.sm}px`);
  });

  it("shrink-to-fit shrinks a long one-line text until it fits", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "text",
          text: "The quick brown fox jumps over the lazy dog",
          size: "xl",
          adjustMode: "shrink-to-fit",
        })}
      />,
    );
    const text = only(view, '[data-flex="text"]');
    expect(Number.parseFloat(getComputedStyle(text).fontSize)).toBeLessThan(FONT_SIZE_PX.xl);
    expect(text.scrollWidth).toBeLessThanOrEqual(text.clientWidth);
  });

  it("shrink-to-fit leaves no fraction of a pixel over, which would still end in an ellipsis", () => {
    const view = draw(
      <Bubble
        bubble={{
          ...body({
            type: "text",
            text: "Shrink me to fit this width please, it is long",
            size: "xl",
            adjustMode: "shrink-to-fit",
          }),
          size: "kilo",
        }}
      />,
    );
    const text = only(view, '[data-flex="text"]');
    const line = document.createRange();
    line.selectNodeContents(text);
    expect(line.getBoundingClientRect().width).toBeLessThanOrEqual(rect(text).width);
  });
});

describe("padding and position", () => {
  it("a mega body starts from the block padding (20, top 19); paddingAll replaces it", () => {
    const view = draw(
      <div>
        <Bubble bubble={body({ type: "text", text: "a" })} />
        <Bubble
          bubble={{
            type: "bubble",
            body: vbox([{ type: "text", text: "b" }], { paddingAll: "5px", paddingStart: "lg" }),
          }}
        />
      </div>,
    );
    const [first, second] = [...view.querySelectorAll('[data-flex="bubble"]')];
    const pad = blockPaddingPx("mega", "body", false);
    const inner = (bubble: Element) => rect(bubble.querySelector('[data-flex="text"]'));
    expect(inner(first!).top - rect(first!).top).toBe(pad.top);
    expect(inner(first!).left - rect(first!).left).toBe(pad.side);
    expect(inner(second!).top - rect(second!).top).toBe(5);
    expect(inner(second!).left - rect(second!).left).toBe(SPACE_PX.lg);
  });

  it("a body followed by a footer gets the shorter bottom padding", () => {
    const view = draw(
      <Bubble
        bubble={{
          type: "bubble",
          size: "kilo",
          body: vbox([{ type: "text", text: "a" }]),
          footer: vbox([{ type: "text", text: "f" }]),
        }}
      />,
    );
    const bodyBlock = view.querySelector('[data-flex-block="body"]');
    const text = bodyBlock?.querySelector('[data-flex="text"]') ?? null;
    expect(rect(bodyBlock).bottom - rect(text).bottom).toBe(
      blockPaddingPx("kilo", "body", true).bottom,
    );
  });

  it("percent padding is of the box's parent width", () => {
    const view = draw(
      <Bubble
        bubble={body(vbox([{ type: "text", text: "a" }], { width: "200px", paddingStart: "10%" }))}
      />,
    );
    const inner = only(view, '[data-flex="box"] [data-flex="box"]');
    const parent = inner.parentElement as HTMLElement;
    const parentContent =
      rect(parent).width -
      Number.parseFloat(getComputedStyle(parent).paddingLeft) -
      Number.parseFloat(getComputedStyle(parent).paddingRight);
    expect(rect(inner.querySelector('[data-flex="text"]')).left - rect(inner).left).toBeCloseTo(
      parentContent * 0.1,
      1,
    );
  });

  it("absolute offsets place a box from its parent's edges, outside the flow", () => {
    const view = draw(
      <Bubble
        bubble={body(
          vbox(
            [
              { type: "text", text: "in flow" },
              vbox([{ type: "text", text: "badge" }], {
                position: "absolute",
                offsetTop: "10px",
                offsetEnd: "lg",
                width: "50px",
              }),
            ],
            { paddingAll: "none" },
          ),
        )}
      />,
    );
    const parent = only(view, '[data-flex="box"] > [data-flex="box"]:not([style*="absolute"])');
    const badge = only(view, '[style*="absolute"]');
    expect(rect(badge).top - rect(parent).top).toBe(10);
    expect(rect(parent).right - rect(badge).right).toBe(SPACE_PX.lg);
    // It does not size its parent: the parent is one text line tall.
    expect(rect(parent).height).toBeCloseTo(FONT_SIZE_PX.md * TEXT_LINE_HEIGHT, 0);
  });

  it("relative offsets shift a component from its place, negative ones too", () => {
    const view = draw(
      <Bubble
        bubble={body(
          { type: "text", text: "a" },
          { type: "text", text: "b" },
          { type: "text", text: "c", position: "relative", offsetTop: "-5px", offsetStart: "xl" },
        )}
      />,
    );
    const [a, b, c] = [...view.querySelectorAll('[data-flex="text"]')].map(rect);
    expect(c!.top - b!.bottom).toBe(-5);
    expect(c!.left - a!.left).toBe(SPACE_PX.xl);
  });

  it("offsetStart and paddingStart flip in an rtl bubble", () => {
    const view = draw(
      <Bubble
        bubble={{
          ...body({ type: "text", text: "a", position: "relative", offsetStart: "10px" }),
          direction: "rtl",
        }}
      />,
    );
    const bubble = rect(view.querySelector('[data-flex="bubble"]'));
    const text = rect(view.querySelector('[data-flex="text"]'));
    expect(bubble.right - text.right).toBe(blockPaddingPx("mega", "body", false).side + 10);
  });
});

describe("box", () => {
  it("a width on a box in a horizontal box keeps it at that width (flex 0)", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "horizontal",
          contents: [vbox([], { width: "60px" }), { type: "text", text: "rest" }],
        })}
      />,
    );
    const row = only(view, '[data-layout="horizontal"]');
    expect(rect(row.children[0] as Element).width).toBe(60);
  });

  it("a height on a box in a horizontal box also keeps it at its content's width (flex 0)", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "horizontal",
          contents: [
            vbox([{ type: "text", text: "ab", flex: 0 }], { height: "40px" }),
            { type: "text", text: "rest" },
          ],
        })}
      />,
    );
    const row = only(view, '[data-layout="horizontal"]');
    const sized = row.children[0] as Element;
    const glyphs = document.createRange();
    glyphs.selectNodeContents(sized.querySelector('[data-flex="text"]')!);
    expect(rect(sized).width).toBeCloseTo(glyphs.getBoundingClientRect().width, 0);
    expect(rect(sized).height).toBe(40);
  });

  it("a later sibling paints over an earlier one that left its place", () => {
    const cover: Partial<FlexBox> = {
      backgroundColor: "#ff0000",
      offsetTop: "0px",
      offsetStart: "0px",
    };
    const view = draw(
      <Bubble
        bubble={body(
          vbox(
            [
              vbox([], { ...cover, position: "absolute", offsetEnd: "0px", offsetBottom: "0px" }),
              { type: "text", text: "on top" },
            ],
            { height: "60px" },
          ),
          vbox([
            vbox([], { ...cover, height: "40px", offsetTop: "30px" }),
            { type: "button", action: { type: "message", label: "Tap", text: "t" } },
          ]),
        )}
      />,
    );
    const hit = (element: Element) => {
      const { left, top, width, height } = rect(element);
      return document.elementFromPoint(left + width / 2, top + height / 2)?.closest("[data-flex]");
    };
    const text = only(view, '[data-flex="text"]');
    const button = only(view, '[data-flex="button"]');
    expect(hit(text)).toBe(text);
    expect(hit(button)).toBe(button);
  });

  it("a block's root box is shifted by its offsets", () => {
    const view = draw(
      <Bubble
        bubble={{
          type: "bubble",
          body: {
            type: "box",
            layout: "vertical",
            position: "relative",
            offsetTop: "10px",
            contents: [{ type: "text", text: "a" }],
          },
        }}
      />,
    );
    const block = only(view, '[data-flex-block="body"]');
    expect(rect(block.firstElementChild).top - rect(block).top).toBe(10);
  });

  it("justifyContent and alignItems place flex-0 children", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "horizontal",
          justifyContent: "flex-end",
          alignItems: "center",
          height: "100px",
          contents: [{ type: "text", text: "x", flex: 0 }],
        })}
      />,
    );
    const row = rect(view.querySelector('[data-layout="horizontal"]'));
    const text = rect(view.querySelector('[data-layout="horizontal"] [data-flex="text"]'));
    expect(text.right).toBe(row.right);
    expect(text.top - row.top).toBeCloseTo((100 - text.height) / 2, 0);
  });

  it("draws borders and corner radius from the keyword tables", () => {
    const view = draw(
      <Bubble
        bubble={body(
          vbox([], { borderWidth: "semi-bold", borderColor: "#ff0000", cornerRadius: "xl" }),
        )}
      />,
    );
    const style = getComputedStyle(only(view, '[data-flex="box"] [data-flex="box"]'));
    expect([style.borderTopWidth, style.borderTopColor, style.borderTopLeftRadius]).toEqual([
      "3px",
      rgb("#ff0000"),
      `${SPACE_PX.xl}px`,
    ]);
  });

  it("a gradient uses LINE's angle as CSS's (0deg bottom→top, clockwise) with its centre colour", () => {
    const view = draw(
      <Bubble
        bubble={{
          ...body(
            vbox([], {
              height: "40px",
              background: {
                type: "linearGradient",
                angle: "90deg",
                startColor: "#ff0000",
                centerColor: "#00ff00",
                centerPosition: "30%",
                endColor: "#0000ff",
              },
            }),
          ),
          // RTL does not flip a gradient.
          direction: "rtl",
        }}
      />,
    );
    expect(
      getComputedStyle(only(view, '[data-flex="box"] [data-flex="box"]')).backgroundImage,
    ).toBe(`linear-gradient(90deg, ${rgb("#ff0000")}, ${rgb("#00ff00")} 30%, ${rgb("#0000ff")})`);
  });
});

describe("image", () => {
  const url = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==";

  it("aspectRatio 20:13 at size full is 13/20 as tall as it is wide", () => {
    const view = draw(
      <Bubble
        bubble={{
          type: "bubble",
          hero: { type: "image", url, size: "full", aspectRatio: "20:13", aspectMode: "cover" },
        }}
      />,
    );
    const area = rect(view.querySelector("[data-image-area]"));
    expect(area.width).toBe(BUBBLE_MAX_WIDTH_PX.mega);
    expect(area.height).toBeCloseTo((area.width * 13) / 20, 1);
  });

  it("size is a maximum width, aligned by align; fit shows the background colour", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "image",
          url,
          size: "sm",
          align: "start",
          aspectMode: "fit",
          backgroundColor: "#123456",
        })}
      />,
    );
    const image = rect(view.querySelector('[data-flex="image"]'));
    const areaElement = view.querySelector("[data-image-area]") as HTMLElement;
    expect(rect(areaElement).width).toBe(IMAGE_SIZE_PX.sm);
    expect(rect(areaElement).left).toBe(image.left);
    expect(getComputedStyle(areaElement).backgroundColor).toBe(rgb("#123456"));
    // The picture is the area's background, letterboxed (fit) and centred.
    const picture = getComputedStyle(areaElement);
    expect(picture.backgroundImage).toBe(`url("${url}")`);
    expect(picture.backgroundSize).toBe("contain");
    expect(picture.backgroundPosition).toBe("50% 50%");
  });

  it("takes its size when its width comes from its content (flex 0 in a row, absolute)", () => {
    const view = draw(
      <Bubble
        bubble={body(
          {
            type: "box",
            layout: "horizontal",
            contents: [
              { type: "image", url, size: "sm", flex: 0 },
              { type: "text", text: "label" },
            ],
          },
          vbox(
            [
              {
                type: "image",
                url,
                size: "xs",
                position: "absolute",
                offsetTop: "0px",
                offsetStart: "0px",
              },
            ],
            { height: "80px" },
          ),
        )}
      />,
    );
    const [inRow, absolute] = [...view.querySelectorAll("[data-image-area]")];
    expect(rect(inRow!).width).toBe(IMAGE_SIZE_PX.sm);
    expect(rect(absolute!).width).toBe(IMAGE_SIZE_PX.xs);
  });

  it("cover crops the picture to the area", () => {
    const view = draw(<Bubble bubble={body({ type: "image", url, aspectMode: "cover" })} />);
    const area = view.querySelector("[data-image-area]") as HTMLElement;
    expect(getComputedStyle(area).backgroundSize).toBe("cover");
  });
});

describe("leaves", () => {
  it("buttons are 52 px (md) and 40 px (sm) in LINE's style colours", () => {
    const view = draw(
      <Bubble
        bubble={body(
          { type: "button", style: "primary", action: { type: "postback", label: "P", data: "p" } },
          {
            type: "button",
            style: "secondary",
            height: "sm",
            action: { type: "postback", label: "S", data: "s" },
          },
          {
            type: "button",
            style: "link",
            color: "#ff0000",
            action: { type: "postback", label: "L", data: "l" },
          },
        )}
      />,
    );
    const [primary, secondary, link] = [...view.querySelectorAll("[data-flex=button] button")];
    expect(rect(primary!).height).toBe(BUTTON_HEIGHT_PX.md);
    expect(rect(secondary!).height).toBe(BUTTON_HEIGHT_PX.sm);
    expect(getComputedStyle(primary!).backgroundColor).toBe(rgb(BUTTON_COLORS.primary.background));
    expect(getComputedStyle(secondary!).color).toBe(rgb(BUTTON_COLORS.secondary.text));
    expect(getComputedStyle(link!).color).toBe(rgb("#ff0000"));
  });

  it("in a vertical box, gravity places a button's face in the height it is given", () => {
    const button = (gravity: "top" | "center" | "bottom"): FlexComponent => ({
      type: "button",
      style: "primary",
      gravity,
      flex: 1,
      action: { type: "postback", label: gravity, data: gravity },
    });
    const view = draw(
      <Bubble
        bubble={body(
          vbox([button("top")], { height: "120px" }),
          vbox([button("center")], { height: "120px" }),
          vbox([button("bottom")], { height: "120px" }),
        )}
      />,
    );
    const offsets = [...view.querySelectorAll("[data-flex=button]")].map(
      (slot) => rect(slot.querySelector("button")).top - rect(slot).top,
    );
    const free = 120 - BUTTON_HEIGHT_PX.md;
    expect(offsets).toEqual([0, free / 2, free]);
  });

  it("a separator is a horizontal hairline in a vertical box and vertical in a horizontal one", () => {
    const view = draw(
      <Bubble
        bubble={body(
          { type: "separator" },
          {
            type: "box",
            layout: "horizontal",
            contents: [
              { type: "text", text: "a" },
              { type: "separator" },
              { type: "text", text: "b" },
            ],
          },
        )}
      />,
    );
    const separators = [...view.querySelectorAll('[data-flex="separator"]')];
    const [across, down] = separators.map(rect);
    // It takes no room; its line is a 1 px border at half scale (RENDERING.md §2), which
    // flex-fidelity.test.tsx sees on the screen at 1× and 2×.
    expect(across!.height).toBe(0);
    expect(across!.width).toBeGreaterThan(100);
    expect(down!.width).toBe(0);
    expect(down!.height).toBeCloseTo(FONT_SIZE_PX.md * TEXT_LINE_HEIGHT, 0);
    const [acrossLine, downLine] = separators.map((element) =>
      getComputedStyle(element, "::before"),
    );
    expect([acrossLine!.borderTopWidth, acrossLine!.transform]).toEqual([
      "1px",
      "matrix(1, 0, 0, 0.5, 0, 0)",
    ]);
    expect(Number.parseFloat(acrossLine!.width)).toBeCloseTo(across!.width, 2);
    expect([downLine!.borderLeftWidth, downLine!.transform]).toEqual([
      "1px",
      "matrix(0.5, 0, 0, 1, 0, 0)",
    ]);
    expect(Number.parseFloat(downLine!.height)).toBeCloseTo(down!.height, 2);
  });

  it("an icon is 1em of its size, 2em wide at 2:1, and never grows", () => {
    const view = draw(
      <Bubble
        bubble={body({
          type: "box",
          layout: "baseline",
          contents: [
            {
              type: "icon",
              url: "data:image/gif;base64,R0lGODlhAQABAAAAACw=",
              size: "xl",
              aspectRatio: "2:1",
            },
            { type: "text", text: "label" },
          ],
        })}
      />,
    );
    const picture = view.querySelector<HTMLElement>('[data-flex="icon"] > span');
    expect(picture?.style.backgroundImage).toBe(
      'url("data:image/gif;base64,R0lGODlhAQABAAAAACw=")',
    );
    const icon = rect(picture);
    expect([icon.width, icon.height]).toEqual([2 * FONT_SIZE_PX.xl, FONT_SIZE_PX.xl]);
  });
});

describe("video hero", () => {
  it("shows the poster with a play mark and toggles to altContent", async () => {
    const poster = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==";
    const view = draw(
      <Bubble
        bubble={{
          type: "bubble",
          hero: {
            type: "video",
            url: "https://flexkit.invalid/v.mp4",
            previewUrl: poster,
            aspectRatio: "16:9",
            altContent: { type: "text", text: "no video here" },
          },
        }}
      />,
    );
    const video = only(view, '[data-flex="video"]');
    // The poster covers the video, under the play mark: a 48 px disc with a triangle.
    const style = getComputedStyle(video);
    const [mark, picture] = style.backgroundImage.split(", ");
    expect(mark).toMatch(/^url\("data:image\/svg\+xml,.*circle.*path/);
    expect(picture).toBe(`url("${poster}")`);
    expect(style.backgroundSize).toBe("48px 48px, cover");
    expect(rect(video).height).toBeCloseTo((rect(video).width * 9) / 16, 0);
    expect(video.querySelector('[data-flex="text"]')).toBeNull();
    await userEvent.click(only(view, "[data-video-toggle]"));
    expect(video.querySelector('[data-flex="text"]')?.textContent).toBe("no video here");
  });
});

describe("carousel", () => {
  it("stretches every body to the tallest and keeps LINE's gutters", () => {
    const short = vbox([{ type: "text", text: "short" }]);
    const tall = vbox([{ type: "text", text: "a\nb\nc\nd\ne", wrap: true }]);
    const footer = vbox([{ type: "text", text: "footer" }]);
    const carousel: FlexCarousel = {
      type: "carousel",
      contents: [
        { type: "bubble", size: "micro", body: short, footer },
        { type: "bubble", size: "micro", body: tall, footer },
      ],
    };
    const view = draw(<Carousel carousel={carousel} />);
    const [first, second] = [...view.querySelectorAll('[data-flex-block="body"]')].map(rect);
    expect(first!.height).toBe(second!.height);
    const [left, right] = [...view.querySelectorAll('[data-flex="bubble"]')].map(rect);
    expect(left!.left - rect(view.querySelector('[data-flex="carousel"]')).left).toBe(
      CAROUSEL_GUTTER_PX.outer,
    );
    expect(right!.left - left!.right).toBe(CAROUSEL_GUTTER_PX.between);
  });
});

describe("what cannot be drawn", () => {
  it("becomes an error card in its place", () => {
    const view = draw(
      <MessageView
        message={{
          type: "flex",
          altText: "x",
          contents: {
            type: "bubble",
            body: vbox([{ type: "spacer" } as unknown as FlexComponent]),
          },
        }}
      />,
    );
    expect(view.querySelector("[data-render-error]")?.textContent).toMatchInlineSnapshot(
      `"Can't draw this message. contents.body.contents[0]: expected a Flex component type (box, button, image, video, icon, text, span, separator, filler), got "spacer""`,
    );
  });
});
