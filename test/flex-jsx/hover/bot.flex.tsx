/**
 * A bot file for the hover test (property-docs.test.ts): the language service is asked what
 * `size`, `action` and `aspectMode` mean where they are written.
 */
import { Body, Box, Bubble, Button, FlexMessage, Hero, Image, Text, uri } from "@flexkit/flex-jsx";

export default (
  <FlexMessage altText="Hover">
    <Bubble>
      <Hero>
        <Image url="https://example.com/a.png" aspectMode="cover" />
      </Hero>
      <Body>
        <Box layout="vertical">
          <Text size="xl">Hello</Text>
          <Button action={uri("https://example.com/", "Open")} />
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
