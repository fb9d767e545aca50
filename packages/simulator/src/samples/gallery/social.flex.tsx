/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  FlexMessage,
  Footer,
  Header,
  Hero,
  Image,
  Separator,
  Span,
  Text,
  uri,
} from "@flexkit/flex-jsx";

/** A social post: avatar, name, a photo and a caption with bold and coloured spans. */
export default (
  <FlexMessage altText="Mika shared a photo">
    <Bubble>
      <Header>
        <Box layout="vertical">
          <Box layout="horizontal" spacing="md">
            <Box layout="vertical" width="40px" height="40px" cornerRadius="20px" flex={0}>
              <Image
                url="https://example.com/flexkit/gallery/avatar-mika.jpg"
                size="full"
                aspectRatio="1:1"
                aspectMode="cover"
              />
            </Box>
            <Box layout="vertical">
              <Text weight="bold" size="sm">
                Mika Tanaka
              </Text>
              <Text size="xxs" color="#999999">
                12 min ago · Lakeside trail
              </Text>
            </Box>
          </Box>
        </Box>
      </Header>
      <Hero>
        <Image
          url="https://example.com/flexkit/gallery/lake.jpg"
          size="full"
          aspectRatio="4:3"
          aspectMode="cover"
        />
      </Hero>
      <Body>
        <Box layout="vertical">
          <Text wrap size="sm">
            First light on the lake <Span weight="bold">before anyone else</Span> was up.{" "}
            <Span color="#1e90ff">#sunrise #weekend</Span>
          </Text>
        </Box>
      </Body>
      <Footer>
        <Box layout="vertical" spacing="sm">
          <Separator />
          <Box layout="horizontal">
            <Text
              size="xs"
              color="#999999"
              action={uri("https://example.com/flexkit/post/1/likes")}
            >
              ♥ 128 likes
            </Text>
            <Text
              size="xs"
              color="#999999"
              align="end"
              action={uri("https://example.com/flexkit/post/1")}
            >
              23 comments
            </Text>
          </Box>
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
