/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, type FlexElement, FlexMessage, render, Text } from "@flexkit/flex-jsx";
import type { FlexMessage as FlexMessageJson } from "@flexkit/validators";
import { describe, expectTypeOf, it } from "vitest";

/** Most mistakes fail in the editor: these lines must not compile. */
describe("JSX types", () => {
  it("accepts a well-formed message", () => {
    const element = (
      <FlexMessage altText="hi">
        <Bubble size="kilo">
          <Body>
            <Box layout="vertical" spacing="12px" paddingAll="5%">
              <Text size="xl" color="#112233">
                hello
              </Text>
            </Box>
          </Body>
        </Bubble>
      </FlexMessage>
    );
    expectTypeOf(element).toEqualTypeOf<FlexElement>();
    expectTypeOf(render<FlexMessageJson>(element).message).toEqualTypeOf<FlexMessageJson>();
  });

  it("rejects intrinsic elements: LINE has no <div>", () => {
    // @ts-expect-error no intrinsic elements exist in the flex runtime
    void (<div />);
  });

  it("rejects values LINE does not allow", () => {
    // @ts-expect-error layout is one of horizontal, vertical, baseline
    void (<Box layout="grid" />);
    // @ts-expect-error text sizes take keywords or px, never %
    void (<Text size="50%">x</Text>);
    // @ts-expect-error colours are #RRGGBB[AA]
    void (<Text color="red">x</Text>);
    void (
      (
        // @ts-expect-error altText is required
        <FlexMessage>
          <Bubble />
        </FlexMessage>
      )
    );
  });

  it("rejects class components", () => {
    class Card {
      render() {
        return null;
      }
    }
    // @ts-expect-error only plain function components
    void (<Card />);
  });
});
