/** @jsxImportSource @flexkit/flex-jsx */
import { Body, Box, Bubble, FlexMessage, Header, postback, Text } from "@flexkit/flex-jsx";

const tasks = [
  { id: "1", title: "Renew passport", due: "Today", done: false },
  { id: "2", title: "Book dentist", due: "Wed", done: true },
  { id: "3", title: "Water the plants", due: "Fri", done: false },
];

/** A to-do list: a progress bar in the header and tappable rows that toggle a task. */
export default (
  <FlexMessage altText="3 tasks this week, 1 done">
    <Bubble size="mega">
      <Header>
        <Box layout="vertical" backgroundColor="#6c5ce7" paddingAll="20px" spacing="md">
          <Text color="#ffffff" size="lg" weight="bold">
            This week
          </Text>
          <Text color="#e2defa" size="xs">
            1 of 3 done
          </Text>
          <Box layout="vertical" backgroundColor="#ffffff55" height="6px" cornerRadius="3px">
            <Box layout="vertical" backgroundColor="#ffffff" width="33%" height="6px">
              <Text size="xxs"> </Text>
            </Box>
          </Box>
        </Box>
      </Header>
      <Body>
        <Box layout="vertical" spacing="lg">
          {tasks.map((task) => (
            <Box
              layout="horizontal"
              key={task.id}
              spacing="md"
              action={postback(`todo=toggle&id=${task.id}`, task.title)}
            >
              <Text flex={0} color={task.done ? "#6c5ce7" : "#cccccc"}>
                {task.done ? "☑" : "☐"}
              </Text>
              <Text
                size="sm"
                color={task.done ? "#aaaaaa" : "#333333"}
                decoration={task.done ? "line-through" : "none"}
                gravity="center"
              >
                {task.title}
              </Text>
              <Text size="xs" color="#999999" align="end" gravity="center" flex={0}>
                {task.due}
              </Text>
            </Box>
          ))}
        </Box>
      </Body>
    </Bubble>
  </FlexMessage>
);
