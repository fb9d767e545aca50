/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Hero, Image, Text, uri, Video } from "@flexkit/flex-jsx";

/**
 * A video hero. LINE plays a video only as the hero root of a kilo, mega or giga bubble outside a
 * carousel (FLEX-VID-1..3); older apps draw `altContent` instead.
 * https://developers.line.biz/en/docs/messaging-api/create-flex-message-including-video/
 */
export default (
  <FlexMessage altText="Watch: how we roast our beans">
    <Bubble size="mega">
      <Hero>
        <Video
          url="https://example.com/flexkit/gallery/roastery.mp4"
          previewUrl="https://example.com/flexkit/gallery/roastery.jpg"
          aspectRatio="16:9"
          action={uri("https://example.com/flexkit/roastery", "More about us")}
          altContent={
            <Image
              url="https://example.com/flexkit/gallery/roastery.jpg"
              size="full"
              aspectRatio="16:9"
              aspectMode="cover"
            />
          }
        />
      </Hero>
      <Body>
        <Box layout="vertical" spacing="sm">
          <Text weight="bold" size="lg">
            Inside the roastery
          </Text>
          <Text size="sm" color="#777777" wrap>
            Two minutes on how a green bean becomes your morning cup.
          </Text>
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
