/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  FlexMessage,
  Footer,
  Hero,
  Image,
  Separator,
  Text,
  uri,
} from "@flexkit/flex-jsx";

/** A flat for rent: a photo strip, key figures in three columns and a viewing link. */
export default (
  <FlexMessage altText="2LDK near Riverside Park: ¥148,000/month">
    <Bubble>
      <Hero>
        <Box layout="horizontal" paddingAll="0px" spacing="xs">
          <Image
            url="https://example.com/flexkit/gallery/flat-living.jpg"
            size="full"
            aspectRatio="1:1"
            aspectMode="cover"
            flex={2}
          />
          <Box layout="vertical" flex={1} spacing="xs">
            <Image
              url="https://example.com/flexkit/gallery/flat-kitchen.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
            />
            <Image
              url="https://example.com/flexkit/gallery/flat-bath.jpg"
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
            />
          </Box>
        </Box>
      </Hero>
      <Body>
        <Box layout="vertical" spacing="md">
          <Text size="lg" weight="bold" wrap>
            2LDK near Riverside Park
          </Text>
          <Box layout="horizontal">
            {[
              ["Rent", "¥148k"],
              ["Area", "58 m²"],
              ["Walk", "6 min"],
            ].map(([label, value]) => (
              <Box layout="vertical" key={label}>
                <Text size="xxs" color="#999999" align="center">
                  {label}
                </Text>
                <Text size="md" weight="bold" align="center">
                  {value}
                </Text>
              </Box>
            ))}
          </Box>
          <Separator />
          <Text size="xs" color="#666666" wrap>
            Fourth floor, south-facing balcony, built 2019. Pets allowed on request.
          </Text>
        </Box>
      </Body>
      <Footer>
        <Box layout="vertical">
          <Button
            style="primary"
            color="#16a085"
            action={uri("https://example.com/flexkit/estate/viewing", "Book a viewing")}
          />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
