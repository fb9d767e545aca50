/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, Button, FlexMessage, Footer, message, Text } from "@flexkit/flex-jsx";

/** A reminder in a nano-friendly layout: a big date tile beside the details, two replies. */
export default (
  <FlexMessage altText="Reminder: haircut tomorrow at 10:30">
    <Bubble size="kilo">
      <Body>
        <Box layout="horizontal" spacing="lg">
          <Box
            layout="vertical"
            flex={0}
            width="64px"
            backgroundColor="#fdf2e9"
            cornerRadius="8px"
            paddingAll="8px"
          >
            <Text size="xs" color="#e67e22" align="center" weight="bold">
              MAR
            </Text>
            <Text size="3xl" align="center" weight="bold">
              15
            </Text>
          </Box>
          <Box layout="vertical" spacing="xs">
            <Text weight="bold" size="md">
              Haircut · Studio Ivy
            </Text>
            <Text size="sm" color="#666666">
              Sun 10:30 – 11:30
            </Text>
            <Text size="xs" color="#999999" wrap>
              With Ren. Please arrive five minutes early.
            </Text>
          </Box>
        </Box>
      </Body>
      <Footer>
        <Box layout="horizontal" spacing="sm">
          <Button
            style="secondary"
            height="sm"
            action={message("I need to reschedule", "Change")}
          />
          <Button
            style="primary"
            height="sm"
            color="#e67e22"
            action={message("See you then!", "OK")}
          />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
