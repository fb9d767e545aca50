/** @jsxImportSource @flexkit/flex-jsx */
import {
  Body,
  Box,
  Bubble,
  Button,
  datetimePicker,
  FlexMessage,
  Footer,
  Hero,
  Image,
  Text,
  uri,
} from "@flexkit/flex-jsx";

const facts = [
  ["Place", "Old Town, 3 min from the station"],
  ["Hours", "17:00 – 23:00, closed Mondays"],
  ["Budget", "¥4,000 – ¥6,000"],
] as const;

/** A restaurant card: facts as label/value rows and a date picker to reserve a table. */
export default (
  <FlexMessage altText="Trattoria Sole: reserve a table">
    <Bubble>
      <Hero>
        <Image
          url="https://example.com/flexkit/gallery/trattoria.jpg"
          size="full"
          aspectRatio="20:13"
          aspectMode="cover"
          action={uri("https://example.com/flexkit/trattoria")}
        />
      </Hero>
      <Body>
        <Box layout="vertical" spacing="md">
          <Text weight="bold" size="xl">
            Trattoria Sole
          </Text>
          <Box layout="vertical" spacing="sm" margin="lg">
            {facts.map(([label, value]) => (
              <Box layout="baseline" spacing="sm" key={label}>
                <Text color="#aaaaaa" size="sm" flex={1}>
                  {label}
                </Text>
                <Text wrap color="#666666" size="sm" flex={4}>
                  {value}
                </Text>
              </Box>
            ))}
          </Box>
        </Box>
      </Body>
      <Footer>
        <Box layout="vertical" spacing="sm">
          <Button
            style="primary"
            color="#e67e22"
            action={datetimePicker("reserve=trattoria-sole", "datetime", "Reserve a table", {
              min: "2026-01-01T17:00",
              max: "2026-12-31T22:00",
            })}
          />
          <Button style="link" action={uri("tel:+81-3-0000-0000", "Call")} />
        </Box>
      </Footer>
    </Bubble>
  </FlexMessage>
);
