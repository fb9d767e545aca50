/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, Carousel, FlexMessage, Text } from "@flexkit/flex-jsx";

const days = ["Mon", "Tue", "Wed"];

/** A carousel of mapped bubbles, all the same size (FLEX-CAR-2). */
export default (
  <FlexMessage altText="This week">
    <Carousel>
      {days.map((day) => (
        <Bubble key={day} size="micro">
          <Body>
            <Box layout="vertical">
              <Text>{day}</Text>
            </Box>
          </Body>
        </Bubble>
      ))}
    </Carousel>
  </FlexMessage>
);
