/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";

/** The message the simulator opens on, so there is something to see at once. */
export default function Welcome() {
  return (
    <FlexMessage altText="Welcome to flexkit">
      <Bubble size="mega">
        <Body>
          <Box layout="vertical" spacing="md">
            <Text size="xl" weight="bold" color="#06c755">
              Welcome to flexkit
            </Text>
            <Text wrap color="#555555">
              Write LINE Flex Messages as typed JSX, check them offline and see them here as LINE
              draws them.
            </Text>
            <Box layout="horizontal" spacing="sm">
              <Text size="sm" color="#999999" flex={1}>
                Edit
              </Text>
              <Text size="sm" color="#999999" flex={2} align="end">
                Validate · Preview · Push
              </Text>
            </Box>
          </Box>
        </Body>
      </Bubble>
    </FlexMessage>
  );
}
