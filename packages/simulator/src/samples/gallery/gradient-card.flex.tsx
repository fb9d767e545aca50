/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, Button, FlexMessage, Text, uri } from "@flexkit/flex-jsx";

/** A membership card drawn with a linear gradient background and translucent text. */
export default (
  <FlexMessage altText="Your Gold membership card">
    <Bubble size="kilo">
      <Body>
        <Box
          layout="vertical"
          spacing="md"
          paddingAll="20px"
          cornerRadius="12px"
          background={{
            type: "linearGradient",
            angle: "135deg",
            startColor: "#f7b733",
            centerColor: "#fc4a1a",
            centerPosition: "60%",
            endColor: "#8e2de2",
          }}
        >
          <Text color="#fff3e0" size="xs" weight="bold">
            MEMBERS CLUB
          </Text>
          <Text color="#ffffff" size="xxl" weight="bold">
            GOLD
          </Text>
          <Text color="#ffffff" size="md">
            4,820 points
          </Text>
          <Text color="#ffe0cc" size="xxs">
            No. 0042 1187 5530 · valid to 2027/03
          </Text>
          <Button
            style="secondary"
            height="sm"
            color="#ffffff"
            margin="md"
            action={uri("https://example.com/flexkit/members/rewards", "See rewards")}
          />
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
