import { Body, Bubble, FlexMessage, render, Text } from "@flexkit/flex-jsx";
import type { messagingApi } from "@line/bot-sdk";

/** What a bot does with a rendered message: hands it to @line/bot-sdk's client, with no cast. */
export async function sendThanks(
  client: messagingApi.MessagingApiClient,
  to: string,
): Promise<void> {
  const { message } = render(
    <FlexMessage altText="Thanks">
      <Bubble>
        <Body>
          <Text>Thank you</Text>
        </Body>
      </Bubble>
    </FlexMessage>,
  );
  await client.pushMessage({ to, messages: [message] });
}
