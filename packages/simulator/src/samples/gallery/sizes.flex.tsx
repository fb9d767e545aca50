/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, Carousel, FlexMessage, Text } from "@flexkit/flex-jsx";

function SizeCard({ size, note }: { size: "deca" | "hecto"; note: string }) {
  return (
    <Bubble size={size}>
      <Body>
        <Box layout="vertical" spacing="xs">
          <Text weight="bold" size="lg" color="#06c755">
            {size}
          </Text>
          <Text size="xxs" color="#999999" wrap>
            {note}
          </Text>
        </Box>
      </Body>
    </Bubble>
  );
}

/**
 * The two newest bubble sizes: a carousel of `deca` bubbles, then a single `hecto` bubble (every
 * bubble of a carousel must have the same size, FLEX-CAR-2). They need LINE 13.6.0+ (7.17.0+ on
 * PC); older apps draw them as `kilo` (FLEX-BUB-5).
 * https://developers.line.biz/en/reference/messaging-api/#bubble
 */
export default [
  <FlexMessage key="deca" altText="Deca bubbles in a carousel">
    <Carousel>
      <SizeCard size="deca" note="Between micro and kilo" />
      <SizeCard size="deca" note="Good for short choices" />
      <SizeCard size="deca" note="Fits three on a phone" />
    </Carousel>
  </FlexMessage>,
  <FlexMessage key="hecto" altText="A hecto bubble">
    <SizeCard size="hecto" note="Between deca and kilo, for a compact card on its own" />
  </FlexMessage>,
];
