/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Hero, Image, Separator, Text } from "@flexkit/flex-jsx";

/** A concert ticket: seat details in a grid and a QR code image at the foot. */
export default (
  <FlexMessage altText="Your ticket: The Night Owls, 14 Mar">
    <Bubble>
      <Hero>
        <Image
          url="https://example.com/flexkit/gallery/stage.jpg"
          size="full"
          aspectRatio="20:9"
          aspectMode="cover"
        />
      </Hero>
      <Body>
        <Box layout="vertical" spacing="md">
          <Text size="xl" weight="bold" wrap>
            The Night Owls — Live at the Dome
          </Text>
          <Box layout="horizontal" spacing="md">
            {[
              ["Date", "Sat 14 Mar"],
              ["Doors", "18:00"],
              ["Gate", "C"],
            ].map(([label, value]) => (
              <Box layout="vertical" key={label}>
                <Text size="xxs" color="#aaaaaa">
                  {label}
                </Text>
                <Text size="sm" weight="bold">
                  {value}
                </Text>
              </Box>
            ))}
          </Box>
          <Box layout="horizontal" spacing="md">
            {[
              ["Block", "A2"],
              ["Row", "11"],
              ["Seat", "27"],
            ].map(([label, value]) => (
              <Box layout="vertical" key={label}>
                <Text size="xxs" color="#aaaaaa">
                  {label}
                </Text>
                <Text size="xl" weight="bold" color="#8e44ad">
                  {value}
                </Text>
              </Box>
            ))}
          </Box>
          <Separator margin="lg" />
          <Box layout="vertical" alignItems="center" margin="lg">
            <Image
              url="https://example.com/flexkit/gallery/ticket-qr.png"
              size="md"
              aspectRatio="1:1"
            />
            <Text size="xxs" color="#aaaaaa" margin="sm">
              Show this code at the gate
            </Text>
          </Box>
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
