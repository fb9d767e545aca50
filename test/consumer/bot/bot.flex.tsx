/**
 * A bot's messages as its author writes them, outside this repository: `flexkit build` takes the
 * default export, and the consumer test compiles this file with tsc and with the Babel preset.
 */
import {
  Body,
  Box,
  Bubble,
  Button,
  ButtonsTemplate,
  camera,
  FlexMessage,
  Footer,
  Hero,
  Image,
  Imagemap,
  MessageArea,
  message,
  postback,
  Text,
  UriArea,
  uri,
} from "@flexkit/flex-jsx";

/** LINE shows only the last message's quick reply. */
const quickReply = {
  items: [
    { type: "action" as const, action: message("Menu", "Menu") },
    { type: "action" as const, action: camera("Photo") },
  ],
};

export const order = (
  <FlexMessage altText="Order shipped">
    <Bubble size="kilo">
      <Hero>
        <Image url="https://example.com/parcel.png" size="full" aspectMode="cover" />
      </Hero>
      <Body>
        <Box layout="vertical" spacing="md">
          <Text weight="bold" size="xl">
            Order shipped
          </Text>
          <Text wrap color="#666666">
            It arrives on Friday.
          </Text>
        </Box>
      </Body>
      <Footer>
        <Box layout="vertical">
          <Button style="primary" action={uri("https://example.com/track", "Track")} />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);

export const menu = (
  <Imagemap
    baseUrl="https://example.com/menu"
    altText="Menu"
    baseSize={{ width: 1040, height: 1040 }}
  >
    <UriArea linkUri="https://example.com/shop" area={{ x: 0, y: 0, width: 520, height: 1040 }} />
    <MessageArea text="Help" area={{ x: 520, y: 0, width: 520, height: 1040 }} />
  </Imagemap>
);

export const confirm = (
  <ButtonsTemplate
    altText="Reorder?"
    text="Order the same again?"
    actions={[postback("reorder=1", "Reorder"), message("No thanks", "No")]}
    quickReply={quickReply}
  />
);

export default [order, menu, confirm];
