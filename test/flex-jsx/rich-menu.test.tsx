/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  buildButton,
  clipboard,
  datetimePicker,
  FlexMessage,
  type FlexNode,
  FlexRenderError,
  Image,
  message,
  postback,
  render,
  richMenuSwitch,
  Text,
  uri,
} from "@flexkit/flex-jsx";
import {
  Area,
  type Cell,
  Column,
  layOut,
  RichMenu,
  Row,
  splitByWeights,
} from "@flexkit/flex-jsx/rich-menu";
import { validateRichMenu } from "@flexkit/validators";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

function renderError(node: FlexNode): string {
  try {
    render(node);
  } catch (error) {
    expect(error).toBeInstanceOf(FlexRenderError);
    return (error as Error).message.replace(/ \([^()]*:\d+:\d+\)$/, " (<source>)");
  }
  throw new Error("render() did not fail");
}

describe("<RichMenu>", () => {
  it("renders exactly LINE's rich menu object, a named size as numbers", () => {
    const { message: menu, sources } = render(
      <RichMenu size="compact" selected name="main" chatBarText="Menu">
        <Area bounds={{ x: 0, y: 0, width: 1250, height: 843 }} action={message("Hi", "Hi")} />
        <Area
          bounds={{ x: 1250, y: 0, width: 1250, height: 843 }}
          action={richMenuSwitch("tab-b", "switch=b")}
        />
      </RichMenu>,
    );
    expect(JSON.stringify(menu)).toBe(
      JSON.stringify({
        size: { width: 2500, height: 843 },
        selected: true,
        name: "main",
        chatBarText: "Menu",
        areas: [
          {
            bounds: { x: 0, y: 0, width: 1250, height: 843 },
            action: { type: "message", text: "Hi", label: "Hi" },
          },
          {
            bounds: { x: 1250, y: 0, width: 1250, height: 843 },
            action: { type: "richmenuswitch", richMenuAliasId: "tab-b", data: "switch=b" },
          },
        ],
      }),
    );
    expect(validateRichMenu(menu).issues).toEqual([]);
    expect(Object.keys(sources).sort()).toEqual(["", "areas[0]", "areas[1]"]);
    expect(
      render(<RichMenu size="large" selected={false} name="n" chatBarText="t" />).message,
    ).toMatchInlineSnapshot(`
        {
          "areas": [],
          "chatBarText": "t",
          "name": "n",
          "selected": false,
          "size": {
            "height": 1686,
            "width": 2500,
          },
        }
      `);
    const size = { width: 1200, height: 810 };
    expect(
      render(RichMenu({ size, selected: false, name: "n", chatBarText: "t" })).message.size,
    ).toEqual(size);
  });

  it("lays out rows and columns into the same areas as bounds written by hand", () => {
    const byWeights = render(
      <RichMenu size="large" selected name="six" chatBarText="Menu">
        <Row>
          <Area action={postback("a=1")} />
          <Area action={postback("a=2")} />
          <Area action={postback("a=3")} />
        </Row>
        <Row>
          <Area weight={2} action={uri("https://example.com")} />
          <Column>
            <Area action={datetimePicker("d", "date")} />
            <Area action={clipboard("CODE")} />
          </Column>
        </Row>
      </RichMenu>,
    );
    const byHand = render(
      <RichMenu size={{ width: 2500, height: 1686 }} selected name="six" chatBarText="Menu">
        <Area bounds={{ x: 0, y: 0, width: 833, height: 843 }} action={postback("a=1")} />
        <Area bounds={{ x: 833, y: 0, width: 834, height: 843 }} action={postback("a=2")} />
        <Area bounds={{ x: 1667, y: 0, width: 833, height: 843 }} action={postback("a=3")} />
        <Area
          bounds={{ x: 0, y: 843, width: 1667, height: 843 }}
          action={uri("https://example.com")}
        />
        <Area
          bounds={{ x: 1667, y: 843, width: 833, height: 422 }}
          action={datetimePicker("d", "date")}
        />
        <Area bounds={{ x: 1667, y: 1265, width: 833, height: 421 }} action={clipboard("CODE")} />
      </RichMenu>,
    );
    expect(JSON.stringify(byWeights.message)).toBe(JSON.stringify(byHand.message));
    // Each area's source is its own <Area>'s, at its index in `areas`.
    expect(Object.keys(byWeights.sources).sort()).toEqual(Object.keys(byHand.sources).sort());
    expect(byWeights.sources["areas[5]"]).not.toBe(byWeights.sources["areas[4]"]);
  });

  it("columns at the top split the width; rows in them split the height", () => {
    const { message: menu } = render(
      <RichMenu size="compact" selected={false} name="c" chatBarText="c">
        <Column weight={1}>
          <Area action={message("a")} />
        </Column>
        <Column weight={3}>
          <Row>
            <Area action={message("b")} />
          </Row>
          <Row>
            <Area action={message("c")} />
          </Row>
        </Column>
      </RichMenu>,
    );
    expect((menu as { areas: { bounds: unknown }[] }).areas.map((area) => area.bounds)).toEqual([
      { x: 0, y: 0, width: 625, height: 843 },
      { x: 625, y: 0, width: 1875, height: 422 },
      { x: 625, y: 422, width: 1875, height: 421 },
    ]);
  });

  it("tiles the menu exactly, with no gap or overlap, for any weights", () => {
    const weights = fc.array(
      fc.integer({ min: 7, max: 70 }).map((n) => n / 7),
      {
        minLength: 1,
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 800, max: 2500 }),
        fc.integer({ min: 250, max: 1724 }),
        fc.array(weights, { minLength: 1, maxLength: 5 }),
        (width, height, rows) => {
          const cells: Cell[] = rows.map((columns) => ({
            weight: columns.length,
            split: "width",
            cells: columns.map((weight) => ({ weight, action: message("x") })),
          }));
          const areas = layOut(cells, "height", { x: 0, y: 0, width, height });
          let area = 0;
          for (const { bounds } of areas) {
            for (const n of [bounds.x, bounds.y, bounds.width, bounds.height])
              expect(Number.isInteger(n)).toBe(true);
            expect(bounds.width).toBeGreaterThan(0);
            expect(bounds.height).toBeGreaterThan(0);
            expect(bounds.x + bounds.width).toBeLessThanOrEqual(width);
            expect(bounds.y + bounds.height).toBeLessThanOrEqual(height);
            area += bounds.width * bounds.height;
          }
          // Inside the menu, no two overlapping and adding up to it: they tile it exactly.
          for (const [i, a] of areas.entries())
            for (const b of areas.slice(i + 1)) {
              const overlaps =
                a.bounds.x < b.bounds.x + b.bounds.width &&
                b.bounds.x < a.bounds.x + a.bounds.width &&
                a.bounds.y < b.bounds.y + b.bounds.height &&
                b.bounds.y < a.bounds.y + a.bounds.height;
              expect(overlaps).toBe(false);
            }
          expect(area).toBe(width * height);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("splits a length at rounded cumulative boundaries", () => {
    expect(splitByWeights(2500, [1, 1, 1])).toEqual([833, 834, 833]);
    expect(splitByWeights(843, [1, 1])).toEqual([422, 421]);
    expect(splitByWeights(10, [1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
  });
});

describe("rich menu render errors", () => {
  it("refuse richMenuSwitch outside a rich menu's <Area>, where LINE refuses it (ACT-RMS)", () => {
    const tabB = richMenuSwitch("tab-b", "switch", "B");
    expect(
      renderError(
        <FlexMessage altText="a">
          <Bubble>
            <Body>
              <Box layout="vertical">
                {/* @ts-expect-error the types refuse it too (InferMessage) */}
                <Button action={tabB} />
              </Box>
            </Body>
          </Bubble>
        </FlexMessage>,
      ),
    ).toMatchInlineSnapshot(
      `"richMenuSwitch must be inside an <Area> at contents.body.contents[0] (<source>)"`,
    );
    // @ts-expect-error a bubble's own action is a message part as well
    expect(renderError(<Bubble action={tabB} />)).toMatchInlineSnapshot(
      `"richMenuSwitch must be inside an <Area> (<source>)"`,
    );
    expect(
      // @ts-expect-error and so is an image's
      renderError(<Image url="https://example.com/a.png" action={tabB} />),
    ).toMatchInlineSnapshot(`"richMenuSwitch must be inside an <Area> (<source>)"`);
    // Named at the element that holds it, not at its children rendered before it nor its parent.
    const nested = (switchOnBox: boolean) => (
      <FlexMessage altText="a">
        <Bubble>
          <Body>
            {/* @ts-expect-error refused by the types as well */}
            <Box layout="vertical" action={switchOnBox ? tabB : undefined}>
              <Text>one</Text>
              {/* @ts-expect-error refused by the types as well */}
              <Text action={switchOnBox ? undefined : tabB}>two</Text>
            </Box>
          </Body>
        </Bubble>
      </FlexMessage>
    );
    expect(renderError(nested(true))).toBe(
      "richMenuSwitch must be inside an <Area> at contents.body (<source>)",
    );
    expect(renderError(nested(false))).toBe(
      "richMenuSwitch must be inside an <Area> at contents.body.contents[1] (<source>)",
    );
    // A builder called on its own refuses it too, with the same error.
    expect(() => buildButton({ action: tabB } as never)).toThrow(
      new FlexRenderError("richMenuSwitch must be inside an <Area>", "", undefined),
    );
    // In an area, anywhere a menu lays it out, it renders as it is.
    const { message: menu } = render(
      <RichMenu size="compact" selected={false} name="n" chatBarText="t">
        <Row>
          <Area action={tabB} />
        </Row>
      </RichMenu>,
    );
    expect((menu as { areas: Array<{ action: unknown }> }).areas[0]!.action).toStrictEqual(tabB);
  });

  it("name the element and what is expected", () => {
    expect(
      renderError(
        <RichMenu size="large" selected name="n" chatBarText="t">
          <Row>
            <Area bounds={{ x: 0, y: 0, width: 1, height: 1 }} action={message("a")} />
          </Row>
        </RichMenu>,
      ),
    ).toMatchInlineSnapshot(
      `"<Area> in a <Row> takes weight, not bounds (its bounds are computed from the weights) at areas[0] (<source>)"`,
    );
    expect(
      renderError(
        <RichMenu size="large" selected name="n" chatBarText="t">
          <Area action={message("a")} />
        </RichMenu>,
      ),
    ).toMatchInlineSnapshot(
      `"<Area> in a <RichMenu> needs bounds={{ x, y, width, height }} (only in a <Row> or <Column> are they computed from weight) at areas[0] (<source>)"`,
    );
    expect(
      renderError(
        <RichMenu size="large" selected name="n" chatBarText="t">
          <Row>
            <Area action={message("a")} />
          </Row>
          <Column>
            <Area action={message("a")} />
          </Column>
        </RichMenu>,
      ),
    ).toMatchInlineSnapshot(
      `"a <RichMenu> holds either <Area>s with bounds, or <Row>s, or <Column>s, not a mix; found <Row> and <Column> (<source>)"`,
    );
    expect(
      renderError(
        <RichMenu size="large" selected name="n" chatBarText="t">
          <Row>
            <Row>
              <Area action={message("a")} />
            </Row>
          </Row>
        </RichMenu>,
      ),
    ).toMatchInlineSnapshot(
      `"<Row> must be inside a <RichMenu> or a <Column>; found in a <Row> at areas[0] (<source>)"`,
    );
    expect(
      renderError(
        <RichMenu size="large" selected name="n" chatBarText="t">
          <Row weight={0}>
            <Area action={message("a")} />
          </Row>
        </RichMenu>,
      ),
    ).toMatchInlineSnapshot(
      `"Invalid value for "weight" of <Row> at areas[0]: expected a positive number; received 0 (<source>)"`,
    );
    expect(
      renderError(
        <RichMenu size="large" selected name="n" chatBarText="t">
          <Row />
        </RichMenu>,
      ),
    ).toMatchInlineSnapshot(
      `"a <Row> at areas[0] needs at least one <Area> or <Column> (<source>)"`,
    );
    expect(
      renderError(
        // @ts-expect-error: "huge" is no size
        <RichMenu size="huge" selected name="n" chatBarText="t" />,
      ),
    ).toMatchInlineSnapshot(
      `"Invalid value for "size" of <RichMenu>: expected { width, height }, "large" or "compact"; received "huge" (<source>)"`,
    );
  });
});
