/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  clipboard,
  datetimePicker,
  FlexMessage,
  Footer,
  Header,
  Hero,
  Icon,
  Image,
  message,
  postback,
  Separator,
  Span,
  Text,
  uri,
  Video,
} from "@flexkit/flex-jsx";

/** Every Flex component and every property group, written once. */
export default (
  <FlexMessage
    altText="Every component"
    sender={{ name: "Shop", iconUrl: "https://example.com/icon.png" }}
    quickReply={{ items: [{ type: "action", action: message("Hi", "Say hi") }] }}
  >
    <Bubble
      size="giga"
      direction="ltr"
      styles={{ body: { backgroundColor: "#FFFFFF" }, footer: { separator: true } }}
      action={uri("https://example.com", "Open", { altUri: { desktop: "https://example.com/pc" } })}
    >
      <Header>
        <Box
          layout="horizontal"
          background={{
            type: "linearGradient",
            angle: "90deg",
            startColor: "#FF0000",
            endColor: "#0000FF",
            centerColor: "#00FF00",
            centerPosition: "40%",
          }}
          justifyContent="space-between"
          alignItems="center"
        >
          <Text>Header</Text>
        </Box>
      </Header>
      <Hero>
        <Video
          url="https://example.com/video.mp4"
          previewUrl="https://example.com/preview.png"
          aspectRatio="16:9"
          action={uri("https://example.com/more", "More")}
          altContent={<Image url="https://example.com/alt.png" size="full" aspectRatio="16:9" />}
        />
      </Hero>
      <Body>
        <Box
          layout="vertical"
          spacing="md"
          margin="none"
          paddingAll="8px"
          paddingTop="5%"
          paddingBottom="xs"
          paddingStart="sm"
          paddingEnd="lg"
          backgroundColor="#FAFAFAFF"
          borderColor="#CCCCCC"
          borderWidth="light"
          cornerRadius="12px"
          width="100%"
          maxWidth="300px"
          height="200px"
          maxHeight="90%"
          action={postback("id=1", "Open", { displayText: "Opening" })}
        >
          <Box layout="baseline" spacing="sm">
            <Icon url="https://example.com/star.png" size="sm" aspectRatio="1:1" />
            <Text
              size="lg"
              weight="bold"
              color="#111111"
              wrap
              maxLines={2}
              lineSpacing="4px"
              adjustMode="shrink-to-fit"
              scaling
              decoration="underline"
              style="italic"
              align="start"
              flex={1}
            >
              Title
            </Text>
          </Box>
          <Separator margin="md" color="#EEEEEE" />
          <Text>
            Plain{" "}
            <Span weight="bold" color="#FF0000" size="sm" style="italic" decoration="line-through">
              span
            </Span>
          </Text>
          <Image
            url="https://example.com/photo.png"
            size="md"
            aspectMode="cover"
            backgroundColor="#000000"
            animated
            position="absolute"
            offsetTop="-4px"
            offsetStart="10%"
            offsetBottom="sm"
            offsetEnd="0px"
            action={clipboard("CODE42", "Copy")}
          />
        </Box>
      </Body>
      <Footer>
        <Box layout="vertical">
          <Button
            action={datetimePicker("when", "date", "Pick", {
              min: "2025-01-01",
              max: "2025-12-31",
            })}
            style="primary"
            height="sm"
            color="#00AA00"
            gravity="center"
          />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
