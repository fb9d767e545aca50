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
  postback,
  Separator,
  Text,
} from "@flexkit/flex-jsx";

const dishes = [
  { name: "Miso ramen", note: "Rich pork broth, corn, butter", price: "¥980" },
  { name: "Yuzu shio ramen", note: "Clear chicken broth, citrus", price: "¥920" },
  { name: "Gyoza (6)", note: "Pan-fried, crisp skirt", price: "¥420" },
];

/** A noodle bar's menu: a hero photo, dishes with notes and prices, an order button. */
export default (
  <FlexMessage altText="Today's menu at Noodle Lane">
    <Bubble>
      <Hero>
        <Image
          url="https://example.com/flexkit/gallery/ramen.jpg"
          size="full"
          aspectRatio="20:13"
          aspectMode="cover"
        />
      </Hero>
      <Body>
        <Box layout="vertical" spacing="md">
          <Text weight="bold" size="xl">
            Noodle Lane · Today
          </Text>
          <Separator />
          {dishes.map((dish) => (
            <Box layout="horizontal" key={dish.name} spacing="md">
              <Box layout="vertical" flex={3}>
                <Text weight="bold" size="sm">
                  {dish.name}
                </Text>
                <Text size="xs" color="#8c8c8c" wrap>
                  {dish.note}
                </Text>
              </Box>
              <Text size="sm" align="end" flex={1} gravity="center">
                {dish.price}
              </Text>
            </Box>
          ))}
        </Box>
      </Body>
      <Footer>
        <Box layout="vertical">
          <Button
            style="primary"
            color="#c0392b"
            action={postback("action=order&shop=noodle-lane", "Order now")}
          />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
