import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { flexMessage, vbox } from "../../helpers.js";
import {
  type FaultServer,
  type Reply,
  sentMessages,
  startFaultServer,
} from "../support/fault-server.js";
import { bin, type CliResult, flexkit, runToEnd } from "../support/run-cli.js";
import { echoBodies, LONG_TOKEN, tokenRunIn } from "../support/token-echo.js";

/**
 * Random after its prefix, as LINE's tokens are: 8 or more characters in common with TO would be
 * hidden wherever TO is printed (secret.ts hides every run of the token).
 */
const TOKEN = "cli-test-token-N6FglGblLrTZdoy0BCL6qgjVphvBOZuy6789";
const TO = "U0123456789abcdef0123456789abcdef";
const work = mkdtempSync(join(tmpdir(), "flexkit-push-"));

function write(name: string, content: string): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Runs `flexkit push` against the fault server and checks the token never shows. */
async function push(
  args: string[],
  script: (index: number) => Reply,
  env: Record<string, string> = {},
): Promise<CliResult> {
  server = await startFaultServer((_request, index) => script(index));
  const result = await flexkit(["push", ...args], {
    LINE_CHANNEL_ACCESS_TOKEN: TOKEN,
    LINE_API_BASE: server.url,
    ...env,
  });
  expect(result.stdout + result.stderr).not.toContain(TOKEN);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  return {
    ...result,
    stderr: result.stderr.replaceAll(`${work}/`, "").replaceAll(server.url, "API"),
  };
}

const card = write(
  "card.flex.tsx",
  [
    'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
    "export default (",
    '  <FlexMessage altText="Order shipped">',
    "    <Bubble>",
    "      <Body>",
    '        <Box layout="vertical">',
    '          <Text weight="bold">Order shipped</Text>',
    "        </Box>",
    "      </Body>",
    "    </Bubble>",
    "  </FlexMessage>",
    ");",
  ].join("\n"),
);

describe("flexkit push", () => {
  it("pushes a .flex.tsx message and prints the request ID and the sent message IDs", async () => {
    const result = await push([card, "--to", TO], () => ({ status: 200, body: sentMessages(1) }));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatchInlineSnapshot(`
      "sent 1 message(s) to U0123456789abcdef0123456789abcdef (x-line-request-id req-1)
        messages[0] id 46100
      "
    `);
    expect(result.stderr).toMatchInlineSnapshot(`
      "pushing through API (token …6789 (51 characters))
      "
    `);
    const body = JSON.parse(server!.requests[0]!.body) as { to: string; messages: unknown[] };
    expect(body.to).toBe(TO);
    expect(body.messages).toEqual([
      {
        ...flexMessage(vbox({ type: "text", weight: "bold", text: "Order shipped" })),
        altText: "Order shipped",
      },
    ]);
  });

  it("maps each details[].property of LINE's 400 onto the message and its JSX line", async () => {
    const result = await push([card, "--to", TO], () => ({
      status: 400,
      body: {
        message: "The request body has 2 error(s)",
        details: [
          {
            message: "Must be one of the following values: [regular, bold]",
            property: "messages[0].contents.body.contents[0].weight",
          },
          { message: "May not be empty", property: "messages[0].altText" },
        ],
      },
    }));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatchInlineSnapshot(`
      "pushing through API (token …6789 (51 characters))
      error LINE rejected the request (HTTP 400, x-line-request-id req-1): The request body has 2 error(s); nothing was sent
      error messages[0].contents.body.contents[0].weight: LINE: Must be one of the following values: [regular, bold] (sent "bold") [ERR-1] (card.flex.tsx:7:11)
      error messages[0].altText: LINE: May not be empty (sent "Order shipped") [ERR-1] (card.flex.tsx:3:3)
      "
    `);
    expect(server!.requests).toHaveLength(1);
  });

  it("maps details of the second message in a file of two onto the second element's JSX", async () => {
    const pair = write(
      "pair.flex.tsx",
      [
        'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";',
        "const card = (title: string) => (",
        "  <FlexMessage altText={title}>",
        '    <Bubble><Body><Box layout="vertical"><Text>{title}</Text></Box></Body></Bubble>',
        "  </FlexMessage>",
        ");",
        "export default [",
        '  card("first"),',
        '  <FlexMessage altText="second">',
        "    <Bubble>",
        "      <Body>",
        '        <Box layout="vertical">',
        "          <Text>second</Text>",
        "        </Box>",
        "      </Body>",
        "    </Bubble>",
        "  </FlexMessage>,",
        "];",
      ].join("\n"),
    );
    const result = await push([pair, "--to", TO], () => ({
      status: 400,
      body: {
        message: "The request body has 1 error(s)",
        details: [{ message: "invalid", property: "messages[1].contents.body.contents[0].text" }],
      },
    }));
    expect(result.code).toBe(1);
    expect(JSON.parse(server!.requests[0]!.body).messages).toHaveLength(2);
    expect(result.stderr.split("\n").at(-2)).toMatchInlineSnapshot(
      `"error messages[1].contents.body.contents[0].text: LINE: invalid (sent "second") [ERR-1] (pair.flex.tsx:13:11)"`,
    );
  });

  it("retries a 5xx with the same key and reports the 409's accepted request ID as success", async () => {
    const result = await push([card, "--to", TO], (index) =>
      index === 0
        ? { status: 500, body: { message: "Internal server error" } }
        : {
            status: 409,
            headers: { "x-line-accepted-request-id": "accepted-1" },
            body: { message: "The retry key is already accepted", sentMessages: [{ id: "900" }] },
          },
    );
    expect(result.code).toBe(0);
    const keys = server!.requests.map((request) => request.headers["x-line-retry-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "already sent: LINE had accepted this retry key (409); x-line-accepted-request-id accepted-1 after 2 attempts (x-line-request-id req-2)
        messages[0] id 900
      "
    `);
    expect(result.stderr.replace(keys[0] as string, "KEY")).toMatchInlineSnapshot(`
      "pushing through API (token …6789 (51 characters))
      attempt 1 HTTP 500: Internal server error; retrying in 1.0 s with the same X-Line-Retry-Key KEY
      "
    `);
  });

  it("never sends what the validators reject: says why with file:line and exits 1", async () => {
    const bad = write(
      "bad.flex.tsx",
      'import { Body, Box, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";\nexport default <FlexMessage altText="">\n  <Bubble><Body><Box layout="vertical">\n    <Text size={"huge" as "md"}>x</Text>\n  </Box></Body></Bubble>\n</FlexMessage>;\n',
    );
    const result = await push([bad, "--to", TO], () => ({ status: 200, body: sentMessages(1) }));
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error messages[0].altText: expected at least 1 character (UTF-16 code units), got 0 (empty) [FLEX-1] (bad.flex.tsx:2:16)
      error messages[0].contents.body.contents[0].size: expected a size keyword ("xxs"…"5xl") or a px value like "18px" (no %), got "huge" [FLEX-VAL] (bad.flex.tsx:4:5)
      error nothing was sent: fix the issues above first
      "
    `);
  });

  it("refuses a recipient that is not a user, group or room ID (PUSH-3), sending nothing", async () => {
    const file = write("ok.json", JSON.stringify(flexMessage(vbox({ type: "text", text: "hi" }))));
    const result = await push([file, "--to", "U12345"], () => ({
      status: 200,
      body: sentMessages(1),
    }));
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error to: expected a userId, groupId or roomId (U, C or R + 32 lowercase hex), got "U12345" [PUSH-3]
      error nothing was sent: fix the issues above first
      "
    `);
  });

  it("checks the whole request: a mention pushed to a user is refused; a dry run does not check it (PUSH-14)", async () => {
    const mention = {
      type: "textV2",
      text: "Hi {friend}",
      substitution: { friend: { type: "mention", mentionee: { type: "user", userId: TO } } },
    };
    const file = write("mention.json", JSON.stringify(mention));
    const result = await push([file, "--to", TO], () => ({ status: 200, body: {} }));
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error messages[0].substitution: mentions work only in a group or room the bot is in, but to is a user (starts with U) [MSG-TEXTV2]
      error nothing was sent: fix the issues above first
      "
    `);
    const dry = await push([file, "--dry-run"], () => ({ status: 200, body: {} }));
    expect(dry.code).toBe(0);
    expect(server!.requests.map((request) => request.path)).toEqual([
      "/v2/bot/message/validate/push",
    ]);
  });

  it("refuses a bare bubble: LINE needs a flex message with altText around it", async () => {
    const file = write("bubble.json", JSON.stringify({ type: "bubble", body: vbox() }));
    const result = await push([file, "--to", TO], () => ({ status: 200, body: sentMessages(1) }));
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error (root): expected a message, got a bare bubble; wrap it in a flex message with an altText (<FlexMessage altText="…">) [PUSH-2]
      error nothing was sent: fix the issues above first
      "
    `);
  });

  it("points a bare <Bubble> at its JSX, as validate and build do for an issue of the root", async () => {
    const file = write(
      "bubble.flex.tsx",
      [
        'import { Body, Box, Bubble, Text } from "@flexkit/flex-jsx";',
        "export default (",
        "  <Bubble>",
        '    <Body><Box layout="vertical"><Text>hi</Text></Box></Body>',
        "  </Bubble>",
        ");",
      ].join("\n"),
    );
    const result = await push([file, "--to", TO], () => ({ status: 200, body: sentMessages(1) }));
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error (root): expected a message, got a bare bubble; wrap it in a flex message with an altText (<FlexMessage altText="…">) [PUSH-2] (bubble.flex.tsx:3:3)
      error nothing was sent: fix the issues above first
      "
    `);
  });

  it("sends a request file as it is: its own to and notificationDisabled (PUSH-2)", async () => {
    const file = write(
      "request.json",
      JSON.stringify({
        to: TO,
        notificationDisabled: true,
        messages: [{ type: "text", text: "hi" }],
      }),
    );
    const result = await push([file], () => ({ status: 200, body: sentMessages(1) }));
    expect(result.code).toBe(0);
    expect(JSON.parse(server!.requests[0]!.body)).toEqual({
      to: TO,
      messages: [{ type: "text", text: "hi" }],
      notificationDisabled: true,
    });
  });

  it("refuses a request file whose to is a list (multicast), even with LINE_TEST_TO or --to: PUSH-2 with its hint", async () => {
    const file = write(
      "multicast.json",
      JSON.stringify({
        to: [TO, TO.replace("U0", "U1")],
        messages: [{ type: "text", text: "hi" }],
      }),
    );
    // A dry run too: it leaves the recipient out, but must not pass what the push refuses.
    for (const [args, env] of [
      [[file], { LINE_TEST_TO: TO }],
      [[file, "--to", TO], {}],
      [[file], {}],
      [[file, "--dry-run"], {}],
    ] as const) {
      const result = await push([...args], () => ({ status: 200, body: sentMessages(1) }), env);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        [
          "error to: expected a userId, groupId or roomId string, got an array of 2; a push goes to one recipient; a list of IDs is a multicast request (POST /v2/bot/message/multicast), which flexkit does not send: send to one userId, groupId or roomId [PUSH-2]",
          "error nothing was sent: fix the issues above first",
          "",
        ].join("\n"),
      );
      expect(server!.requests).toHaveLength(0);
      await server!.close();
      server = undefined;
    }
  });

  it("exits 1 with the render error's sentence and place, sending nothing", async () => {
    const file = write(
      "misplaced.flex.tsx",
      'import { Body, Bubble, FlexMessage, Text } from "@flexkit/flex-jsx";\nexport default <FlexMessage altText="x"><Bubble>\n  <Body><Text>x</Text></Body>\n</Bubble></FlexMessage>;\n',
    );
    const result = await push([file, "--to", TO], () => ({ status: 200, body: sentMessages(1) }));
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
    expect(result.stderr).toMatchInlineSnapshot(`
      "error <Text> must be inside a <Box>; found in <Body> at contents.body (misplaced.flex.tsx:3:9)
      "
    `);
  });

  it("--dry-run asks /v2/bot/message/validate/push and sends nothing", async () => {
    const result = await push([card, "--dry-run"], () => ({ status: 200, body: {} }));
    expect(result.code).toBe(0);
    expect(server!.requests.map((request) => request.path)).toEqual([
      "/v2/bot/message/validate/push",
    ]);
    expect(result.stdout).toMatchInlineSnapshot(`
      "valid: LINE accepts these 1 message(s); nothing was sent (dry run) (x-line-request-id req-1)
      "
    `);
  });

  it("takes the recipient from LINE_TEST_TO when --to is not given", async () => {
    const result = await push([card], () => ({ status: 200, body: sentMessages(1) }), {
      LINE_TEST_TO: TO,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(server!.requests[0]!.body)).toMatchObject({ to: TO });
  });

  it("--api-base wins over LINE_API_BASE", async () => {
    const other = await startFaultServer(() => ({ status: 200, body: sentMessages(1) }));
    try {
      const result = await push([card, "--to", TO, "--api-base", other.url], () => ({
        status: 500,
      }));
      expect(result.code).toBe(0);
      expect(other.requests).toHaveLength(1);
      expect(server!.requests).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("flexkit start refuses an API base that would send the token in the clear, in one line", async () => {
    const result = await flexkit(["start"], { PORT: "0", LINE_API_BASE: "http://api.example.com" });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "flexkit: LINE_API_BASE: expected https:// (http:// only for 127.0.0.1 or localhost), got "http://api.example.com"
      "
    `);
  });

  it("exits 2 with one line, before reading the message, for a token that cannot be a header (a line break in it)", async () => {
    server = await startFaultServer(() => ({ status: 200, body: sentMessages(1) }));
    const [head, tail] = [TOKEN.slice(0, 20), TOKEN.slice(20)];
    const result = await flexkit(["push", card, "--to", TO], {
      LINE_CHANNEL_ACCESS_TOKEN: `${head}\n${tail}`,
      LINE_API_BASE: server.url,
    });
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatchInlineSnapshot(`
      "flexkit: push: LINE_CHANNEL_ACCESS_TOKEN: expected only visible ASCII characters (no spaces or line breaks), got a line break at character 21
      "
    `);
    const missing = await flexkit(["push", join(work, "nothing.json"), "--to", TO], {
      LINE_CHANNEL_ACCESS_TOKEN: `${head} ${tail}`,
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("got a space at character 21");
  });

  it("exits 2 with one line for a token too short to be a channel access token, which could not be masked", async () => {
    server = await startFaultServer(() => ({ status: 200, body: sentMessages(1) }));
    // Masking "abc" would replace every "abc" in LINE's answers and the log; no real token is short.
    const result = await flexkit(["push", card, "--to", TO], {
      LINE_CHANNEL_ACCESS_TOKEN: "abc",
      LINE_API_BASE: server.url,
    });
    expect(result.code).toBe(2);
    expect(server.requests).toHaveLength(0);
    expect(result.stderr).toBe(
      "flexkit: push: LINE_CHANNEL_ACCESS_TOKEN: expected a channel access token (LINE's are over 100 characters), got only 3 characters\n",
    );
  });

  it("flexkit start refuses such a token from the environment at once, in one line", async () => {
    const result = await flexkit(["start"], {
      PORT: "0",
      LINE_CHANNEL_ACCESS_TOKEN: `${TOKEN.slice(0, 10)}\t${TOKEN.slice(10)}`,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatchInlineSnapshot(`
      "flexkit: LINE_CHANNEL_ACCESS_TOKEN: expected only visible ASCII characters (no spaces or line breaks), got a tab at character 11
      "
    `);
  });

  it("exits 2 with one line when the token, the recipient or the API base is missing or wrong", async () => {
    const file = write("ok2.json", JSON.stringify(flexMessage(vbox({ type: "text", text: "hi" }))));
    const noToken = await flexkit(["push", file, "--to", TO]);
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatchInlineSnapshot(`
      "flexkit: push: no channel access token; set LINE_CHANNEL_ACCESS_TOKEN (LINE Developers console → your channel → Messaging API tab → Channel access token (long-lived) → Issue)
      "
    `);
    const noRecipient = await flexkit(["push", file], { LINE_CHANNEL_ACCESS_TOKEN: TOKEN });
    expect(noRecipient.code).toBe(2);
    expect(noRecipient.stderr).toMatchInlineSnapshot(`
      "flexkit: push: to whom? give --to U… or set LINE_TEST_TO (your user ID is on the channel's Basic settings tab)
      "
    `);
    const plainHttp = await flexkit(
      ["push", file, "--to", TO, "--api-base", "http://api.example.com"],
      { LINE_CHANNEL_ACCESS_TOKEN: TOKEN },
    );
    expect(plainHttp.code).toBe(2);
    expect(plainHttp.stderr).toMatchInlineSnapshot(`
      "flexkit: push: API base: expected https:// (http:// only for 127.0.0.1 or localhost), got "http://api.example.com"
      "
    `);
  });
});

/**
 * PUSH-15: LINE asks toolkits not to flood a user, so on a terminal `flexkit push` asks before it
 * sends. `script` gives the CLI a real pseudo-terminal and types the answer.
 */
describe("flexkit push when LINE's answer echoes the token", () => {
  const bodies = echoBodies(LONG_TOKEN);
  const run = (args: string[]) =>
    flexkit(["push", card, ...args], {
      LINE_CHANNEL_ACCESS_TOKEN: LONG_TOKEN,
      LINE_API_BASE: server!.url,
    });

  it.each(Object.keys(bodies))(
    "prints no run of it from a plain-text error body: %s",
    async (name) => {
      server = await startFaultServer(() => ({ status: 401, text: bodies[name]! }));
      const result = await run(["--to", TO]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        "error LINE rejected the request (HTTP 401, x-line-request-id req-1): ",
      );
      expect(tokenRunIn(result.stdout + result.stderr, LONG_TOKEN)).toBeUndefined();
    },
  );

  it("prints no run of it in the retry line or the dry run's rejection", async () => {
    server = await startFaultServer((_request, index) =>
      index === 0
        ? { status: 500, body: { message: `upstream: ${bodies.partial}` } }
        : { status: 401, text: bodies.cut! },
    );
    const result = await run(["--dry-run"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^attempt 1 HTTP 500: upstream: invalid token: /m);
    expect(tokenRunIn(result.stdout + result.stderr, LONG_TOKEN)).toBeUndefined();
  });
});

describe("flexkit push on a terminal (PUSH-15)", () => {
  async function pushOnTerminal(answer: string, extra: string[] = []): Promise<CliResult> {
    server = await startFaultServer(() => ({ status: 200, body: sentMessages(1) }));
    const command = [process.execPath, bin, "push", card, "--to", TO, ...extra]
      .map((part) => `'${part}'`)
      .join(" ");
    const result = await runToEnd("script", ["-qec", command, "/dev/null"], {
      input: answer,
      env: { LINE_CHANNEL_ACCESS_TOKEN: TOKEN, LINE_API_BASE: server.url },
    });
    expect(result.stdout + result.stderr).not.toContain(TOKEN);
    return { ...result, stdout: result.stdout.replaceAll("\r\n", "\n") };
  }

  it("asks before sending and sends nothing unless the answer is yes", async () => {
    const result = await pushOnTerminal("n\n");
    expect(result.stdout).toContain(`push 1 message to ${TO}? [y/N]`);
    expect(result.stdout).toContain("nothing was sent");
    expect(result.code).toBe(1);
    expect(server!.requests).toHaveLength(0);
  });

  it("sends once on yes", async () => {
    const result = await pushOnTerminal("y\n");
    expect(result.stdout).toContain(`push 1 message to ${TO}? [y/N]`);
    expect(result.code).toBe(0);
    expect(server!.requests).toHaveLength(1);
  });

  it("--yes skips the question", async () => {
    const result = await pushOnTerminal("", ["--yes"]);
    expect(result.stdout).not.toContain("[y/N]");
    expect(result.code).toBe(0);
    expect(server!.requests).toHaveLength(1);
  });
});
