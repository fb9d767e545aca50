/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  Carousel,
  FlexMessage,
  Footer,
  Hero,
  Image,
  postback,
  Text,
  uri,
} from "@flexkit/flex-jsx";

const products = [
  { id: "mug", name: "Stoneware mug", price: "¥1,800", stock: "In stock" },
  { id: "kettle", name: "Copper kettle", price: "¥7,400", stock: "3 left" },
  { id: "tray", name: "Walnut tray", price: "¥3,200", stock: "In stock" },
];

/** A shop carousel: one bubble per product, then a "see more" bubble. */
export default (
  <FlexMessage altText="New in the kitchen shop">
    <Carousel>
      {products.map((product) => (
        <Bubble size="kilo" key={product.id}>
          <Hero>
            <Image
              url={`https://example.com/flexkit/gallery/${product.id}.jpg`}
              size="full"
              aspectRatio="1:1"
              aspectMode="cover"
            />
          </Hero>
          <Body>
            <Box layout="vertical" spacing="xs">
              <Text weight="bold" size="md" wrap>
                {product.name}
              </Text>
              <Text size="lg" weight="bold" color="#d35400">
                {product.price}
              </Text>
              <Text size="xxs" color={product.stock === "In stock" ? "#27ae60" : "#c0392b"}>
                {product.stock}
              </Text>
            </Box>
          </Body>
          <Footer>
            <Box layout="vertical">
              <Button
                style="primary"
                height="sm"
                action={postback(`cart=add&item=${product.id}`, "Add to cart", {
                  displayText: `Add the ${product.name.toLowerCase()} to my cart`,
                })}
              />
            </Box>
          </Footer>
        </Bubble>
      ))}
      <Bubble size="kilo">
        <Body>
          <Box layout="vertical" justifyContent="center" height="100%">
            <Button action={uri("https://example.com/flexkit/shop", "See more")} />
          </Box>
        </Body>
      </Bubble>
    </Carousel>
  </FlexMessage>
);
