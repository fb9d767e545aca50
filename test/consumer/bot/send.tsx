import { Body, Bubble, FlexMessage, render, Text } from "@flexkit/flex-jsx";
import { assertMessage } from "@flexkit/validators";
import type { messagingApi } from "@line/bot-sdk";

const thanks = (
  <Bubble>
    <Body>
      <Text>Thank you</Text>
    </Body>
  </Bubble>
);

/**
 * What a bot does with a rendered message: hands it to @line/bot-sdk's client, with no cast.
 * A called component gives its LINE type; a JSX expression has one type whatever its tag
 * (microsoft/TypeScript#21699), so it is narrowed by assertMessage, which checks it too.
 */
export async function sendThanks(
  client: messagingApi.MessagingApiClient,
  to: string,
): Promise<void> {
  const called = render(FlexMessage({ altText: "Thanks", children: thanks })).message;
  const written = render(<FlexMessage altText="Thanks">{thanks}</FlexMessage>).message;
  assertMessage(written);
  await client.pushMessage({ to, messages: [called, written] });
  const bubble = render(
    Bubble({
      children: (
        <Body>
          <Text>Alone</Text>
        </Body>
      ),
    }),
  ).message;
  // @ts-expect-error A bubble is not a message: it needs <FlexMessage altText> around it.
  await client.pushMessage({ to, messages: [bubble] });
}
