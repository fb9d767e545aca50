/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Separator, Text } from "@flexkit/flex-jsx";

const lines = [
  ["Oat flat white", "¥520"],
  ["Almond croissant", "¥380"],
  ["Seasonal fruit cup", "¥450"],
] as const;

/** A café receipt: item rows with right-aligned prices, a total and a store code. */
export default (
  <FlexMessage altText="Receipt: ¥1,350 at Hillside Café">
    <Bubble>
      <Body>
        <Box layout="vertical">
          <Text weight="bold" color="#1db446" size="sm">
            RECEIPT
          </Text>
          <Text weight="bold" size="xxl" margin="md">
            Hillside Café
          </Text>
          <Text size="xs" color="#aaaaaa" wrap>
            2-4 Green Street, Riverside
          </Text>
          <Separator margin="xxl" />
          <Box layout="vertical" margin="xxl" spacing="sm">
            {lines.map(([item, price]) => (
              <Box layout="horizontal" key={item}>
                <Text size="sm" color="#555555" flex={0}>
                  {item}
                </Text>
                <Text size="sm" color="#111111" align="end">
                  {price}
                </Text>
              </Box>
            ))}
            <Separator margin="xxl" />
            <Box layout="horizontal" margin="xxl">
              <Text size="sm" color="#555555">
                TOTAL
              </Text>
              <Text size="sm" color="#111111" align="end" weight="bold">
                ¥1,350
              </Text>
            </Box>
          </Box>
          <Separator margin="xxl" />
          <Box layout="horizontal" margin="md">
            <Text size="xs" color="#aaaaaa" flex={0}>
              STORE
            </Text>
            <Text size="xs" color="#aaaaaa" align="end">
              #0427-HC
            </Text>
          </Box>
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
