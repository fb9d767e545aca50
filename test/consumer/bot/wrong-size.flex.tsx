import { Text } from "@flexkit/flex-jsx";

/** A prop value LINE does not have: the bot's tsc must reject it. */
export default <Text size="huge">Too big</Text>;
