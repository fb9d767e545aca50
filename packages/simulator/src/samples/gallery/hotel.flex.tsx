/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  FlexMessage,
  Footer,
  Hero,
  Icon,
  Image,
  Text,
  uri,
} from "@flexkit/flex-jsx";

const star = "https://example.com/flexkit/gallery/star.png";

/** A hotel offer: a photo with an absolutely placed badge, a star rating and a booking link. */
export default (
  <FlexMessage altText="Harbour View Hotel: 2 nights from ¥24,000">
    <Bubble size="giga">
      <Hero>
        <Box layout="vertical" paddingAll="0px">
          <Image
            url="https://example.com/flexkit/gallery/hotel.jpg"
            size="full"
            aspectRatio="3:2"
            aspectMode="cover"
          />
          <Box
            layout="vertical"
            position="absolute"
            offsetTop="12px"
            offsetStart="12px"
            backgroundColor="#ff6b6bcc"
            cornerRadius="20px"
            paddingTop="4px"
            paddingBottom="4px"
            paddingStart="10px"
            paddingEnd="10px"
          >
            <Text size="xs" color="#ffffff" weight="bold">
              −20% this week
            </Text>
          </Box>
        </Box>
      </Hero>
      <Body>
        <Box layout="vertical" spacing="sm">
          <Text weight="bold" size="xl">
            Harbour View Hotel
          </Text>
          <Box layout="baseline" spacing="xs">
            <Icon url={star} size="sm" />
            <Icon url={star} size="sm" />
            <Icon url={star} size="sm" />
            <Icon url={star} size="sm" />
            <Text size="sm" color="#999999" margin="md">
              4.0 · 812 reviews
            </Text>
          </Box>
          <Text size="sm" wrap color="#666666">
            Twin room with sea view, breakfast included. Check-in from 15:00.
          </Text>
          <Box layout="baseline" margin="lg">
            <Text size="xxl" weight="bold" color="#222222" flex={0}>
              ¥24,000
            </Text>
            <Text size="sm" color="#999999" margin="sm">
              / 2 nights
            </Text>
          </Box>
        </Box>
      </Body>
      <Footer>
        <Box layout="horizontal" spacing="sm">
          <Button style="secondary" action={uri("https://example.com/flexkit/hotel/map", "Map")} />
          <Button style="primary" action={uri("https://example.com/flexkit/hotel/book", "Book")} />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
