/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Header, Text } from "@flexkit/flex-jsx";

const stops = [
  { time: "08:12", name: "Maple Park", line: "Blue line", color: "#2e86de" },
  { time: "08:31", name: "Central", line: "Walk 4 min", color: "#aaaaaa" },
  { time: "08:38", name: "Harbour Gate", line: "", color: "#10ac84" },
] as const;

/** A route: a coloured header and a timeline of stops joined by thin bars. */
export default (
  <FlexMessage altText="Route to Harbour Gate: 26 min">
    <Bubble>
      <Header>
        <Box layout="vertical" backgroundColor="#0c2461" paddingAll="20px" spacing="xs">
          <Text color="#9da8c4" size="sm">
            FROM MAPLE PARK
          </Text>
          <Text color="#ffffff" size="xl" weight="bold">
            Harbour Gate · 26 min
          </Text>
        </Box>
      </Header>
      <Body>
        <Box layout="vertical">
          {stops.map((stop, index) => (
            <Box layout="vertical" key={stop.name}>
              <Box layout="horizontal" spacing="lg">
                <Text size="sm" flex={0} gravity="center" color="#555555">
                  {stop.time}
                </Text>
                <Box
                  layout="vertical"
                  flex={0}
                  width="12px"
                  height="12px"
                  cornerRadius="30px"
                  borderWidth="2px"
                  borderColor={stop.color}
                  margin="sm"
                />
                <Text size="sm" weight="bold" gravity="center">
                  {stop.name}
                </Text>
              </Box>
              {index < stops.length - 1 ? (
                <Box layout="horizontal" spacing="lg" height="36px">
                  {/* An invisible time keeps the bar under the dot whatever the font's digit width. */}
                  <Text size="sm" flex={0} color="#ffffff">
                    00:00
                  </Text>
                  <Box
                    layout="vertical"
                    flex={0}
                    width="2px"
                    backgroundColor={stop.color}
                    margin="md"
                  />
                  <Text size="xs" color="#8c8c8c" gravity="center">
                    {stop.line}
                  </Text>
                </Box>
              ) : null}
            </Box>
          ))}
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
