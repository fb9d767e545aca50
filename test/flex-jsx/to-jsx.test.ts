import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { renderRichMenuFile } from "@flexkit/flex-jsx/message-file";
import { ToJsxError, toJsx } from "@flexkit/flex-jsx/to-jsx";
import { validateFlexContainer } from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { realWorldFlex } from "../helpers.js";
import {
  compileModuleWithTypeScript,
  compileWithBabel,
  compileWithTypeScript,
  renderDefault,
} from "./compile.js";

/** toJsx's source, compiled both ways, renders back to the same JSON (key order aside). */
async function roundTrip(json: unknown): Promise<void> {
  const source = toJsx(json);
  expect(renderDefault(compileWithTypeScript(source))).toStrictEqual(json);
  expect(renderDefault(await compileWithBabel(source))).toStrictEqual(json);
}

function toJsxError(json: unknown): string {
  try {
    toJsx(json);
  } catch (error) {
    expect(error).toBeInstanceOf(ToJsxError);
    return (error as Error).message;
  }
  throw new Error("toJsx() did not fail");
}

const fixtures = readdirSync(realWorldFlex).flatMap((dir) =>
  readdirSync(join(realWorldFlex, dir))
    .filter((file) => file.endsWith(".json"))
    .map((file) => ({
      name: `${dir}/${file}`,
      json: JSON.parse(readFileSync(join(realWorldFlex, dir, file), "utf8")) as unknown,
    })),
);
const valid = fixtures.filter((fixture) => validateFlexContainer(fixture.json).ok);
const invalid = fixtures.filter((fixture) => !validateFlexContainer(fixture.json).ok);

describe("toJsx round-trips every valid real-world fixture", () => {
  it("finds the fixtures", () => {
    expect(valid.length).toBeGreaterThanOrEqual(10);
  });
  for (const fixture of valid) {
    it(fixture.name, () => roundTrip(fixture.json));
  }
  it("refuses the removed spacer component in the invalid ones, naming where it is", () => {
    expect(
      invalid.map((fixture) => `${fixture.name}: ${toJsxError(fixture.json)}`),
    ).toMatchInlineSnapshot(`
      [
        "line-bot-sdk-java-legacy/Menu.json: the "spacer" component was removed by LINE; use margin or spacing instead at footer.contents[0]",
        "line-bot-sdk-java-legacy/Ticket.json: the "spacer" component was removed by LINE; use margin or spacing instead at body.contents[3].contents[0]",
        "line-bot-sdk-perl/restaurant.json: the "spacer" component was removed by LINE; use margin or spacing instead at footer.contents[2]",
      ]
    `);
  });
});

describe("toJsx round-trips every golden message", () => {
  const golden = join(import.meta.dirname, "golden");
  for (const file of readdirSync(golden).filter((name) => name.endsWith(".json"))) {
    it(file, () => roundTrip(JSON.parse(readFileSync(join(golden, file), "utf8"))));
  }
});

describe("toJsx writes readable source", () => {
  it("imports, indentation, children as text and actions as helpers", () => {
    expect(
      toJsx({
        type: "flex",
        altText: "Order shipped",
        contents: {
          type: "bubble",
          size: "kilo",
          body: {
            type: "box",
            layout: "vertical",
            spacing: "md",
            contents: [
              { type: "text", weight: "bold", size: "xl", text: "Order shipped" },
              { type: "text", wrap: true, color: "#666666", text: "It arrives on Friday." },
              {
                type: "button",
                action: { type: "uri", label: "Track", uri: "https://example.com/track" },
              },
            ],
          },
        },
      }),
    ).toMatchInlineSnapshot(`
      "/** @jsxImportSource @flexkit/flex-jsx */
      import { Body, Box, Bubble, Button, FlexMessage, Text, uri } from "@flexkit/flex-jsx";

      export default (
        <FlexMessage altText="Order shipped">
          <Bubble size="kilo">
            <Body>
              <Box layout="vertical" spacing="md">
                <Text weight="bold" size="xl">Order shipped</Text>
                <Text wrap color="#666666">It arrives on Friday.</Text>
                <Button action={uri("https://example.com/track", "Track")} />
              </Box>
            </Body>
          </Bubble>
        </FlexMessage>
      );
      "
    `);
  });

  it("writes an array of messages with a key on each element", () => {
    expect(
      toJsx([
        { type: "text", text: "Hello" },
        { type: "sticker", packageId: "446", stickerId: "1988" },
      ]),
    ).toMatchInlineSnapshot(`
      "/** @jsxImportSource @flexkit/flex-jsx */
      import { StickerMessage, TextMessage } from "@flexkit/flex-jsx";

      export default [
        <TextMessage key={0}>Hello</TextMessage>,
        <StickerMessage key={1} packageId="446" stickerId="1988" />,
      ];
      "
    `);
  });

  it("keeps text JSX would change in string expressions", async () => {
    const tricky = [
      "  leading and trailing  ",
      "braces {name} and <tags>",
      "&amp; stays literal",
      'quotes " and \\ backslash',
      "two\nlines\ttab",
      "",
    ];
    for (const text of tricky) {
      await roundTrip({
        type: "bubble",
        body: {
          type: "box",
          layout: "vertical",
          contents: [
            { type: "text", text, color: "#000000" },
            { type: "text", contents: [{ type: "span", text }] },
          ],
        },
        action: { type: "message", text, label: text },
      });
      await roundTrip({ type: "text", text, sender: { name: text } });
    }
  });

  it("falls back to an object literal for an action no helper writes", async () => {
    const json = {
      type: "bubble",
      action: { type: "camera" },
      body: { type: "box", layout: "vertical", contents: [], action: { type: "future", x: 1 } },
    };
    expect(toJsx(json)).toContain('action={{ type: "camera" }}');
    await roundTrip(json);
  });

  it("writes a property name that is not an identifier as a quoted key, never as code", async () => {
    // JSON from a #m= link reaches toJsx and then the workbench's compiler: a key must stay data.
    const hostile = "a={(globalThis.flexkitPwned = 1)} b";
    const json = {
      type: "bubble",
      body: {
        type: "box",
        layout: "vertical",
        contents: [{ type: "text", text: "hi", [hostile]: 1, "data-x": "y" }],
      },
    };
    const source = toJsx(json);
    expect(source).toContain(`{...{ ${JSON.stringify(hostile)}: 1 }}`);
    expect(source).toContain(`{...{ "data-x": "y" }}`);
    await roundTrip(json);
    expect((globalThis as { flexkitPwned?: number }).flexkitPwned).toBeUndefined();
  });

  it("keeps a JSON property named key (JSX takes `key` for the list key) as data", async () => {
    // LINE has no property named key: the validators report it (ERR-3), so it must reach them.
    const text = { type: "text", text: "hi", key: "k" };
    const bubble = {
      type: "bubble",
      body: { type: "box", layout: "vertical", contents: [], key: 1 },
    };
    expect(toJsx(text)).toContain(`<TextMessage {...{ "key": "k" }}>hi</TextMessage>`);
    await roundTrip(text);
    await roundTrip(bubble);
    // In an array, the element's list key comes first and the data after it.
    const list = [text, { type: "text", text: "no key" }];
    expect(toJsx(list)).toContain(`<TextMessage key={0} {...{ "key": "k" }}>hi</TextMessage>`);
    await roundTrip(list);
  });

  it("refuses a JSON property named children, which JSX takes for the element's children", () => {
    expect(toJsxError({ type: "text", text: "hi", children: "x" })).toMatchInlineSnapshot(
      `"a property named children can't be written as JSX (JSX takes it for an element's children; LINE has no such property) at children"`,
    );
    expect(
      toJsxError({
        type: "bubble",
        body: { type: "box", layout: "vertical", contents: [], children: [1] },
      }),
    ).toMatchInlineSnapshot(
      `"a property named children can't be written as JSX (JSX takes it for an element's children; LINE has no such property) at body.children"`,
    );
  });

  it("takes a type named like an Object.prototype member for the unknown type it is", () => {
    expect(toJsxError({ type: "toString" })).toContain('got "toString"');
    expect(
      toJsxError({
        type: "bubble",
        body: { type: "box", layout: "vertical", contents: [{ type: "constructor" }] },
      }),
    ).toContain('got "constructor" at body.contents[0]');
    expect(
      toJsxError({ type: "template", altText: "x", template: { type: "constructor" } }),
    ).toContain('got "constructor" at template');
    expect(
      toJsxError({
        type: "imagemap",
        baseUrl: "https://example.com/rm",
        altText: "x",
        baseSize: { width: 1040, height: 1040 },
        actions: [{ type: "toString", area: { x: 0, y: 0, width: 1, height: 1 } }],
      }),
    ).toContain('got "toString"');
  });

  it("names what it cannot turn into JSX", () => {
    expect(toJsxError({ type: "fax" })).toMatchInlineSnapshot(
      `"expected a message type ("text", "textV2", "sticker", "image", "video", "audio", "location", "imagemap", "template", "flex", "coupon"), got "fax""`,
    );
    expect(toJsxError([{ type: "text", text: "a" }, 42])).toMatchInlineSnapshot(
      `"expected a message object, got number 42 at messages[1]"`,
    );
    expect(
      toJsxError({
        type: "bubble",
        body: { type: "box", layout: "vertical", contents: [{ type: "table" }] },
      }),
    ).toMatchInlineSnapshot(
      `"expected a Flex component type ("box", "text", "span", "image", "video", "icon", "button", "separator", "filler"), got "table" at body.contents[0]"`,
    );
    expect(
      toJsxError({ type: "template", altText: "x", template: { type: "list" } }),
    ).toMatchInlineSnapshot(
      `"expected a template type ("buttons", "confirm", "carousel", "image_carousel"), got "list" at template"`,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Property-based: generated messages of every kind round-trip.

const text = fc.string({ unit: "binary", maxLength: 12 });
const color = fc.constantFrom("#000000", "#FF0000AA", "#abcdef");
const size = fc.constantFrom("xs", "md", "xl", "12px");
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Drops undefined values, as JSON would. */
function compact<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

const action = fc.oneof(
  fc.record({
    type: fc.constant("postback"),
    data: text,
    label: maybe(text),
    displayText: maybe(text),
  }),
  fc.record({ type: fc.constant("message"), text, label: maybe(text) }),
  fc.record({
    type: fc.constant("uri"),
    uri: fc.webUrl(),
    label: maybe(text),
    altUri: maybe(fc.record({ desktop: fc.webUrl() })),
  }),
  fc.record({
    type: fc.constant("datetimepicker"),
    data: text,
    mode: fc.constantFrom("date", "time", "datetime"),
    initial: maybe(text),
  }),
  fc.record({ type: fc.constant("clipboard"), clipboardText: text, label: maybe(text) }),
  fc.record({ type: fc.constantFrom("camera", "cameraRoll", "location"), label: text }),
);

const span = fc.record({
  type: fc.constant("span"),
  text: maybe(text),
  color: maybe(color),
  size: maybe(size),
});
const flexText = fc.record({
  type: fc.constant("text"),
  text: maybe(text),
  contents: maybe(fc.array(span, { maxLength: 3 })),
  wrap: maybe(fc.boolean()),
  flex: maybe(fc.nat(5)),
  action: maybe(action),
});
const image = fc.record({
  type: fc.constant("image"),
  url: fc.webUrl(),
  size: maybe(fc.constantFrom("full", "50%", "sm")),
  animated: maybe(fc.boolean()),
});
const icon = fc.record({ type: fc.constant("icon"), url: fc.webUrl(), size: maybe(size) });
const filler = fc.record({ type: fc.constant("filler"), flex: maybe(fc.nat(3)) });
// Children follow RULES.md §5.4, or render() rightly refuses them.
const flowLeaf = fc.oneof(
  flexText,
  image,
  filler,
  fc.record({
    type: fc.constant("button"),
    action,
    style: maybe(fc.constantFrom("link", "primary")),
  }),
  fc.record({ type: fc.constant("separator"), color: maybe(color) }),
);
const baselineBox = fc.record({
  type: fc.constant("box"),
  layout: fc.constant("baseline"),
  contents: fc.array(fc.oneof(flexText, icon, filler), { maxLength: 3 }),
});
const { box } = fc.letrec<{ box: Record<string, unknown>; child: unknown }>((tie) => ({
  box: fc.record({
    type: fc.constant("box"),
    layout: fc.constantFrom("horizontal", "vertical"),
    spacing: maybe(size),
    background: maybe(
      fc.record({
        type: fc.constant("linearGradient"),
        angle: fc.constant("90deg"),
        startColor: color,
        endColor: color,
      }),
    ),
    contents: fc.array(tie("child"), { maxLength: 3 }),
  }),
  child: fc.oneof({ depthSize: "small", withCrossShrink: true }, flowLeaf, baselineBox, tie("box")),
}));
const video = fc.record({
  type: fc.constant("video"),
  url: fc.webUrl(),
  previewUrl: fc.webUrl(),
  altContent: fc.oneof(image, box),
});
const bubble = fc.record(
  {
    type: fc.constant("bubble"),
    size: maybe(fc.constantFrom("nano", "kilo", "giga")),
    header: box,
    hero: fc.oneof(box, image, video),
    body: box,
    footer: box,
    styles: fc.record({ body: fc.record({ separator: fc.boolean() }) }, { requiredKeys: [] }),
    action,
  },
  { requiredKeys: ["type"] },
);
const quickReply = fc.record({
  items: fc.array(fc.record({ type: fc.constant("action"), action }), {
    minLength: 1,
    maxLength: 3,
  }),
});
const common = { quickReply: maybe(quickReply), sender: maybe(fc.record({ name: text })) };
const area = fc.record({
  x: fc.nat(1040),
  y: fc.nat(1040),
  width: fc.nat(1040),
  height: fc.nat(1040),
});
const column = fc.record({ title: maybe(text), text, actions: fc.array(action, { maxLength: 3 }) });

const messageArb = fc.oneof(
  fc.record({
    type: fc.constant("flex"),
    altText: text,
    contents: fc.oneof(
      bubble,
      fc.record({ type: fc.constant("carousel"), contents: fc.array(bubble, { maxLength: 3 }) }),
    ),
    ...common,
  }),
  fc.record({
    type: fc.constant("text"),
    text,
    emojis: maybe(
      fc.array(fc.record({ index: fc.nat(), productId: text, emojiId: text }), { maxLength: 2 }),
    ),
    ...common,
  }),
  fc.record({
    type: fc.constant("textV2"),
    text,
    substitution: maybe(
      fc.dictionary(
        fc.string({ minLength: 1, maxLength: 5 }),
        fc.record({ type: fc.constant("emoji"), productId: text, emojiId: text }),
        { maxKeys: 2 },
      ),
    ),
    ...common,
  }),
  fc.record({ type: fc.constant("sticker"), packageId: text, stickerId: text, ...common }),
  fc.record({
    type: fc.constant("image"),
    originalContentUrl: fc.webUrl(),
    previewImageUrl: fc.webUrl(),
    ...common,
  }),
  fc.record({
    type: fc.constant("video"),
    originalContentUrl: fc.webUrl(),
    previewImageUrl: fc.webUrl(),
    trackingId: maybe(text),
    ...common,
  }),
  fc.record({
    type: fc.constant("audio"),
    originalContentUrl: fc.webUrl(),
    duration: fc.nat(),
    ...common,
  }),
  fc.record({
    type: fc.constant("location"),
    title: text,
    address: text,
    latitude: fc.double({ noNaN: true, noDefaultInfinity: true }),
    longitude: fc.double({ noNaN: true, noDefaultInfinity: true }),
    ...common,
  }),
  fc.record({ type: fc.constant("coupon"), couponId: text, deliveryTag: maybe(text), ...common }),
  fc.record({
    type: fc.constant("imagemap"),
    baseUrl: fc.webUrl(),
    altText: text,
    baseSize: fc.record({ width: fc.constant(1040), height: fc.nat(2000) }),
    actions: fc.array(
      fc.oneof(
        fc.record({ type: fc.constant("uri"), linkUri: fc.webUrl(), area, label: maybe(text) }),
        fc.record({ type: fc.constant("message"), text, area }),
        fc.record({ type: fc.constant("clipboard"), clipboardText: text, area }),
      ),
      { maxLength: 3 },
    ),
    video: maybe(
      fc.record({ originalContentUrl: fc.webUrl(), previewImageUrl: fc.webUrl(), area }),
    ),
    ...common,
  }),
  fc.record({
    type: fc.constant("template"),
    altText: text,
    template: fc.oneof(
      fc.record({
        type: fc.constant("buttons"),
        text,
        title: maybe(text),
        defaultAction: maybe(action),
        actions: fc.array(action, { maxLength: 4 }),
      }),
      fc.record({
        type: fc.constant("confirm"),
        text,
        actions: fc.array(action, { maxLength: 2 }),
      }),
      fc.record({
        type: fc.constant("carousel"),
        columns: fc.array(column, { maxLength: 3 }),
        imageSize: maybe(fc.constantFrom("cover", "contain")),
      }),
      fc.record({
        type: fc.constant("image_carousel"),
        columns: fc.array(fc.record({ imageUrl: fc.webUrl(), action }), { maxLength: 3 }),
      }),
    ),
    ...common,
  }),
);

describe("toJsx round-trips generated messages (fast-check)", () => {
  it("a message, an array of messages or a bare container", () => {
    const payload = fc.oneof(
      messageArb,
      fc.array(messageArb, { minLength: 1, maxLength: 5 }),
      bubble,
    );
    fc.assert(
      fc.property(payload, (generated) => {
        const json = compact(generated);
        expect(renderDefault(compileWithTypeScript(toJsx(json)))).toStrictEqual(json);
      }),
      { numRuns: 300 },
    );
  });
});

describe("toJsx output grows linearly with the JSON's depth", () => {
  /** A bubble whose body is `depth` boxes one inside another, the innermost holding a text. */
  function deepBubble(depth: number): unknown {
    let box: unknown = { type: "text", text: "x" };
    for (let level = 0; level < depth; level++)
      box = { type: "box", layout: "vertical", contents: [box] };
    return { type: "bubble", body: box };
  }

  it("nested boxes and nested prop values, 20 times as deep, are at most about 20 times as long", () => {
    // Linear is 20x; indentation that grows with depth made it hundreds of times (1000 boxes
    // were 4 MB of source). 40x leaves room for what does not repeat.
    const boxes = (depth: number) => toJsx(deepBubble(depth)).length;
    expect(boxes(1000) / boxes(50)).toBeLessThan(40);
    const nested = (depth: number) => {
      let value: unknown = "x";
      for (let level = 0; level < depth; level++) value = { a: value, b: "a value long enough" };
      return toJsx({ type: "text", text: "hi", extra: value }).length;
    };
    expect(nested(1000) / nested(50)).toBeLessThan(40);
    // Still source that renders the same JSON.
    const deep = deepBubble(200);
    expect(renderDefault(compileWithTypeScript(toJsx(deep)))).toStrictEqual(deep);
  });
});

describe("toJsx of rich menus", () => {
  const areas = [
    { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: "message", text: "Hi" } },
    {
      bounds: { x: 1250, y: 0, width: 1250, height: 843 },
      action: { type: "richmenuswitch", richMenuAliasId: "tab-b", data: "to=b", label: "B" },
    },
  ];
  const menu = {
    size: { width: 2500, height: 843 },
    selected: true,
    name: "main",
    chatBarText: "Menu",
    areas,
  };

  it("writes a rich menu as <RichMenu> with an <Area bounds> per area, and it renders back", async () => {
    const source = toJsx(menu);
    expect(source).toMatchInlineSnapshot(`
      "/** @jsxImportSource @flexkit/flex-jsx */
      import { message, richMenuSwitch } from "@flexkit/flex-jsx";
      import { Area, RichMenu } from "@flexkit/flex-jsx/rich-menu";

      export default (
        <RichMenu size="compact" selected name="main" chatBarText="Menu">
          <Area bounds={{ x: 0, y: 0, width: 1250, height: 843 }} action={message("Hi")} />
          <Area
            bounds={{ x: 1250, y: 0, width: 1250, height: 843 }}
            action={richMenuSwitch("tab-b", "to=b", "B")}
          />
        </RichMenu>
      );
      "
    `);
    await roundTrip(menu);
    const odd = { ...menu, size: { width: 1200, height: 810 }, selected: false };
    await roundTrip(odd);
  });

  it("writes a tab set as a richMenus export with its images, which renders back", () => {
    const set = {
      richMenus: { "tab-a": menu, tab_b: { ...menu, name: "b" } },
      images: { "tab-a": "./a.png" },
    };
    const source = toJsx(set);
    expect(source).toMatchInlineSnapshot(`
      "/** @jsxImportSource @flexkit/flex-jsx */
      import { message, richMenuSwitch } from "@flexkit/flex-jsx";
      import { Area, RichMenu } from "@flexkit/flex-jsx/rich-menu";

      export const richMenus = {
        "tab-a": (
          <RichMenu size="compact" selected name="main" chatBarText="Menu">
            <Area bounds={{ x: 0, y: 0, width: 1250, height: 843 }} action={message("Hi")} />
            <Area
              bounds={{ x: 1250, y: 0, width: 1250, height: 843 }}
              action={richMenuSwitch("tab-b", "to=b", "B")}
            />
          </RichMenu>
        ),
        tab_b: (
          <RichMenu size="compact" selected name="b" chatBarText="Menu">
            <Area bounds={{ x: 0, y: 0, width: 1250, height: 843 }} action={message("Hi")} />
            <Area
              bounds={{ x: 1250, y: 0, width: 1250, height: 843 }}
              action={richMenuSwitch("tab-b", "to=b", "B")}
            />
          </RichMenu>
        ),
      };

      export const images = { "tab-a": "./a.png" };
      "
    `);
    const module = compileModuleWithTypeScript(source);
    const rendered = renderRichMenuFile(module, "tabs.flex.tsx");
    expect({ richMenus: rendered.richMenus, images: rendered.images }).toStrictEqual(set);
  });

  it("names what it cannot write", () => {
    expect(toJsxError({ richMenus: { a: menu }, messages: [] })).toMatchInlineSnapshot(
      `"a rich menu file holds richMenus and images only; "messages" can't be written beside them at messages"`,
    );
    expect(toJsxError({ ...menu, areas: [1] })).toMatchInlineSnapshot(
      `"expected a rich menu area { bounds, action }, got number 1 at areas[0]"`,
    );
  });
});
