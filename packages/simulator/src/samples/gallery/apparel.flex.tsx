/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, Carousel, FlexMessage, Image, Text, uri } from "@flexkit/flex-jsx";

const looks = [
  { id: "linen-shirt", name: "Linen shirt", price: "¥6,900", was: "¥8,900" },
  { id: "wool-coat", name: "Wool coat", price: "¥24,000", was: "¥29,000" },
];

/** Apparel: full-bleed photos with the name and a struck-through old price laid over them. */
export default (
  <FlexMessage altText="Spring sale: up to 25% off">
    <Carousel>
      {looks.map((look) => (
        <Bubble key={look.id} action={uri(`https://example.com/flexkit/shop/${look.id}`)}>
          <Body>
            <Box layout="vertical" paddingAll="0px">
              <Image
                url={`https://example.com/flexkit/gallery/${look.id}.jpg`}
                size="full"
                aspectRatio="2:3"
                aspectMode="cover"
                gravity="top"
              />
              <Box
                layout="vertical"
                position="absolute"
                offsetBottom="0px"
                offsetStart="0px"
                offsetEnd="0px"
                backgroundColor="#03303acc"
                paddingAll="20px"
                spacing="xs"
              >
                <Text color="#ffffff" size="xl" weight="bold">
                  {look.name}
                </Text>
                <Box layout="baseline" spacing="lg">
                  <Text color="#ebebeb" size="sm" flex={0}>
                    {look.price}
                  </Text>
                  <Text color="#d5dcdd" size="sm" decoration="line-through">
                    {look.was}
                  </Text>
                </Box>
              </Box>
              <Box
                layout="vertical"
                position="absolute"
                offsetTop="18px"
                offsetStart="18px"
                backgroundColor="#ff334b"
                cornerRadius="20px"
                paddingTop="2px"
                paddingBottom="2px"
                paddingStart="8px"
                paddingEnd="8px"
              >
                <Text color="#ffffff" size="xs" align="center">
                  SALE
                </Text>
              </Box>
            </Box>
          </Body>
        </Bubble>
      ))}
    </Carousel>
  </FlexMessage>
);
