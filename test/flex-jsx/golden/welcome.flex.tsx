/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Footer, Header, Span, Text } from "@flexkit/flex-jsx";

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Box layout="horizontal">
      <Text size="sm" color="#555555" flex={0}>
        {label}
      </Text>
      <Text size="sm" align="end">
        {value}
      </Text>
    </Box>
  );
}

const items = [
  { label: "Coffee", value: "$3.00" },
  { label: "Bagel", value: "$2.50" },
];

export default (
  <FlexMessage altText="Your receipt" sender={{ name: "Cafe" }}>
    <Bubble size="kilo" styles={{ footer: { separator: true } }}>
      <Header>
        <Box layout="vertical">
          <Text weight="bold">Receipt</Text>
        </Box>
      </Header>
      <Body>
        <Box layout="vertical" spacing="sm" paddingAll="12px">
          {items.map((item) => (
            <Row key={item.label} {...item} />
          ))}
          {false}
          {null}
          {/* biome-ignore lint/complexity/noUselessFragments: the golden pair checks that fragments flatten. */}
          <>
            <Text wrap maxLines={2}>
              Total <Span weight="bold">$5.50</Span>
            </Text>
          </>
        </Box>
      </Body>
      <Footer>
        <Box layout="baseline" margin="md">
          <Text size="xs" color="#aaaaaa">
            Thank you
          </Text>
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
